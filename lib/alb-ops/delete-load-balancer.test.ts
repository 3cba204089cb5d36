import { describe, expect, it } from "vitest";

import { ActionRefusal } from "@/lib/errors/action-refusal";
import { PartialOutcome } from "@/lib/errors/partial-outcome";

import { deletionResult } from "./delete-load-balancer";

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
