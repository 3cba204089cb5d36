// The step planner: a strategy the operator knows (canary, linear, exponential, custom) → the integer weights AWS
// will hold at each step, the share of traffic they really give, and a timeline. Pure: no I/O, no clock.

import type { Backend, RolloutGates, RolloutPlan, RolloutTarget, Weights } from "./types";
import { weightsForStep } from "./weights";

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

/**
 * Integer weights (canary, stable) within 0..max whose canary share is closest to `percent`. Prefers a total of
 * 1000 at ALB level and 100 at DNS level so the weights read as per-mille / per-cent; falls back to the closest pair.
 */
export function pairWeights(percent: number, max: number): { canary: number; stable: number } {
  if (percent <= 0) return { canary: 0, stable: max };
  if (percent >= 100) return { canary: max, stable: 0 };

  const niceTotal = max >= 999 ? 1000 : 100;
  const niceCanary = Math.round((percent * niceTotal) / 100);
  const nice = { canary: niceCanary, stable: niceTotal - niceCanary };
  if (
    nice.canary > 0 &&
    nice.stable > 0 &&
    nice.canary <= max &&
    nice.stable <= max &&
    shareOf(nice) === round1(percent)
  ) {
    return nice;
  }

  let best = { canary: 1, stable: max };
  let bestError = Infinity;
  for (let stable = 1; stable <= max; stable++) {
    const canary = Math.round((percent * stable) / (100 - percent));
    if (canary < 1 || canary > max) continue;
    const error = Math.abs((100 * canary) / (canary + stable) - percent);
    if (error < bestError - 1e-9) {
      best = { canary, stable };
      bestError = error;
    }
  }
  return best;
}

function shareOf(pair: { canary: number; stable: number }): number {
  return round1((100 * pair.canary) / (pair.canary + pair.stable));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Each backend's share of all traffic for these weights; all zero means an equal split (Route 53 and ALB alike). */
export function sharesOf(weights: Readonly<Record<string, number>>): Record<string, number> {
  const ids = Object.keys(weights);
  const sum = ids.reduce((total, id) => total + (weights[id] ?? 0), 0);
  const shares: Record<string, number> = {};
  for (const id of ids)
    shares[id] = sum === 0 ? round2(100 / ids.length) : round2((100 * (weights[id] ?? 0)) / sum);
  return shares;
}

function validate(input: PlanInput, steps: readonly CustomStep[]): string[] {
  const problems: string[] = [];
  const limits = WEIGHT_LIMITS[input.level];
  const ids = new Set(input.backends.map((b) => b.id));

  if (input.backends.length > limits.maxBackends) {
    problems.push(
      `At most ${limits.maxBackends} ${input.level === "alb" ? "target groups" : "weighted records"} can share the traffic.`,
    );
  }
  if (!ids.has(input.stableId)) problems.push("Pick the stable version among the target's backends.");
  if (!ids.has(input.canaryId)) problems.push("Pick the version to promote among the target's backends.");
  if (input.stableId === input.canaryId)
    problems.push("The version to promote must differ from the stable version.");
  for (const backend of input.backends) {
    if (
      !Number.isInteger(backend.baselineWeight) ||
      backend.baselineWeight < 0 ||
      backend.baselineWeight > limits.max
    ) {
      problems.push(
        `${backend.label}'s current weight ${backend.baselineWeight} is outside 0–${limits.max}.`,
      );
    }
  }

  const s = input.strategy;
  if (s.kind === "canary" && !(s.canaryPercent > 0 && s.canaryPercent < 100))
    problems.push("The canary step must be above 0 % and below 100 %.");
  if (s.kind === "linear" && !(s.stepPercent > 0 && s.stepPercent < 100))
    problems.push("The linear increment must be above 0 % and below 100 %.");
  if (s.kind === "exponential") {
    if (!(s.startPercent > 0 && s.startPercent < 100))
      problems.push("The first exponential step must be above 0 % and below 100 %.");
    if (!(s.factor > 1)) problems.push("The growth factor must be greater than 1.");
  }

  if (steps.length === 0) problems.push("Add at least one step.");
  if (steps.length > MAX_STEPS) problems.push(`A plan has at most ${MAX_STEPS} steps.`);
  steps.forEach((step, index) => {
    const n = index + 1;
    if (!Number.isFinite(step.percent) || step.percent < 0 || step.percent > 100)
      problems.push(`Step ${n}: the percentage must be from 0 to 100.`);
    if (!Number.isInteger(step.bakeSeconds) || step.bakeSeconds < 0 || step.bakeSeconds > MAX_BAKE_SECONDS) {
      problems.push(`Step ${n}: the bake time must be whole seconds from 0 to 7 days.`);
    }
    const previous = steps[index - 1];
    if (previous && step.percent <= previous.percent)
      problems.push(`Step ${n}: each step must send more traffic to the new version than the one before.`);
  });
  const last = steps[steps.length - 1];
  if (last && last.percent !== 100) problems.push("The last step must send 100 % to the new version.");
  return problems;
}

/** Turn a strategy into concrete steps and a timeline, or say what is wrong with it. */
export function planRollout(input: PlanInput): PlanResult {
  const requested = strategySteps(input.strategy);
  const problems = validate(input, requested);
  if (problems.length > 0) return { ok: false, problems };

  const limits = WEIGHT_LIMITS[input.level];
  const others = input.backends.filter((b) => b.id !== input.stableId && b.id !== input.canaryId);
  const notes: string[] = [];

  const preparation =
    input.level === "dns" && (input.currentTtl ?? 0) > DNS_ROLLOUT_TTL
      ? { lowerTtlTo: DNS_ROLLOUT_TTL, oldTtl: input.currentTtl ?? 0, waitSeconds: input.currentTtl ?? 0 }
      : undefined;

  let clock = preparation?.waitSeconds ?? 0;
  const steps: PlannedStep[] = requested.map((step, index) => {
    const pair = pairWeights(step.percent, limits.max);
    const weights: Record<string, number> = {};
    for (const backend of input.backends) weights[backend.id] = backend.baselineWeight;
    weights[input.stableId] = pair.stable;
    weights[input.canaryId] = pair.canary;
    const shares = sharesOf(weights);
    const planned: PlannedStep = {
      index,
      requestedPercent: step.percent,
      weights,
      canaryShare: shares[input.canaryId] ?? 0,
      shares,
      bakeSeconds: step.bakeSeconds,
      requiresApproval: step.requiresApproval,
      startsAtSeconds: clock,
    };
    clock += step.bakeSeconds;

    const pairShare = shareOf(pair);
    if (Math.abs(pairShare - step.percent) >= 0.05) {
      notes.push(
        `Step ${index + 1}: ${step.percent} % is not possible with whole weights up to ${limits.max}; it sends ${pairShare} %.`,
      );
    }
    return planned;
  });

  if (others.length > 0) {
    notes.push(
      `${others.map((b) => b.label).join(", ")} keep${others.length === 1 ? "s" : ""} ${others.length === 1 ? "its" : "their"} weight; ` +
        "the percentages are of all traffic, so the new version's share stays below the step's percentage.",
    );
  }

  if (preparation) {
    notes.push(
      `The records keep the ${preparation.lowerTtlTo} s TTL when the rollout ends; raise it again in the record editor once you no longer need a quick way back.`,
    );
  }

  const abortFelt = abortDelay(input);
  return {
    ok: true,
    plan: {
      level: input.level,
      steps,
      preparation,
      gates: input.gates ?? [],
      totalSeconds: clock,
      approvals: steps.filter((s) => s.requiresApproval).length,
      abortFelt,
      notes,
    },
  };
}

function abortDelay(input: PlanInput): { seconds: number; reason: string } {
  if (input.level === "dns") {
    const ttl = Math.min(input.currentTtl ?? DNS_ROLLOUT_TTL, DNS_ROLLOUT_TTL);
    return {
      seconds: ttl + DNS_PROPAGATION_SECONDS,
      reason: `Resolvers keep answers for the TTL (${ttl} s) and Route 53 takes up to ${DNS_PROPAGATION_SECONDS} s to reach every name server.`,
    };
  }
  if (input.stickinessSeconds && input.stickinessSeconds > 0) {
    return {
      seconds: input.stickinessSeconds,
      reason: `Target group stickiness is on: clients already on the new version stay there for up to ${formatDuration(input.stickinessSeconds)}.`,
    };
  }
  return { seconds: 0, reason: "The load balancer applies new weights to the next request." };
}

/** "45 s", "10 min", "1 h 30 min", "2 d 4 h": a duration for people. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3_600);
  const m = Math.floor((seconds % 3_600) / 60);
  const s = seconds % 60;
  const parts: string[] = [];
  if (d) parts.push(`${d} d`);
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (s && !d && !h) parts.push(`${s} s`);
  return parts.join(" ");
}

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
