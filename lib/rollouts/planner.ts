// The step planner: a strategy the operator knows (canary, linear, exponential, custom) → the integer weights AWS
// will hold at each step, the share of traffic they really give, and a timeline. Pure: no I/O, no clock.

import { formatDuration } from "./duration";
import {
  DNS_PROPAGATION_SECONDS,
  DNS_ROLLOUT_TTL,
  type PlanInput,
  type PlannedStep,
  type PlanResult,
  WEIGHT_LIMITS,
} from "./plan-types";
import { strategySteps } from "./strategy";
import { strategyProblems } from "./strategy-problems";
import { pairWeights, shareOf, sharesOf } from "./weight-shares";

/** Turn a strategy into concrete steps and a timeline, or say what is wrong with it. */
export function planRollout(input: PlanInput): PlanResult {
  const requested = strategySteps(input.strategy);
  const problems = strategyProblems(input, requested);
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

export function abortDelay(input: PlanInput): { seconds: number; reason: string } {
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
