import { describe, expect, it } from "vitest";

import { formatDuration } from "./duration";
import { type PlanInput, WEIGHT_LIMITS } from "./plan-types";
import { planRollout } from "./planner";
import { strategySteps } from "./strategy";
import { pairWeights, sharesOf } from "./weight-shares";

const alb: PlanInput = {
  level: "alb",
  backends: [
    { id: "arn:blue", label: "images-blue", baselineWeight: 1 },
    { id: "arn:green", label: "images-green", baselineWeight: 0 },
  ],
  stableId: "arn:blue",
  canaryId: "arn:green",
  strategy: { kind: "canary", canaryPercent: 10, bakeSeconds: 300, approval: "none" },
};

const dns: PlanInput = {
  level: "dns",
  backends: [
    { id: "blue", label: "blue", baselineWeight: 255 },
    { id: "green", label: "green", baselineWeight: 0 },
  ],
  stableId: "blue",
  canaryId: "green",
  currentTtl: 300,
  strategy: { kind: "linear", stepPercent: 25, bakeSeconds: 120, approval: "none" },
};

function planOf(input: PlanInput) {
  const result = planRollout(input);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.plan;
}

describe("strategySteps", () => {
  it("canary: the canary step, then 100 % (CodeDeploy's Canary10Percent5Minutes)", () => {
    expect(strategySteps({ kind: "canary", canaryPercent: 10, bakeSeconds: 300, approval: "none" })).toEqual([
      { percent: 10, bakeSeconds: 300, requiresApproval: false },
      { percent: 100, bakeSeconds: 0, requiresApproval: false },
    ]);
  });

  it("linear: +N % every M seconds up to 100 %, the last step's bake is the final bake", () => {
    const steps = strategySteps({
      kind: "linear",
      stepPercent: 30,
      bakeSeconds: 60,
      approval: "none",
      finalBakeSeconds: 600,
    });
    expect(steps.map((s) => s.percent)).toEqual([30, 60, 90, 100]);
    expect(steps.map((s) => s.bakeSeconds)).toEqual([60, 60, 60, 600]);
  });

  it("linear: no float drift in the increments", () => {
    expect(
      strategySteps({ kind: "linear", stepPercent: 10, bakeSeconds: 60, approval: "none" }).map(
        (s) => s.percent,
      ),
    ).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it("exponential: start × factor until 100 %", () => {
    const steps = strategySteps({
      kind: "exponential",
      startPercent: 1,
      factor: 2,
      bakeSeconds: 60,
      approval: "none",
    });
    expect(steps.map((s) => s.percent)).toEqual([1, 2, 4, 8, 16, 32, 64, 100]);
  });

  it("approval before the full shift or before every step", () => {
    const full = strategySteps({ kind: "linear", stepPercent: 50, bakeSeconds: 60, approval: "before-full" });
    expect(full.map((s) => s.requiresApproval)).toEqual([false, true]);
    const each = strategySteps({ kind: "linear", stepPercent: 50, bakeSeconds: 60, approval: "before-each" });
    expect(each.map((s) => s.requiresApproval)).toEqual([true, true]);
  });

  it("custom steps keep their own bake and approval", () => {
    const steps = [
      { percent: 5, bakeSeconds: 600, requiresApproval: false },
      { percent: 50, bakeSeconds: 60, requiresApproval: true },
      { percent: 100, bakeSeconds: 0, requiresApproval: true },
    ];
    expect(strategySteps({ kind: "custom", steps })).toEqual(steps);
  });
});

describe("pairWeights", () => {
  it("ALB: per-mille weights when they are exact", () => {
    expect(pairWeights(10, 999)).toEqual({ canary: 100, stable: 900 });
    expect(pairWeights(0.1, 999)).toEqual({ canary: 1, stable: 999 });
    expect(pairWeights(33.3, 999)).toEqual({ canary: 333, stable: 667 });
  });

  it("DNS: per-cent weights when exact, else the closest pair within 0–255", () => {
    expect(pairWeights(10, 255)).toEqual({ canary: 10, stable: 90 });
    const half = pairWeights(0.5, 255);
    expect(half.canary / (half.canary + half.stable)).toBeCloseTo(0.005, 6);
    const third = pairWeights(33.3, 255);
    expect(Math.abs((100 * third.canary) / (third.canary + third.stable) - 33.3)).toBeLessThan(0.05);
  });

  it("0 % and 100 % put the whole range on one side", () => {
    expect(pairWeights(0, 255)).toEqual({ canary: 0, stable: 255 });
    expect(pairWeights(100, 999)).toEqual({ canary: 999, stable: 0 });
  });

  it("always stays within the level's range", () => {
    for (const level of ["alb", "dns"] as const) {
      const { max } = WEIGHT_LIMITS[level];
      for (let tenth = 0; tenth <= 1000; tenth += 7) {
        const pair = pairWeights(tenth / 10, max);
        for (const w of [pair.canary, pair.stable]) {
          expect(Number.isInteger(w) && w >= 0 && w <= max).toBe(true);
        }
        expect(pair.canary + pair.stable).toBeGreaterThan(0);
      }
    }
  });
});

describe("sharesOf", () => {
  it("share = weight / sum, and all zero is an equal split", () => {
    expect(sharesOf({ a: 1, b: 255 })).toEqual({ a: 0.39, b: 99.61 });
    expect(sharesOf({ a: 0, b: 0 })).toEqual({ a: 50, b: 50 });
  });
});

describe("planRollout", () => {
  it("ALB canary: weights, real share, bake and total duration; an abort is felt on the next request", () => {
    const plan = planOf(alb);
    expect(plan.steps.map((s) => s.weights)).toEqual([
      { "arn:blue": 900, "arn:green": 100 },
      { "arn:blue": 0, "arn:green": 999 },
    ]);
    expect(plan.steps.map((s) => s.canaryShare)).toEqual([10, 100]);
    expect(plan.steps.map((s) => s.startsAtSeconds)).toEqual([0, 300]);
    expect(plan.totalSeconds).toBe(300);
    expect(plan.preparation).toBeUndefined();
    expect(plan.abortFelt.seconds).toBe(0);
  });

  it("ALB with stickiness: an abort is felt by sticky clients after the stickiness duration", () => {
    const plan = planOf({ ...alb, stickinessSeconds: 3600 });
    expect(plan.abortFelt.seconds).toBe(3600);
    expect(plan.abortFelt.reason).toContain("1 h");
  });

  it("DNS: lowers the TTL to 60 s first and waits out the old TTL; an abort is felt after TTL + propagation", () => {
    const plan = planOf(dns);
    expect(plan.preparation).toEqual({ lowerTtlTo: 60, oldTtl: 300, waitSeconds: 300 });
    expect(plan.steps.map((s) => s.weights.green)).toEqual([25, 50, 75, 255]);
    expect(plan.steps.map((s) => s.weights.blue)).toEqual([75, 50, 25, 0]);
    expect(plan.steps[0]?.startsAtSeconds).toBe(300);
    expect(plan.totalSeconds).toBe(300 + 3 * 120);
    expect(plan.abortFelt.seconds).toBe(120);
    expect(plan.notes.join(" ")).toContain("keep the 60 s TTL when the rollout ends");
  });

  it("DNS with a TTL already ≤ 60 s needs no preparation", () => {
    expect(planOf({ ...dns, currentTtl: 30 }).preparation).toBeUndefined();
    expect(planOf({ ...dns, currentTtl: 30 }).abortFelt.seconds).toBe(90);
  });

  it("other backends keep their weight and the shares say what that means", () => {
    const plan = planOf({
      ...alb,
      backends: [...alb.backends, { id: "arn:legacy", label: "images-legacy", baselineWeight: 100 }],
    });
    expect(plan.steps[0]?.weights["arn:legacy"]).toBe(100);
    expect(plan.steps[0]?.canaryShare).toBeCloseTo(9.09, 2);
    expect(plan.notes.join(" ")).toContain("images-legacy keeps its weight");
  });

  it("says when a percentage cannot be exact with whole weights", () => {
    const plan = planOf({
      ...dns,
      strategy: {
        kind: "custom",
        steps: [
          { percent: 0.1, bakeSeconds: 60, requiresApproval: false },
          { percent: 100, bakeSeconds: 0, requiresApproval: false },
        ],
      },
    });
    expect(plan.notes.join(" ")).toMatch(/0.1 % is not possible/);
  });

  it("counts approvals", () => {
    expect(
      planOf({
        ...alb,
        strategy: { kind: "canary", canaryPercent: 5, bakeSeconds: 60, approval: "before-full" },
      }).approvals,
    ).toBe(1);
  });

  it("refuses a plan that cannot run, saying why", () => {
    const problems = (input: PlanInput) => {
      const result = planRollout(input);
      return result.ok ? [] : result.problems;
    };
    expect(problems({ ...alb, canaryId: "arn:blue" })).toContain(
      "The version to promote must differ from the stable version.",
    );
    expect(problems({ ...alb, canaryId: "arn:nope" })).toContain(
      "Pick the version to promote among the target's backends.",
    );
    expect(
      problems({
        ...alb,
        strategy: { kind: "canary", canaryPercent: 100, bakeSeconds: 60, approval: "none" },
      }),
    ).toHaveLength(1);
    expect(
      problems({
        ...alb,
        strategy: {
          kind: "custom",
          steps: [
            { percent: 50, bakeSeconds: 60, requiresApproval: false },
            { percent: 20, bakeSeconds: 60, requiresApproval: false },
          ],
        },
      }),
    ).toEqual([
      "Step 2: each step must send more traffic to the new version than the one before.",
      "The last step must send 100 % to the new version.",
    ]);
    expect(
      problems({
        ...alb,
        backends: Array.from({ length: 6 }, (_, i) => ({
          id: `arn:${i}`,
          label: `tg${i}`,
          baselineWeight: 1,
        })),
        stableId: "arn:0",
        canaryId: "arn:1",
      }),
    ).toContain("At most 5 target groups can share the traffic.");
    expect(
      problems({
        ...dns,
        backends: [
          { id: "blue", label: "blue", baselineWeight: 300 },
          { id: "green", label: "green", baselineWeight: 0 },
        ],
      }),
    ).toContain("blue's current weight 300 is outside 0–255.");
    expect(
      problems({
        ...alb,
        strategy: { kind: "exponential", startPercent: 1, factor: 1, bakeSeconds: 60, approval: "none" },
      }),
    ).toContain("The growth factor must be greater than 1.");
  });
});

describe("formatDuration", () => {
  it("reads like people talk", () => {
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(600)).toBe("10 min");
    expect(formatDuration(5400)).toBe("1 h 30 min");
    expect(formatDuration(90)).toBe("1 min 30 s");
    expect(formatDuration(2 * 86_400 + 4 * 3600)).toBe("2 d 4 h");
  });
});
