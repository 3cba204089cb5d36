// A DNS-level rollout through the real controller loop and SDK adapters against the emulator (the ALB level is
// exercised by the canary benchmark and the e2e tests). Runs only when AWS_ENDPOINT_URL is set:
//   AWS_ENDPOINT_URL=http://127.0.0.1:4566 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test npx vitest run lib/rollouts/rollout.integration
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  DeleteHostedZoneCommand,
  ListResourceRecordSetsCommand,
  type ResourceRecordSet,
} from "@aws-sdk/client-route-53";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { clients } from "@/lib/aws/clients";

import { awsRolloutPorts } from "./aws-ports";
import { RolloutRunner } from "./runner";
import { SqliteRolloutStore } from "./sqlite-store";
import { dnsPlan } from "./test-fixtures";
import type { RolloutTarget } from "./types";

describe.skipIf(!process.env.AWS_ENDPOINT_URL)("DNS-level rollout against the emulator", () => {
  const zoneName = `rollout-${Date.now()}-${Math.floor(Math.random() * 1e6)}.example.com`;
  const name = `img.${zoneName}.`;
  let zoneId = "";
  let target: RolloutTarget;

  const record = (id: string, weight: number, value: string): ResourceRecordSet => ({
    Name: name,
    Type: "A",
    SetIdentifier: id,
    Weight: weight,
    TTL: 300,
    ResourceRecords: [{ Value: value }],
  });

  async function groupOnAws(): Promise<ResourceRecordSet[]> {
    const page = await clients.route53().send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        StartRecordName: name,
        StartRecordType: "A",
      }),
    );
    return (page.ResourceRecordSets ?? []).filter((rrset) => rrset.Name === name && rrset.Type === "A");
  }

  beforeAll(async () => {
    const created = await clients
      .route53()
      .send(new CreateHostedZoneCommand({ Name: zoneName, CallerReference: zoneName }));
    zoneId = (created.HostedZone?.Id ?? "").replace("/hostedzone/", "");
    await clients.route53().send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        ChangeBatch: {
          Changes: [
            { Action: "CREATE", ResourceRecordSet: record("blue", 255, "192.0.2.1") },
            { Action: "CREATE", ResourceRecordSet: record("green", 0, "192.0.2.2") },
          ],
        },
      }),
    );
    target = { kind: "route53-weighted", zoneId, name, type: "A" };
  });

  // The end-to-end tests run against the same emulator next and list every zone: leave none behind.
  afterAll(async () => {
    if (!zoneId) return;
    const leftovers = await groupOnAws();
    if (leftovers.length > 0) {
      await clients.route53().send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          ChangeBatch: {
            Changes: leftovers.map((rrset) => ({ Action: "DELETE", ResourceRecordSet: rrset })),
          },
        }),
      );
    }
    await clients.route53().send(new DeleteHostedZoneCommand({ Id: zoneId }));
  });

  it("lowers the TTL, waits out the old one, applies a step as an exact DELETE + CREATE batch, and pauses on drift", async () => {
    let now = Date.now();
    const store = new SqliteRolloutStore(":memory:");
    const runner = new RolloutRunner({
      store,
      ports: awsRolloutPorts(),
      holderId: "it",
      tickMs: 500,
      clock: { now: () => now },
      log: () => undefined,
    });
    const plan = dnsPlan({
      target,
      steps: [
        { canaryPercent: 20, bakeSeconds: 60, requiresApproval: false },
        { canaryPercent: 100, bakeSeconds: 60, requiresApproval: false },
      ],
    });
    await store.create({ id: "dns", plan, createdBy: "it", reason: "integration" });

    await runner.tick();
    expect(await store.get("dns")).toMatchObject({ status: "preparing", plan: { dns: { oldTtl: 300 } } });
    expect((await groupOnAws()).map((rrset) => [rrset.SetIdentifier, rrset.Weight, rrset.TTL])).toEqual([
      ["blue", 255, 60],
      ["green", 0, 60],
    ]);

    now += 300_000;
    await runner.tick();
    expect(await store.get("dns")).toMatchObject({
      status: "running",
      stepIndex: 0,
      desiredWeights: { blue: 204, green: 51 },
    });
    expect((await groupOnAws()).map((rrset) => rrset.Weight)).toEqual([204, 51]);

    // Someone changes a weight through the API: the next step's exact DELETE no longer matches → drift, no write.
    await clients.route53().send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        ChangeBatch: {
          Changes: [
            { Action: "UPSERT", ResourceRecordSet: { ...record("green", 100, "192.0.2.2"), TTL: 60 } },
          ],
        },
      }),
    );
    now += 60_000;
    await runner.tick();
    const drifted = await store.get("dns");
    expect(drifted).toMatchObject({
      status: "drifted",
      drift: { expected: { blue: 204, green: 51 }, actual: { blue: 204, green: 100 } },
    });
    expect((await groupOnAws()).map((rrset) => rrset.Weight)).toEqual([204, 100]);
  });
});
