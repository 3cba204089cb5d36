import { describe, expect, it } from "vitest";

import type { AliasRecordRef } from "@/lib/alb/types";
import { ActionRefusal } from "@/lib/errors/action-refusal";
import { CONCURRENT_CHANGE, ConcurrentChangeError } from "@/lib/errors/concurrent-change";
import { PartialOutcome } from "@/lib/errors/partial-outcome";

import { deletionResult, readChosenRecords } from "./delete-load-balancer";

const lb = { arn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1", name: "web" };

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("deletionResult", () => {
  it("is partial when the load balancer is gone and a target group was left behind", () => {
    const error = caught(() =>
      deletionResult(
        {
          status: "partial",
          deleted: ["load balancer web"],
          changeIds: [],
          leftBehind: [{ resource: "target group web-tg", code: "ResourceInUse", message: "In use." }],
        },
        lb,
      ),
    );
    expect(error).toBeInstanceOf(PartialOutcome);
    expect((error as PartialOutcome).details).toMatchObject({
      created: [{ kind: "left behind", id: "target group web-tg" }],
      causeCode: "ResourceInUse",
    });
    expect((error as PartialOutcome).message).toContain("the load balancer itself is gone");
  });

  it("is partial when the rollback could not restore a deleted alias record", () => {
    const error = caught(() =>
      deletionResult(
        {
          status: "rolled-back",
          failure: { resource: "load balancer web", code: "Throttling", message: "Slow down." },
          rolledBack: [],
          notRestored: ["alias record www.example.com A"],
        },
        lb,
      ),
    );
    expect(error).toBeInstanceOf(PartialOutcome);
  });

  it("is a plain refusal when everything was put back", () => {
    const error = caught(() =>
      deletionResult(
        {
          status: "rolled-back",
          failure: { resource: "load balancer web", code: "Throttling", message: "Slow down." },
          rolledBack: ["alias record www.example.com A"],
          notRestored: [],
        },
        lb,
      ),
    );
    expect(error).toBeInstanceOf(ActionRefusal);
    expect(error).not.toBeInstanceOf(PartialOutcome);
  });
});

describe("readChosenRecords", () => {
  const www: AliasRecordRef = { zoneId: "Z1", zoneName: "example.com.", name: "www.example.com", type: "A" };
  const blue: AliasRecordRef = { ...www, name: "api.example.com", setIdentifier: "blue" };
  const aliasTo = (name: string, setIdentifier?: string) => ({
    Name: `${name}.`,
    Type: "A" as const,
    ...(setIdentifier ? { SetIdentifier: setIdentifier, Weight: 1 } : {}),
    AliasTarget: {
      HostedZoneId: "Z35SXDOTRQ7X7K",
      DNSName: "web-1.us-east-1.elb.amazonaws.com.",
      EvaluateTargetHealth: false,
    },
  });

  it("returns each chosen record as Route 53 holds it, matched by set identifier", async () => {
    const found = await readChosenRecords([www, blue], (_zone, name) =>
      Promise.resolve(
        name === "www.example.com" ? [aliasTo(name)] : [aliasTo(name, "green"), aliasTo(name, "blue")],
      ),
    );
    expect(found.size).toBe(2);
    expect([...found.values()].map((rrset) => rrset.SetIdentifier)).toContain("blue");
  });

  it("refuses with the one concurrent-change shape, before anything is sent, when a record is gone", async () => {
    const error: unknown = await readChosenRecords([www, blue], (_zone, name) =>
      Promise.resolve(name === "www.example.com" ? [aliasTo(name)] : [aliasTo(name, "green")]),
    ).catch((caughtError: unknown) => caughtError);
    expect(error).toBeInstanceOf(ConcurrentChangeError);
    const refusal = error as ConcurrentChangeError;
    expect(refusal.code).toBe(CONCURRENT_CHANGE);
    expect(refusal.details).toMatchObject({
      what: "the DNS records pointing at this load balancer",
      detectedBy: "before-apply",
      applied: [],
    });
    expect(refusal.details.changes).toHaveLength(1);
    expect(refusal.details.changes[0]?.removedItems).toEqual(["api.example.com A (blue) in example.com"]);
  });
});
