import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { GetHostedZoneCommand, ListResourceRecordSetsCommand, Route53Client } from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ActionRefusal } from "@/lib/errors/action-refusal";
import { recordChangeSchema } from "@/lib/schemas/record-change";

import { prepareRecordChange } from "./prepare-record-change";

const route53 = mockClient(Route53Client);
const blue: ResourceRecordSet = {
  Name: "img.example.com.",
  Type: "A",
  SetIdentifier: "blue",
  Weight: 90,
  TTL: 60,
  ResourceRecords: [{ Value: "192.0.2.1" }],
};
const www: ResourceRecordSet = {
  Name: "www.example.com.",
  Type: "CNAME",
  TTL: 300,
  ResourceRecords: [{ Value: "img.example.com" }],
};

beforeEach(() => {
  route53.reset();
  route53.on(GetHostedZoneCommand).resolves({
    HostedZone: {
      Id: "/hostedzone/Z1",
      Name: "example.com.",
      CallerReference: "x",
      ResourceRecordSetCount: 3,
    },
  });
  route53.on(ListResourceRecordSetsCommand).resolves({ ResourceRecordSets: [blue, www], IsTruncated: false });
});
afterEach(() => route53.reset());

const input = (values: Record<string, unknown>) =>
  recordChangeSchema.parse({ zoneId: "Z1", ttl: 60, ...values });

async function refusal(promise: Promise<unknown>): Promise<ActionRefusal> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ActionRefusal);
  return error as ActionRefusal;
}

describe("prepareRecordChange", () => {
  it("plans a create with its diff and calls", async () => {
    const prepared = await prepareRecordChange(
      input({ name: "new.example.com", type: "A", values: "192.0.2.5", routing: { policy: "simple" } }),
    );
    expect(prepared.desired).toEqual([
      {
        kind: "create",
        after: { Name: "new.example.com.", Type: "A", TTL: 60, ResourceRecords: [{ Value: "192.0.2.5" }] },
      },
    ]);
    expect(prepared.diff).toMatchObject([{ kind: "added", key: "new.example.com.|A|" }]);
    expect(prepared).toMatchObject({
      batchCount: 1,
      awsCalls: 2,
      batchSummaries: [["CREATE new.example.com. A"]],
    });
  });

  it("plans an edit as a replace of the exact loaded record", async () => {
    const prepared = await prepareRecordChange(
      input({
        name: "img.example.com.",
        type: "A",
        values: "192.0.2.1",
        routing: { policy: "weighted", setIdentifier: "blue", weight: 50 },
        before: blue,
      }),
    );
    expect(prepared.desired).toEqual([{ kind: "replace", before: blue, after: { ...blue, Weight: 50 } }]);
    expect(prepared.batchSummaries).toEqual([
      ["DELETE img.example.com. A blue", "CREATE img.example.com. A blue"],
    ]);
  });

  it("refuses with field errors when the zone's rules are broken, before any change is planned", async () => {
    const error = await refusal(
      prepareRecordChange(
        input({ name: "www.example.com", type: "A", values: "192.0.2.5", routing: { policy: "simple" } }),
      ),
    );
    expect(error.code).toBe("InvalidInput");
    expect(error.fieldErrors?.type?.[0]).toMatch(/is a CNAME/);
  });

  it("refuses an edit that changes nothing", async () => {
    const error = await refusal(
      prepareRecordChange(
        input({
          name: "img.example.com.",
          type: "A",
          values: "192.0.2.1",
          routing: { policy: "weighted", setIdentifier: "blue", weight: 90 },
          before: blue,
        }),
      ),
    );
    expect(error.code).toBe("NoChange");
  });

  it("reads only the record sets at the edited name, once, and offers that read to the apply's compare-and-swap", async () => {
    const prepared = await prepareRecordChange(
      input({
        name: "img.example.com.",
        type: "A",
        values: "192.0.2.1",
        routing: { policy: "weighted", setIdentifier: "blue", weight: 50 },
        before: blue,
      }),
    );
    const calls = route53.commandCalls(ListResourceRecordSetsCommand);
    expect(calls.map((call) => call.args[0].input.StartRecordName)).toEqual(["img.example.com."]);
    expect(prepared.current).toEqual([blue]);
    expect(prepared.awsCalls).toBe(2);
  });

  it("diffs from the record as it is now, not as the page loaded it, and says it changed meanwhile", async () => {
    const now = { ...blue, Weight: 55 };
    route53
      .on(ListResourceRecordSetsCommand)
      .resolves({ ResourceRecordSets: [now, www], IsTruncated: false });
    const prepared = await prepareRecordChange(
      input({
        name: "img.example.com.",
        type: "A",
        values: "192.0.2.1",
        routing: { policy: "weighted", setIdentifier: "blue", weight: 70 },
        before: blue,
      }),
    );
    expect(prepared.now).toEqual(now);
    expect(prepared.isChangedSinceLoaded).toBe(true);
    expect(prepared.diff).toMatchObject([
      { kind: "changed", fieldChanges: [{ field: "Weight", before: "55", after: "70" }] },
    ]);
    // The replace still names the loaded record: the apply's compare-and-swap refuses if it is not what Route 53 has.
    expect(prepared.desired).toEqual([{ kind: "replace", before: blue, after: { ...blue, Weight: 70 } }]);
  });

  it("refuses an edit of a record deleted since it was loaded, as a concurrent change", async () => {
    route53.on(ListResourceRecordSetsCommand).resolves({ ResourceRecordSets: [www], IsTruncated: false });
    const error = await refusal(
      prepareRecordChange(
        input({
          name: "img.example.com.",
          type: "A",
          values: "192.0.2.1",
          routing: { policy: "weighted", setIdentifier: "blue", weight: 70 },
          before: blue,
        }),
      ),
    );
    expect(error.code).toBe("ConcurrentChange");
    expect(error.message).toMatch(/deleted img\.example\.com\. A blue since you loaded it/);
  });

  it("refuses an alias to a record of this zone that does not exist, at the alias field", async () => {
    const error = await refusal(
      prepareRecordChange(
        recordChangeSchema.parse({
          zoneId: "Z1",
          name: "apex.example.com",
          type: "A",
          values: "",
          routing: { policy: "simple" },
          alias: { dnsName: "missing.example.com.", hostedZoneId: "Z1", evaluateTargetHealth: false },
        }),
      ),
    );
    expect(error.code).toBe("InvalidInput");
    expect(error.fieldErrors?.alias?.[0]).toBe(
      "There is no A record named missing.example.com. in this zone to point the alias at.",
    );
  });
});
