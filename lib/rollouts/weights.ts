import type { RolloutPlan, RolloutStep, Weights } from "./types";

/** The pool stable + canary share for percent steps when the baseline leaves them less room than this. */
const MIN_PERCENT_POOL = 100;

/**
 * The weights a step asks for. Explicit weights win (backends they omit keep their baseline weight).
 * A percent step splits the stable+canary pool (their baseline sum, at least 100) so that the canary gets
 * `canaryPercent` of it; every other backend keeps its baseline weight.
 */
export function weightsForStep(plan: RolloutPlan, step: RolloutStep): Weights {
  const weights: Weights = {};
  for (const backend of plan.backends) weights[backend.id] = plan.baselineWeights[backend.id] ?? 0;

  if (step.weights) return { ...weights, ...step.weights };

  const percent = Math.min(100, Math.max(0, step.canaryPercent ?? 0));
  const pool = Math.max(
    MIN_PERCENT_POOL,
    (plan.baselineWeights[plan.stableBackendId] ?? 0) + (plan.baselineWeights[plan.canaryBackendId] ?? 0),
  );
  const canary = Math.round((pool * percent) / 100);
  weights[plan.canaryBackendId] = canary;
  weights[plan.stableBackendId] = pool - canary;
  return weights;
}

/** True when both hold the same weight for every backend either names (a missing backend counts as 0). */
export function weightsEqual(a: Weights, b: Weights): boolean {
  return weightDifferences(a, b).length === 0;
}

export interface WeightDifference {
  backendId: string;
  expected: number;
  actual: number;
}

/** Backends whose weight differs between what was expected and what is there. */
export function weightDifferences(expected: Weights, actual: Weights): WeightDifference[] {
  const ids = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return ids
    .map((backendId) => ({ backendId, expected: expected[backendId] ?? 0, actual: actual[backendId] ?? 0 }))
    .filter((difference) => difference.expected !== difference.actual);
}

/** A backend's share of traffic in percent (all weights 0 → Route 53 splits equally; ALB sends nothing). */
export function sharePercent(weights: Weights, backendId: string): number {
  const values = Object.values(weights);
  const total = values.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return values.length > 0 ? 100 / values.length : 0;
  return ((weights[backendId] ?? 0) / total) * 100;
}
