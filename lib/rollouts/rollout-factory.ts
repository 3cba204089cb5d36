import type { NewRollout } from "./store";
import { type Rollout, targetKey } from "./types";

/** The first state of a rollout: planned, nothing applied, the baseline as what AWS should hold. */
export function newRolloutState(input: NewRollout & { id: string; at: string }): Rollout {
  return {
    id: input.id,
    version: 1,
    targetKey: targetKey(input.plan.target),
    plan: input.plan,
    status: "planned",
    stepIndex: -1,
    stepStartedAt: null,
    stepDueAt: null,
    desiredWeights: { ...input.plan.baselineWeights },
    observedWeights: null,
    observedAt: null,
    lastGateResults: [],
    pendingWrite: null,
    lastError: null,
    drift: null,
    pause: null,
    approvedStepIndex: null,
    promoteFull: false,
    ttlLoweredAt: null,
    lastAnalysisAt: null,
    outcome: null,
    createdBy: input.createdBy,
    createdAt: input.at,
    updatedAt: input.at,
  };
}
