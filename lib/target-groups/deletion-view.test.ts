import { describe, expect, it } from "vitest";

import { targetGroupDeletionView } from "./deletion-view";

describe("targetGroupDeletionView", () => {
  it("names the group, the load balancers using it and its registered targets, sorted", () => {
    expect(
      targetGroupDeletionView(
        {
          name: "legacy-orphan",
          loadBalancerArns: [
            "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188",
          ],
        },
        [
          { targetId: "i-2", port: 8080 },
          { targetId: "10.0.0.5", port: undefined },
        ],
      ),
    ).toEqual({
      "Target group": "legacy-orphan",
      "Used by load balancers": ["web"],
      "Registered targets": ["10.0.0.5", "i-2:8080"],
    });
  });
});
