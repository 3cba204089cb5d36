import { describe, expect, it } from "vitest";

import { BLUE_TG, GREEN_TG, albPlan, dnsPlan } from "./test-fixtures";
import { targetKey } from "./types";
import { sharePercent, weightDifferences, weightsEqual, weightsForStep } from "./weights";

describe("weightsForStep", () => {
  it("splits the stable+canary pool by the canary percent", () => {
    expect(weightsForStep(albPlan(), { canaryPercent: 10, bakeSeconds: 1, requiresApproval: false })).toEqual(
      { [BLUE_TG]: 90, [GREEN_TG]: 10 },
    );
    expect(weightsForStep(dnsPlan(), { canaryPercent: 20, bakeSeconds: 1, requiresApproval: false })).toEqual(
      { blue: 204, green: 51 },
    );
    expect(
      weightsForStep(dnsPlan(), { canaryPercent: 100, bakeSeconds: 1, requiresApproval: false }),
    ).toEqual({ blue: 0, green: 255 });
  });

  it("keeps other backends at their baseline and lets explicit weights win", () => {
    const plan = dnsPlan({
      backends: [
        { id: "blue", label: "blue" },
        { id: "green", label: "green" },
        { id: "eu", label: "eu" },
      ],
      baselineWeights: { blue: 100, green: 0, eu: 50 },
    });
    expect(weightsForStep(plan, { canaryPercent: 50, bakeSeconds: 1, requiresApproval: false })).toEqual({
      blue: 50,
      green: 50,
      eu: 50,
    });
    expect(
      weightsForStep(plan, { weights: { blue: 1, green: 2 }, bakeSeconds: 1, requiresApproval: false }),
    ).toEqual({ blue: 1, green: 2, eu: 50 });
  });
});

describe("weight comparisons", () => {
  it("treats a missing backend as weight 0 and lists differences", () => {
    expect(weightsEqual({ a: 1, b: 0 }, { a: 1 })).toBe(true);
    expect(weightDifferences({ a: 1, b: 0 }, { a: 2, b: 0 })).toEqual([
      { backendId: "a", expected: 1, actual: 2 },
    ]);
    expect(sharePercent({ a: 1, b: 3 }, "b")).toBe(75);
    expect(sharePercent({ a: 0, b: 0 }, "b")).toBe(50);
  });
});

describe("targetKey", () => {
  it("normalises Route 53 names and zone ids", () => {
    expect(
      targetKey({ kind: "route53-weighted", zoneId: "/hostedzone/Z1", name: "IMG.example.com", type: "a" }),
    ).toBe("route53:Z1:img.example.com.:A");
  });
});
