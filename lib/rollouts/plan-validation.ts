import { maxWeightOf, type RolloutPlan } from "./types";
import { weightsForStep } from "./weights";

export interface PlanProblem {
  /** Dotted path into the plan, e.g. "steps.2.bakeSeconds". */
  path: string;
  message: string;
}

const MAX_ALB_TARGET_GROUPS = 5;
const MAX_DNS_RECORDS = 100;
const MAX_LOWERED_TTL = 60;

/** What is wrong with a plan before anything is written (AWS limits, and what the controller needs). */
export function validatePlan(plan: RolloutPlan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const ids = new Set(plan.backends.map((backend) => backend.id));
  const max = maxWeightOf(plan.target);
  const isDns = plan.target.kind === "route53-weighted";

  if (ids.size !== plan.backends.length)
    problems.push({ path: "backends", message: "A backend appears twice." });
  if (!isDns && plan.backends.length > MAX_ALB_TARGET_GROUPS) {
    problems.push({
      path: "backends",
      message: `A forward action holds at most ${MAX_ALB_TARGET_GROUPS} target groups.`,
    });
  }
  if (isDns && plan.backends.length > MAX_DNS_RECORDS) {
    problems.push({
      path: "backends",
      message: `A weighted group holds at most ${MAX_DNS_RECORDS} records.`,
    });
  }
  if (!ids.has(plan.stableBackendId))
    problems.push({ path: "stableBackendId", message: "Pick the stable version among the backends." });
  if (!ids.has(plan.canaryBackendId))
    problems.push({ path: "canaryBackendId", message: "Pick the version to promote among the backends." });
  if (plan.stableBackendId === plan.canaryBackendId) {
    problems.push({
      path: "canaryBackendId",
      message: "The version to promote must differ from the stable one.",
    });
  }
  for (const [id, weight] of Object.entries(plan.baselineWeights)) {
    if (!ids.has(id))
      problems.push({ path: "baselineWeights", message: `Weight for an unknown backend ${id}.` });
    if (!Number.isInteger(weight) || weight < 0 || weight > max)
      problems.push({ path: "baselineWeights", message: `Weights are whole numbers 0–${max}.` });
  }

  if (plan.steps.length === 0)
    problems.push({ path: "steps", message: "A rollout needs at least one step." });
  plan.steps.forEach((step, index) => {
    const path = `steps.${index}`;
    if (step.weights === undefined && step.canaryPercent === undefined) {
      problems.push({ path, message: `Step ${index + 1} needs weights or a canary percentage.` });
    }
    if (step.canaryPercent !== undefined && (step.canaryPercent < 0 || step.canaryPercent > 100)) {
      problems.push({ path: `${path}.canaryPercent`, message: "A percentage is between 0 and 100." });
    }
    if (!Number.isInteger(step.bakeSeconds) || step.bakeSeconds < 0) {
      problems.push({
        path: `${path}.bakeSeconds`,
        message: "Bake time is a whole number of seconds, 0 or more.",
      });
    }
    const weights = weightsForStep(plan, step);
    for (const [id, weight] of Object.entries(weights)) {
      if (!ids.has(id))
        problems.push({ path: `${path}.weights`, message: `Weight for an unknown backend ${id}.` });
      if (!Number.isInteger(weight) || weight < 0 || weight > max) {
        problems.push({
          path: `${path}.weights`,
          message: `Step ${index + 1}: weights are whole numbers 0–${max}.`,
        });
      }
    }
    if (!isDns && Object.values(weights).every((weight) => weight === 0)) {
      problems.push({
        path: `${path}.weights`,
        message: `Step ${index + 1} sends no traffic anywhere (every weight is 0).`,
      });
    }
  });

  const { gates } = plan;
  if (!Number.isInteger(gates.minHealthyTargets) || gates.minHealthyTargets < 0) {
    problems.push({
      path: "gates.minHealthyTargets",
      message: "Healthy targets is a whole number, 0 or more.",
    });
  }
  if (gates.analysis) {
    const analysis = gates.analysis;
    if (analysis.intervalSeconds < 10)
      problems.push({ path: "gates.analysis.intervalSeconds", message: "Analyse at most every 10 seconds." });
    if (analysis.minRequests < 1)
      problems.push({ path: "gates.analysis.minRequests", message: "At least one request per side." });
    if (analysis.maxErrorRateIncrease < 0 || analysis.maxErrorRateIncrease > 1) {
      problems.push({
        path: "gates.analysis.maxErrorRateIncrease",
        message: "An error-rate increase is a fraction between 0 and 1.",
      });
    }
    if (analysis.maxLatencyIncreasePercent < 0)
      problems.push({ path: "gates.analysis.maxLatencyIncreasePercent", message: "0 % or more." });
    const canary = plan.backends.find((backend) => backend.id === plan.canaryBackendId);
    const stable = plan.backends.find((backend) => backend.id === plan.stableBackendId);
    if (!canary?.targetGroup || !stable?.targetGroup) {
      problems.push({
        path: "gates.analysis",
        message: "Canary analysis needs the target groups of both the canary and the stable version.",
      });
    }
  }

  if (plan.dns?.lowerTtlTo !== undefined) {
    if (!isDns) problems.push({ path: "dns", message: "Only a DNS-level rollout lowers a TTL." });
    if (plan.dns.lowerTtlTo < 0 || plan.dns.lowerTtlTo > MAX_LOWERED_TTL) {
      problems.push({
        path: "dns.lowerTtlTo",
        message: `Lower the TTL to ${MAX_LOWERED_TTL} seconds or less.`,
      });
    }
  }
  return problems;
}
