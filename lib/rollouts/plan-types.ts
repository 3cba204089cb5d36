// What the step planner takes and gives: the weight levels AWS offers with their limits, the operator's input,
// and the planned timeline the preview shows.

import type { Strategy } from "./strategy";

/** Where AWS weighs the traffic; each level has its own integer range and backend count. */
export type WeightLevel = "alb" | "dns";

export interface WeightLimits {
  /** Largest weight AWS accepts. */
  max: number;
  /** Most backends AWS accepts in one weighted group. */
  maxBackends: number;
}

/**
 * ELBv2 API Reference, TargetGroupTuple › Weight: 0–999; ForwardActionConfig: at most 5 target groups.
 * Route 53 API Reference, ResourceRecordSet › Weight: 0–255; DG "Quotas": 100 weighted records per name and type.
 */
export const WEIGHT_LIMITS: Record<WeightLevel, WeightLimits> = {
  alb: { max: 999, maxBackends: 5 },
  dns: { max: 255, maxBackends: 100 },
};

/** The TTL the records are lowered to before the first DNS step (issue 8: "≤ 60 s"). */
export const DNS_ROLLOUT_TTL = 60;

/** Route 53 changes usually reach every name server within 60 s (DG "Checking the status of your changes"). */
export const DNS_PROPAGATION_SECONDS = 60;

/** One backend of the weighted group: a target group ARN or a record's set identifier. */
export interface PlanBackend {
  id: string;
  /** What operators call it: the target group's name, or the set identifier. */
  label: string;
  /** The weight AWS holds before the rollout. */
  baselineWeight: number;
}

export interface PlanInput {
  level: WeightLevel;
  /** Every backend of the group, with the weights that stand now. */
  backends: readonly PlanBackend[];
  /** The backend traffic moves away from. */
  stableId: string;
  /** The version to promote. */
  canaryId: string;
  strategy: Strategy;
  /** DNS: the records' TTL now (seconds). */
  currentTtl?: number;
  /** ALB: target group stickiness duration when stickiness is on (seconds). */
  stickinessSeconds?: number;
  /** Gate descriptions shown on every step, e.g. "Alarm images-5xx OK". */
  gates?: readonly string[];
}

/** A step's weights and what they mean. */
export interface PlannedStep {
  index: number;
  /** Share of the stable + canary pair requested for the canary, 0–100. */
  requestedPercent: number;
  /** Weight per backend id, integers within the level's range. */
  weights: Record<string, number>;
  /** The canary's real share of all traffic these integer weights give, 0–100. */
  canaryShare: number;
  /** Each backend's real share of all traffic, 0–100. */
  shares: Record<string, number>;
  bakeSeconds: number;
  requiresApproval: boolean;
  /** Seconds from the start of the rollout (after preparation) when this step is due, approvals not counted. */
  startsAtSeconds: number;
}

export interface PlanTimeline {
  level: WeightLevel;
  steps: PlannedStep[];
  /** DNS: lower the TTL first and wait out the old one. */
  preparation?: { lowerTtlTo: number; oldTtl: number; waitSeconds: number };
  gates: readonly string[];
  /** Preparation + every bake, approvals not counted. */
  totalSeconds: number;
  approvals: number;
  /** How long after an abort clients can still reach the new version, and why. */
  abortFelt: { seconds: number; reason: string };
  /** Facts the operator should know before starting (e.g. a weight that could not be exact). */
  notes: string[];
}

export type PlanResult = { ok: true; plan: PlanTimeline } | { ok: false; problems: string[] };
