// The planner form's state (strings, as typed) and how it becomes the start action's input. Pure, so the browser's
// preview and the server's validation read the same numbers.

import type { LoadedTarget } from "@/lib/rollouts/planner-target";

export type StrategyKind = "canary" | "linear" | "exponential" | "custom";
export type Approval = "none" | "before-full" | "before-each";

export interface CustomStepDraft {
  percent: string;
  bakeSeconds: string;
  requiresApproval: boolean;
}

export interface PlannerFormState {
  stableId: string;
  canaryId: string;
  kind: StrategyKind;
  canaryPercent: string;
  stepPercent: string;
  startPercent: string;
  factor: string;
  bakeSeconds: string;
  finalBakeSeconds: string;
  approval: Approval;
  customSteps: CustomStepDraft[];
  alarms: string[];
  minHealthyTargets: string;
  analysisOn: boolean;
  maxErrorRateIncreasePercent: string;
  maxLatencyIncreasePercent: string;
  minRequests: string;
  noDataPolicy: "pass" | "pause" | "fail";
  intervalSeconds: string;
  reason: string;
}

/** Stable: the member with the most weight; version to promote: the next member, else the first candidate. */
export function initialPlannerState(loaded: LoadedTarget, preselectedAlarms: string[]): PlannerFormState {
  const byWeight = [...loaded.members].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
  const stableId = byWeight[0]?.id ?? "";
  const canaryId = byWeight[1]?.id ?? loaded.candidates[0]?.id ?? "";
  const isAlb = loaded.level === "alb";
  return {
    stableId,
    canaryId,
    kind: "canary",
    canaryPercent: "10",
    stepPercent: "25",
    startPercent: "5",
    factor: "2",
    bakeSeconds: "300",
    finalBakeSeconds: "",
    approval: "none",
    customSteps: [
      { percent: "10", bakeSeconds: "300", requiresApproval: false },
      { percent: "50", bakeSeconds: "600", requiresApproval: true },
      { percent: "100", bakeSeconds: "0", requiresApproval: false },
    ],
    alarms: preselectedAlarms,
    minHealthyTargets: isAlb ? "1" : "0",
    // Canary analysis compares target groups: on by default where both versions are target groups.
    analysisOn: isAlb,
    maxErrorRateIncreasePercent: "1",
    maxLatencyIncreasePercent: "20",
    minRequests: "200",
    noDataPolicy: "pause",
    intervalSeconds: "60",
    reason: "",
  };
}

const optional = (value: string) => (value.trim() === "" ? undefined : value);

function strategyOf(state: PlannerFormState): unknown {
  const common = {
    bakeSeconds: state.bakeSeconds,
    approval: state.approval,
    finalBakeSeconds: optional(state.finalBakeSeconds),
  };
  switch (state.kind) {
    case "canary":
      return { kind: "canary", canaryPercent: state.canaryPercent, ...common };
    case "linear":
      return { kind: "linear", stepPercent: state.stepPercent, ...common };
    case "exponential":
      return { kind: "exponential", startPercent: state.startPercent, factor: state.factor, ...common };
    case "custom":
      return { kind: "custom", steps: state.customSteps.map((step) => ({ ...step })) };
  }
}

/** The start action's raw input (zod coerces the numbers); `seenWeights` is added by the caller from the preview. */
export function startInputOf(
  target: LoadedTarget["target"],
  state: PlannerFormState,
): Record<string, unknown> {
  return {
    target,
    stableId: state.stableId,
    canaryId: state.canaryId,
    strategy: strategyOf(state),
    gates: {
      alarms: state.alarms,
      minHealthyTargets: state.minHealthyTargets,
      ...(state.analysisOn
        ? {
            analysis: {
              maxErrorRateIncreasePercent: state.maxErrorRateIncreasePercent,
              maxLatencyIncreasePercent: state.maxLatencyIncreasePercent,
              minRequests: state.minRequests,
              noDataPolicy: state.noDataPolicy,
              intervalSeconds: state.intervalSeconds,
            },
          }
        : {}),
    },
    reason: state.reason,
  };
}
