import type { CanaryMetrics } from "./analysis";
import type { AlarmReading, TargetHealthCount, WeightsReading, WriteWeightsRequest } from "./ports";
import type { BackendTargetGroup, Rollout, Weights } from "./types";

/** A failed AWS call as the controller sees it. */
export interface PortFailure {
  code: string;
  message: string;
  retryable: boolean;
}

export type Reading<T> = { ok: true; value: T } | { ok: false; error: PortFailure };

/** The outcome of the write commands run just before this observation, in the same tick. */
export type WriteOutcome =
  | { ok: true; changeId?: string; insync: boolean | null }
  | { ok: false; error: PortFailure; isDrift: boolean; actual?: Weights };

/** What the runner read from AWS for one decision. Gate readings are present when `observationPlan` asked. */
export interface Observation {
  weights: Reading<WeightsReading>;
  alarms?: Reading<AlarmReading[]>;
  /** Healthy / total per target group ARN. */
  health?: Reading<Record<string, TargetHealthCount>>;
  metrics?: Reading<CanaryMetrics>;
  lastWrite?: WriteOutcome;
}

export type Command =
  | { kind: "write-weights"; request: WriteWeightsRequest }
  /** Waits for the Route 53 change of the preceding write (or the given id) to be INSYNC. */
  | { kind: "wait-insync"; changeId?: string }
  | { kind: "read-back" };

/** What the runner should read for a rollout before deciding. */
export interface ObservationPlan {
  alarms: { region: string; names: string[] } | null;
  targetGroups: BackendTargetGroup[];
  metrics: { canary: BackendTargetGroup; stable: BackendTargetGroup; start: Date; end: Date } | null;
}

const BAKING = new Set<Rollout["status"]>(["running", "awaiting-approval", "paused"]);

/** Whether the rollout sends traffic to both stable and canary (the analysis needs both sides). */
function isSplit(weights: Weights, stableId: string, canaryId: string): boolean {
  return (weights[stableId] ?? 0) > 0 && (weights[canaryId] ?? 0) > 0;
}

/** The gate readings a decision needs now: alarms and health while baking, metrics once per interval. */
export function observationPlan(rollout: Rollout, now: number): ObservationPlan {
  const { plan } = rollout;
  const isBaking = BAKING.has(rollout.status);
  const region =
    plan.gates.alarmRegion ?? (plan.target.kind === "route53-weighted" ? "us-east-1" : plan.target.region);
  const alarms = isBaking && plan.gates.alarms.length > 0 ? { region, names: plan.gates.alarms } : null;
  const targetGroups = isBaking
    ? plan.backends.flatMap((backend) => (backend.targetGroup ? [backend.targetGroup] : []))
    : [];

  const analysis = plan.gates.analysis;
  const canary = plan.backends.find((backend) => backend.id === plan.canaryBackendId)?.targetGroup;
  const stable = plan.backends.find((backend) => backend.id === plan.stableBackendId)?.targetGroup;
  const lastAt = rollout.lastAnalysisAt ? Date.parse(rollout.lastAnalysisAt) : null;
  const isDue =
    analysis !== undefined && (lastAt === null || now - lastAt >= analysis.intervalSeconds * 1000);
  const metrics =
    isBaking &&
    isDue &&
    canary &&
    stable &&
    rollout.stepStartedAt &&
    rollout.pendingWrite === null &&
    isSplit(rollout.desiredWeights, plan.stableBackendId, plan.canaryBackendId)
      ? { canary, stable, start: new Date(rollout.stepStartedAt), end: new Date(now) }
      : null;

  return { alarms, targetGroups, metrics };
}
