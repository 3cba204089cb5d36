// What is wrong with an operator's strategy for a target, in words the planner form shows.

import { type PlanInput, WEIGHT_LIMITS } from "./plan-types";
import { type CustomStep, MAX_BAKE_SECONDS, MAX_STEPS } from "./strategy";

/** Every problem with the strategy and its steps for this target; empty when it can be planned. */
export function strategyProblems(input: PlanInput, steps: readonly CustomStep[]): string[] {
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
