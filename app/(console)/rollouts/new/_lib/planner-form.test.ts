import { describe, expect, it } from "vitest";

import { buildPlan, type LoadedTarget } from "@/lib/rollouts/planner-target";
import { BLUE_TG, GREEN_TG, LISTENER_ARN } from "@/lib/rollouts/test-fixtures";
import { startRolloutSchema } from "@/lib/schemas/rollout";

import { initialPlannerState, startInputOf } from "./planner-form";

const alb: LoadedTarget = {
  target: { kind: "alb-listener", region: "us-east-1", listenerArn: LISTENER_ARN },
  level: "alb",
  title: "images-alb HTTPS:443 (default action)",
  members: [{ id: BLUE_TG, label: "images-blue", weight: 1, healthy: 2, total: 2 }],
  candidates: [{ id: GREEN_TG, label: "images-green", healthy: 2, total: 2 }],
  alarmRegion: "us-east-1",
};

const parse = (input: Record<string, unknown>) => startRolloutSchema.safeParse(input);

describe("the planner form", () => {
  it("starts from the heaviest member as stable and the first candidate as the version to promote, with its alarms", () => {
    const state = initialPlannerState(alb, ["images-alb-5xx"]);
    expect(state).toMatchObject({
      stableId: BLUE_TG,
      canaryId: GREEN_TG,
      kind: "canary",
      alarms: ["images-alb-5xx"],
      analysisOn: true,
      minHealthyTargets: "1",
    });
  });

  it("turns the default canary into a valid input whose plan adds the new group at weight 0 and ends at 100 %", () => {
    const parsed = parse({ ...startInputOf(alb.target, initialPlannerState(alb, [])), reason: "ship" });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const built = buildPlan(alb, parsed.data);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.plan.baselineWeights).toEqual({ [BLUE_TG]: 1, [GREEN_TG]: 0 });
    expect(built.timeline.steps.map((step) => Math.round(step.canaryShare))).toEqual([10, 100]);
    expect(built.plan.gates.analysis).toMatchObject({
      maxErrorRateIncrease: 0.01,
      noDataPolicy: "pause",
      minRequests: 200,
    });
  });

  it("leaves the analysis out when it is off, and keeps custom steps with their approvals", () => {
    const state = {
      ...initialPlannerState(alb, []),
      kind: "custom" as const,
      analysisOn: false,
      customSteps: [
        { percent: "25", bakeSeconds: "60", requiresApproval: false },
        { percent: "100", bakeSeconds: "0", requiresApproval: true },
      ],
    };
    const parsed = parse({ ...startInputOf(alb.target, state), reason: "ship" });
    expect(parsed.success && parsed.data.gates.analysis).toBe(undefined);
    expect(parsed.success && parsed.data.strategy).toEqual({
      kind: "custom",
      steps: [
        { percent: 25, bakeSeconds: 60, requiresApproval: false },
        { percent: 100, bakeSeconds: 0, requiresApproval: true },
      ],
    });
  });

  it("reports a share over 100 % at its field", () => {
    const state = { ...initialPlannerState(alb, []), canaryPercent: "150" };
    const parsed = parse({ ...startInputOf(alb.target, state), reason: "ship" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toContain("strategy.canaryPercent");
  });
});
