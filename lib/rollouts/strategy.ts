// The strategies an operator knows (canary, linear, exponential, custom) as requested percentages per step,
// each with its bake and whether it waits for an approval.

import { round1 } from "./weight-shares";

/** At most this many steps: a plan longer than this is a mistake, not a rollout. */
export const MAX_STEPS = 100;

/** Longest bake of one step: 7 days. */
export const MAX_BAKE_SECONDS = 7 * 86_400;

export type ApprovalPolicy = "none" | "before-full" | "before-each";

export type Strategy =
  | {
      kind: "canary";
      canaryPercent: number;
      bakeSeconds: number;
      approval: ApprovalPolicy;
      finalBakeSeconds?: number;
    }
  | {
      kind: "linear";
      stepPercent: number;
      bakeSeconds: number;
      approval: ApprovalPolicy;
      finalBakeSeconds?: number;
    }
  | {
      kind: "exponential";
      startPercent: number;
      factor: number;
      bakeSeconds: number;
      approval: ApprovalPolicy;
      finalBakeSeconds?: number;
    }
  | { kind: "custom"; steps: readonly CustomStep[] };

export interface CustomStep {
  /** Share of the rollout's traffic on the new version after this step, 0–100. */
  percent: number;
  bakeSeconds: number;
  /** Wait for an operator's approval before applying this step. */
  requiresApproval: boolean;
}

/** The requested canary percentages of a strategy, with bake and approval per step. */
export function strategySteps(strategy: Strategy): CustomStep[] {
  if (strategy.kind === "custom") return strategy.steps.map((step) => ({ ...step }));

  const percents: number[] = [];
  if (strategy.kind === "canary") {
    percents.push(strategy.canaryPercent);
  } else if (strategy.kind === "linear") {
    if (strategy.stepPercent > 0) {
      for (let p = strategy.stepPercent; p < 100 && percents.length < MAX_STEPS; p += strategy.stepPercent)
        percents.push(round1(p));
    }
  } else if (strategy.startPercent > 0 && strategy.factor > 1) {
    for (let p = strategy.startPercent; p < 100 && percents.length < MAX_STEPS; p *= strategy.factor)
      percents.push(round1(p));
  }
  const intermediate = percents.filter((p) => p > 0 && p < 100);
  const last = intermediate.length;

  return [...intermediate, 100].map((percent, index) => ({
    percent,
    bakeSeconds: index === last ? (strategy.finalBakeSeconds ?? 0) : strategy.bakeSeconds,
    requiresApproval:
      strategy.approval === "before-each" || (strategy.approval === "before-full" && index === last),
  }));
}
