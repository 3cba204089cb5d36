// The rollout contract shared by the controller, the store, the planner and the console pages.
// Plain data only (JSON-safe): a rollout is stored as one document and read back as is.

import { normalizeName } from "@/lib/route53/names";

/** What a rollout shifts weight on: an ALB forward action, or one Route 53 weighted record group. */
export type RolloutTarget =
  | { kind: "alb-listener"; region: string; listenerArn: string }
  | { kind: "alb-rule"; region: string; ruleArn: string; listenerArn: string }
  | { kind: "route53-weighted"; zoneId: string; name: string; type: string };

export type RolloutTargetKind = RolloutTarget["kind"];

/**
 * A stable key per AWS resource whose weights a rollout drives: one active rollout and one lease per key.
 * ARNs already carry the region; a Route 53 group is zone + normalised name + type.
 */
export function targetKey(target: RolloutTarget): string {
  switch (target.kind) {
    case "alb-listener":
      return `alb-listener:${target.listenerArn}`;
    case "alb-rule":
      return `alb-rule:${target.ruleArn}`;
    case "route53-weighted":
      return `route53:${target.zoneId.replace(/^\/hostedzone\//, "")}:${normalizeName(target.name)}:${target.type.toUpperCase()}`;
  }
}

/** Highest weight AWS accepts per backend: ALB forward actions 0–999, Route 53 weighted records 0–255. */
export function maxWeightOf(target: RolloutTarget): number {
  return target.kind === "route53-weighted" ? 255 : 999;
}

/** Weight per backend id (target group ARN, or record set identifier). */
export type Weights = Record<string, number>;

/** The ALB target group whose health and metrics stand for a backend (for ALB targets: the backend itself). */
export interface BackendTargetGroup {
  region: string;
  targetGroupArn: string;
  /** Needed for the per-target-group CloudWatch metrics (dimension LoadBalancer=app/name/id). */
  loadBalancerArn?: string;
}

/** One weighted destination: a target group of a forward action, or one weighted record set. */
export interface Backend {
  /** Target group ARN (ALB) or SetIdentifier (Route 53). The key of `Weights`. */
  id: string;
  /** Human name: the target group name, or the set identifier. */
  label: string;
  /** For health and canary-analysis gates; optional at DNS level (a record may point at an ALB's target group). */
  targetGroup?: BackendTargetGroup;
}

/** One step: explicit weights, or the canary's share of the stable+canary pool in percent. */
export interface RolloutStep {
  canaryPercent?: number;
  /** Explicit weights for every backend; wins over canaryPercent. */
  weights?: Weights;
  bakeSeconds: number;
  /** The step is not applied until someone approves it. */
  requiresApproval: boolean;
}

export type NoDataPolicy = "pass" | "pause" | "fail";

export interface AnalysisGate {
  /** Largest accepted canary − stable 5xx rate, as a fraction (0.01 = one percentage point). */
  maxErrorRateIncrease: number;
  /** Largest accepted canary latency over stable's, in percent (20 = 20 % slower). */
  maxLatencyIncreasePercent: number;
  /** Requests each side needs in the window before the comparison means anything; below → inconclusive. */
  minRequests: number;
  /** What a step's end does with no data or an inconclusive result: advance, pause, or roll back. */
  noDataPolicy: NoDataPolicy;
  /** Seconds between analyses (the evaluation interval). */
  intervalSeconds: number;
  /** One-sided significance level of the error-rate test; default 0.05. */
  significance?: number;
}

export interface RolloutGates {
  /** CloudWatch alarm names that must stay OK while canary traffic flows. */
  alarms: string[];
  /** Region of the alarms (ALB targets: the target's region; DNS: us-east-1 unless said). */
  alarmRegion?: string;
  /** Healthy targets the canary's target group needs; weight never moves onto a backend with none. */
  minHealthyTargets: number;
  analysis?: AnalysisGate;
}

export interface RolloutPlan {
  target: RolloutTarget;
  /** Every backend of the forward action / weighted group, including ones the rollout leaves alone. */
  backends: Backend[];
  stableBackendId: string;
  canaryBackendId: string;
  /** The weights that stood before the rollout: what abort and rollback restore. */
  baselineWeights: Weights;
  steps: RolloutStep[];
  gates: RolloutGates;
  /** DNS level: lower the group's TTL to this (≤ 60 s) first and wait out the old TTL before the first step. */
  dns?: { lowerTtlTo?: number; oldTtl?: number };
  /** ALB level: group stickiness duration read when planned (an abort reaches sticky clients only after it). */
  stickinessSeconds?: number;
}

export type RolloutStatus =
  | "planned"
  | "preparing"
  | "running"
  | "awaiting-approval"
  | "paused"
  | "drifted"
  | "rolling-back"
  | "rolled-back"
  | "succeeded"
  | "aborted"
  | "failed";

/** Statuses in which a rollout holds its target (one active rollout per target key). */
export const ACTIVE_STATUSES: readonly RolloutStatus[] = [
  "planned",
  "preparing",
  "running",
  "awaiting-approval",
  "paused",
  "drifted",
  "rolling-back",
];

export function isActiveStatus(status: RolloutStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

export type GateName = "alarms" | "target-health" | "analysis" | "approval";
export type GateStatus = "ok" | "failing" | "pending" | "inconclusive" | "no-data" | "error";

/** The last result of one gate, with the values that decided it (shown on the page when it fails). */
export interface GateResult {
  gate: GateName;
  status: GateStatus;
  at: string;
  summary: string;
  values: Record<string, unknown>;
}

/** A write the controller has decided on and not yet seen verified in AWS (survives a crash). */
export interface PendingWrite {
  purpose: "step" | "rollback" | "abort" | "restore" | "lower-ttl";
  /** The step index this write applies (purpose "step"). */
  stepIndex?: number;
  weights: Weights;
  /** The weights AWS held when the write was decided: seeing them again after a crash means "not written yet". */
  from: Weights;
  ttl?: number;
  decidedAt: string;
  /** Route 53: the change written and not yet seen INSYNC. */
  changeId?: string;
}

/** The last failed AWS call, shown on the page; the controller retries after `nextRetryAt`. */
export interface RolloutError {
  at: string;
  message: string;
  code: string;
  attempts: number;
  nextRetryAt: string;
}

export interface RolloutDrift {
  detectedAt: string;
  /** What the rollout expected AWS to hold. */
  expected: Weights;
  /** What AWS held instead. */
  actual: Weights;
  /** The status the rollout was in when drift paused it. */
  from: RolloutStatus;
}

export interface Rollout {
  id: string;
  /** Bumped by every update; updates are conditional on it. */
  version: number;
  targetKey: string;
  plan: RolloutPlan;
  status: RolloutStatus;
  /** Index of the step applied and baking, −1 before the first. */
  stepIndex: number;
  /** When the current step was verified in AWS (its bake starts then). */
  stepStartedAt: string | null;
  /** When the next step (or success after the last) falls due. */
  stepDueAt: string | null;
  /** The weights the rollout wants AWS to hold now. */
  desiredWeights: Weights;
  /** The weights last read from AWS. */
  observedWeights: Weights | null;
  observedAt: string | null;
  lastGateResults: GateResult[];
  pendingWrite: PendingWrite | null;
  lastError: RolloutError | null;
  drift: RolloutDrift | null;
  /** Set while paused: the status to resume to, and when the pause began (the bake is extended by it). */
  pause: { from: RolloutStatus; at: string } | null;
  /** The step index someone approved (applied when due without waiting again). */
  approvedStepIndex: number | null;
  /** Promote-full: apply the last step now and finish without baking it. */
  promoteFull: boolean;
  /** DNS preparation: when the lowered TTL was verified; the first step waits out the old TTL from then. */
  ttlLoweredAt: string | null;
  /** When the last canary analysis ran (analyses run every `intervalSeconds`). */
  lastAnalysisAt: string | null;
  /** Why the rollout rolled back or failed (the failing gate and its values). */
  outcome: { summary: string; gate?: GateName; values?: Record<string, unknown> } | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export type RolloutEventKind =
  | "created"
  | "started"
  | "ttl-lowered"
  | "step-writing"
  | "step-applied"
  | "write-failed"
  | "awaiting-approval"
  | "approved"
  | "paused"
  | "resumed"
  | "promoted"
  | "promoted-full"
  | "gate-failed"
  | "rollback-started"
  | "rolled-back"
  | "abort-requested"
  | "aborted"
  | "drift-detected"
  | "drift-adopted"
  | "drift-restored"
  | "succeeded"
  | "failed";

/** Append-only history: who did what, when and why. */
export interface RolloutEvent {
  /** Increasing per rollout. */
  seq: number;
  rolloutId: string;
  at: string;
  /** An operator id, or "controller" for the runner's own decisions. */
  actor: string;
  kind: RolloutEventKind;
  reason: string;
  details?: Record<string, unknown>;
}

export type NewRolloutEvent = Omit<RolloutEvent, "seq" | "rolloutId">;

/** A point of the live charts: weights and gate signals as observed at one time. */
export interface RolloutSample {
  at: string;
  weights: Weights;
  alarms?: { name: string; state: string }[];
  /** Healthy target count per backend id. */
  healthy?: Record<string, number>;
  analysis?: {
    canaryErrorRate: number | null;
    stableErrorRate: number | null;
    canaryLatencyMs: number | null;
    stableLatencyMs: number | null;
    canaryRequests: number;
    stableRequests: number;
  };
}

/** The actor the runner writes events as. */
export const CONTROLLER_ACTOR = "controller";
