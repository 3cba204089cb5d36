// The planned timeline ↔ the plan the controller stores and runs.

import { abortDelay } from "./planner";
import type { PlannedStep, PlanTimeline, WeightLevel } from "./plan-types";
import type { Backend, RolloutGates, RolloutPlan, RolloutTarget, Weights } from "./types";
import { weightsForStep } from "./weights";
import { sharesOf } from "./weight-shares";

/** The planned timeline as the controller's plan: explicit weights per step, so AWS gets what the preview showed. */
export function toRolloutPlan(input: {
  target: RolloutTarget;
  backends: Backend[];
  baselineWeights: Weights;
  stableId: string;
  canaryId: string;
  timeline: PlanTimeline;
  gates: RolloutGates;
  stickinessSeconds?: number;
}): RolloutPlan {
  const { timeline } = input;
  return {
    target: input.target,
    backends: input.backends,
    stableBackendId: input.stableId,
    canaryBackendId: input.canaryId,
    baselineWeights: input.baselineWeights,
    steps: timeline.steps.map((step) => ({
      weights: step.weights,
      bakeSeconds: step.bakeSeconds,
      requiresApproval: step.requiresApproval,
    })),
    gates: input.gates,
    ...(timeline.preparation
      ? { dns: { lowerTtlTo: timeline.preparation.lowerTtlTo, oldTtl: timeline.preparation.oldTtl } }
      : {}),
    ...(input.stickinessSeconds ? { stickinessSeconds: input.stickinessSeconds } : {}),
  };
}

/** A stored plan as a timeline again (the live view shows the plan the rollout runs, not a re-plan). */
export function timelineOfPlan(plan: RolloutPlan, gates: readonly string[] = []): PlanTimeline {
  const level: WeightLevel = plan.target.kind === "route53-weighted" ? "dns" : "alb";
  const preparation =
    plan.dns?.lowerTtlTo !== undefined &&
    plan.dns.oldTtl !== undefined &&
    plan.dns.oldTtl > plan.dns.lowerTtlTo
      ? { lowerTtlTo: plan.dns.lowerTtlTo, oldTtl: plan.dns.oldTtl, waitSeconds: plan.dns.oldTtl }
      : undefined;
  let clock = preparation?.waitSeconds ?? 0;
  const steps = plan.steps.map((step, index): PlannedStep => {
    const weights = weightsForStep(plan, step);
    const shares = sharesOf(weights);
    const canaryShare = shares[plan.canaryBackendId] ?? 0;
    const planned: PlannedStep = {
      index,
      requestedPercent: step.canaryPercent ?? canaryShare,
      weights,
      canaryShare,
      shares,
      bakeSeconds: step.bakeSeconds,
      requiresApproval: step.requiresApproval,
      startsAtSeconds: clock,
    };
    clock += step.bakeSeconds;
    return planned;
  });
  return {
    level,
    steps,
    preparation,
    gates,
    totalSeconds: clock,
    approvals: steps.filter((step) => step.requiresApproval).length,
    abortFelt: abortDelay({
      level,
      backends: [],
      stableId: plan.stableBackendId,
      canaryId: plan.canaryBackendId,
      strategy: { kind: "custom", steps: [] },
      currentTtl: plan.dns?.lowerTtlTo ?? plan.dns?.oldTtl,
      stickinessSeconds: plan.stickinessSeconds,
    }),
    notes: [],
  };
}
