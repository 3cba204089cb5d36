// Moving forward: start (lowering the DNS TTL first when needed), wait out the old TTL, then bake each step —
// checking the gates — and write the next one when it is due.

import { type Decision, event, iso, NOTHING, writeCommands } from "./decision";
import { CHANGED_OUTSIDE, driftUnlessHeld } from "./drift";
import { evaluateGates, sameGateResults } from "./gates";
import type { Observation } from "./observation";
import { startRollback } from "./restore";
import type { RolloutPatch } from "./store";
import type { PendingWrite, Rollout, Weights } from "./types";
import { weightsForStep } from "./weights";

/** The index of the step that comes next (promote-full jumps to the last), or null after the last. */
export function nextStepIndex(rollout: Rollout): number | null {
  const last = rollout.plan.steps.length - 1;
  if (rollout.stepIndex >= last) return null;
  return rollout.promoteFull ? last : rollout.stepIndex + 1;
}

export function start(rollout: Rollout, observed: Weights, ttl: number | undefined, now: number): Decision {
  const { plan } = rollout;
  const drifted = driftUnlessHeld(
    rollout,
    plan.baselineWeights,
    observed,
    now,
    "The weights in AWS are not the ones the rollout was planned from.",
  );
  if (drifted) return drifted;

  const lowerTo = plan.target.kind === "route53-weighted" ? plan.dns?.lowerTtlTo : undefined;
  if (lowerTo !== undefined && ttl !== undefined && ttl > lowerTo) {
    const pendingWrite: PendingWrite = {
      purpose: "lower-ttl",
      weights: observed,
      from: observed,
      ttl: lowerTo,
      decidedAt: iso(now),
    };
    return {
      patch: { status: "preparing", pendingWrite, plan: { ...plan, dns: { ...plan.dns, oldTtl: ttl } } },
      events: [
        event(now, "started", `Preparing: lowering the TTL from ${ttl} s to ${lowerTo} s`, { ttl, lowerTo }),
      ],
      commands: writeCommands(pendingWrite, observed, ttl),
    };
  }
  return {
    patch: { status: "running", stepDueAt: iso(now) },
    events: [event(now, "started", "Started; the first step is due now")],
    commands: [],
  };
}

export function prepare(rollout: Rollout, observed: Weights, now: number): Decision {
  const drifted = driftUnlessHeld(rollout, rollout.desiredWeights, observed, now, CHANGED_OUTSIDE);
  if (drifted) return drifted;
  if (rollout.stepDueAt && now < Date.parse(rollout.stepDueAt)) return NOTHING;
  return {
    patch: { status: "running", stepDueAt: iso(now) },
    events: [event(now, "started", "Old TTL waited out; the first step is due now")],
    commands: [],
  };
}

/** While a step bakes: watch for drift, check the gates, and apply the next step when it is due. */
export function bake(rollout: Rollout, observation: Observation, observed: Weights, now: number): Decision {
  const { plan } = rollout;
  const drifted = driftUnlessHeld(rollout, rollout.desiredWeights, observed, now, CHANGED_OUTSIDE);
  if (drifted) return drifted;

  const next = nextStepIndex(rollout);
  const nextStep = next === null ? undefined : plan.steps[next];
  const nextWeights = nextStep ? weightsForStep(plan, nextStep) : null;
  const gates = evaluateGates(
    rollout,
    observation,
    now,
    observed,
    rollout.status === "running" ? nextWeights : null,
  );
  const analysisPatch: RolloutPatch = observation.metrics ? { lastAnalysisAt: iso(now) } : {};
  const gatePatch: RolloutPatch = sameGateResults(gates.results, rollout.lastGateResults)
    ? {}
    : { lastGateResults: gates.results };
  const quiet: Decision = Object.keys({ ...gatePatch, ...analysisPatch }).length
    ? { patch: { ...gatePatch, ...analysisPatch }, events: [], commands: [] }
    : NOTHING;

  if (gates.rollback)
    return startRollback(
      rollout,
      observed,
      gates.rollback,
      { ...gatePatch, ...analysisPatch, lastGateResults: gates.results },
      now,
    );

  const isDue = rollout.stepDueAt !== null && now >= Date.parse(rollout.stepDueAt);
  if (rollout.status !== "running" || !isDue) return quiet;

  const isOverridden = next !== null && rollout.approvedStepIndex === next;
  if (gates.noData && !isOverridden) {
    if (gates.noData.action === "fail")
      return startRollback(
        rollout,
        observed,
        gates.noData.failure,
        { ...gatePatch, lastGateResults: gates.results },
        now,
      );
    return {
      patch: { ...gatePatch, ...analysisPatch, status: "paused", pause: { from: "running", at: iso(now) } },
      events: [
        event(
          now,
          "paused",
          `Paused by the no-data policy: ${gates.noData.failure.summary}`,
          gates.noData.failure.values,
        ),
      ],
      commands: [],
    };
  }
  if (gates.holds.length > 0) return quiet;

  if (next === null || !nextStep || !nextWeights) {
    return {
      patch: {
        ...gatePatch,
        ...analysisPatch,
        status: "succeeded",
        stepDueAt: null,
        outcome: { summary: "Every step applied and baked with its gates passing" },
      },
      events: [event(now, "succeeded", "Last step baked with every gate passing")],
      commands: [],
    };
  }
  if (nextStep.requiresApproval && rollout.approvedStepIndex !== next) {
    return {
      patch: { ...gatePatch, ...analysisPatch, status: "awaiting-approval" },
      events: [
        event(now, "awaiting-approval", `Step ${next + 1} needs an approval before it is applied`, {
          stepIndex: next,
          weights: nextWeights,
        }),
      ],
      commands: [],
    };
  }

  const pendingWrite: PendingWrite = {
    purpose: "step",
    stepIndex: next,
    weights: nextWeights,
    from: observed,
    decidedAt: iso(now),
  };
  return {
    patch: { ...gatePatch, ...analysisPatch, pendingWrite },
    events: [
      event(now, "step-writing", `Applying step ${next + 1} of ${plan.steps.length}`, {
        stepIndex: next,
        from: observed,
        weights: nextWeights,
      }),
    ],
    commands: writeCommands(pendingWrite, observed, undefined),
  };
}
