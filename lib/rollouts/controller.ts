// The rollout state machine: pure. `decide` looks at one rollout and one observation of AWS and says what to
// record (a patch and events, written by the runner as one conditional update) and what to do next (commands).
//
// Invariants it keeps, whatever the runner's crashes:
// - A step is decided only when `stepDueAt` has passed, and its bake starts when AWS is seen holding it.
// - A write is first recorded as `pendingWrite` (with the weights AWS held then); after a crash, seeing those
//   old weights means "not written yet" (write again — the write is idempotent), seeing the new ones means
//   "written" (count it, once), seeing anything else means someone else changed them (drift, never overwritten).
// - Nothing counts as applied until read back from AWS (and, for Route 53, INSYNC).

import { evaluateGates, type GateFailure, sameGateResults } from "./gates";
import type { Command, Observation, PortFailure } from "./observation";
import type { RolloutPatch } from "./store";
import {
  CONTROLLER_ACTOR,
  isActiveStatus,
  type NewRolloutEvent,
  type PendingWrite,
  type Rollout,
  type RolloutEventKind,
  type Weights,
} from "./types";
import { weightDifferences, weightsEqual, weightsForStep } from "./weights";

export interface Decision {
  patch: RolloutPatch | null;
  events: NewRolloutEvent[];
  commands: Command[];
}

const NOTHING: Decision = { patch: null, events: [], commands: [] };
const STEP_BACKOFF_CAP_MS = 30_000;
const ROLLBACK_BACKOFF_CAP_MS = 5_000;

/** Delay before the next attempt of a failed write: 1 s, 2 s, 4 s… capped (rollbacks retry sooner). */
export function backoffMs(attempts: number, purpose: PendingWrite["purpose"]): number {
  const cap = purpose === "rollback" || purpose === "abort" ? ROLLBACK_BACKOFF_CAP_MS : STEP_BACKOFF_CAP_MS;
  return Math.min(cap, 1000 * 2 ** Math.max(0, attempts - 1));
}

/** The index of the step that comes next (promote-full jumps to the last), or null after the last. */
export function nextStepIndex(rollout: Rollout): number | null {
  const last = rollout.plan.steps.length - 1;
  if (rollout.stepIndex >= last) return null;
  return rollout.promoteFull ? last : rollout.stepIndex + 1;
}

function iso(now: number): string {
  return new Date(now).toISOString();
}

function event(
  now: number,
  kind: RolloutEventKind,
  reason: string,
  details?: Record<string, unknown>,
): NewRolloutEvent {
  return { at: iso(now), actor: CONTROLLER_ACTOR, kind, reason, ...(details ? { details } : {}) };
}

function writeCommands(pending: PendingWrite, expected: Weights, expectedTtl: number | undefined): Command[] {
  return [
    {
      kind: "write-weights",
      request: {
        expected,
        weights: pending.weights,
        ...(pending.ttl !== undefined ? { ttl: pending.ttl, expectedTtl } : {}),
      },
    },
    { kind: "wait-insync" },
    { kind: "read-back" },
  ];
}

/** Decides the next transition of one rollout from what AWS shows now. */
export function decide(rollout: Rollout, observation: Observation, now: number): Decision {
  if (!isActiveStatus(rollout.status)) return NOTHING;

  const reading = observation.weights;
  if (!reading.ok) return recordFailure(rollout, reading.error, now, null);

  const observed = reading.value.weights;
  const observedPatch: RolloutPatch =
    rollout.observedWeights && weightsEqual(rollout.observedWeights, observed)
      ? {}
      : { observedWeights: observed, observedAt: iso(now) };
  const decision = decideWithWeights(rollout, observation, observed, reading.value.ttl, now);
  if (!decision.patch && Object.keys(observedPatch).length === 0) return decision;
  return { ...decision, patch: { ...observedPatch, ...decision.patch } };
}

function decideWithWeights(
  rollout: Rollout,
  observation: Observation,
  observed: Weights,
  ttl: number | undefined,
  now: number,
): Decision {
  if (rollout.pendingWrite)
    return settlePendingWrite(rollout, rollout.pendingWrite, observation, observed, ttl, now);

  switch (rollout.status) {
    case "planned":
      return start(rollout, observed, ttl, now);
    case "preparing":
      return prepare(rollout, observed, now);
    case "running":
    case "awaiting-approval":
    case "paused":
      return bake(rollout, observation, observed, now);
    case "drifted":
      return watchDrift(rollout, observed, now);
    case "rolling-back":
      return beginRestore(rollout, "rollback", observed, now, rollout.outcome?.summary ?? "Rolling back");
    default:
      return NOTHING;
  }
}

/** Records a failed AWS call and when to try again (reads and writes alike); one event per failed write. */
function recordFailure(
  rollout: Rollout,
  error: PortFailure,
  now: number,
  purpose: PendingWrite["purpose"] | null,
): Decision {
  const attempts = (rollout.lastError?.attempts ?? 0) + 1;
  const lastError = {
    at: iso(now),
    message: error.message,
    code: error.code,
    attempts,
    nextRetryAt: iso(now + backoffMs(attempts, purpose ?? "step")),
  };
  const events = purpose
    ? [
        event(now, "write-failed", error.message, {
          code: error.code,
          attempts,
          retryable: error.retryable,
          purpose,
        }),
      ]
    : [];
  return { patch: { lastError }, events, commands: [] };
}

function isRetryDue(rollout: Rollout, now: number): boolean {
  return !rollout.lastError || now >= Date.parse(rollout.lastError.nextRetryAt);
}

function toDrift(
  rollout: Rollout,
  expected: Weights,
  actual: Weights,
  now: number,
  reason: string,
): Decision {
  const differences = weightDifferences(expected, actual);
  return {
    patch: {
      status: "drifted",
      drift: {
        detectedAt: iso(now),
        expected,
        actual,
        from: rollout.status === "drifted" ? (rollout.drift?.from ?? "paused") : rollout.status,
      },
      pendingWrite: null,
      lastError: null,
    },
    events: [event(now, "drift-detected", reason, { expected, actual, differences })],
    commands: [],
  };
}

/** Finishes (or retries, or gives up as drift) the write recorded in `pendingWrite`. */
function settlePendingWrite(
  rollout: Rollout,
  pending: PendingWrite,
  observation: Observation,
  observed: Weights,
  ttl: number | undefined,
  now: number,
): Decision {
  const lastWrite = observation.lastWrite;
  const isRestore =
    pending.purpose === "rollback" || pending.purpose === "abort" || pending.purpose === "restore";

  if (lastWrite && !lastWrite.ok) {
    if (lastWrite.isDrift && !isRestore) {
      return toDrift(
        rollout,
        pending.from,
        lastWrite.actual ?? observed,
        now,
        "AWS refused the write: its weights are no longer the ones the rollout expected.",
      );
    }
    return recordFailure(rollout, lastWrite.error, now, pending.purpose);
  }

  const isHeld =
    weightsEqual(observed, pending.weights) &&
    (pending.ttl === undefined || ttl === undefined || ttl <= pending.ttl);
  const changeId = (lastWrite?.ok ? lastWrite.changeId : undefined) ?? pending.changeId;
  const isInSync = !changeId || (lastWrite?.ok === true && lastWrite.insync === true);

  if (isHeld && isInSync) return verified(rollout, pending, now, ttl);
  if (isHeld) {
    if (lastWrite?.ok && lastWrite.insync === false) {
      // Written and visible, but Route 53 has not reported INSYNC yet: remember the change and ask again later.
      return {
        patch: {
          pendingWrite: { ...pending, changeId },
          lastError: {
            at: iso(now),
            message: "Route 53 has not finished propagating the change (not INSYNC yet).",
            code: "NotInSync",
            attempts: (rollout.lastError?.attempts ?? 0) + 1,
            nextRetryAt: iso(now),
          },
        },
        events: [],
        commands: [],
      };
    }
    return { patch: null, events: [], commands: [{ kind: "wait-insync", changeId }, { kind: "read-back" }] };
  }
  if (lastWrite?.ok) {
    return recordFailure(
      rollout,
      {
        code: "Unverified",
        message:
          "AWS accepted the write but does not show the new weights on read-back; the step does not count until it does.",
        retryable: true,
      },
      now,
      pending.purpose,
    );
  }
  if (!isRetryDue(rollout, now)) return NOTHING;

  if (isRestore) return { patch: null, events: [], commands: writeCommands(pending, observed, ttl) };
  if (weightsEqual(observed, pending.from))
    return { patch: null, events: [], commands: writeCommands(pending, pending.from, ttl) };
  return toDrift(
    rollout,
    pending.from,
    observed,
    now,
    "The weights in AWS changed outside the rollout before its write was verified.",
  );
}

function verified(rollout: Rollout, pending: PendingWrite, now: number, ttl: number | undefined): Decision {
  const base: RolloutPatch = { pendingWrite: null, lastError: null, desiredWeights: pending.weights };
  const { plan } = rollout;

  switch (pending.purpose) {
    case "step": {
      const stepIndex = pending.stepIndex ?? rollout.stepIndex + 1;
      const step = plan.steps[stepIndex];
      const dueAt = rollout.stepDueAt ? Date.parse(rollout.stepDueAt) : now;
      const details = {
        stepIndex,
        weights: pending.weights,
        dueAt: rollout.stepDueAt,
        delayMs: Math.max(0, now - dueAt),
      };
      const applied = event(
        now,
        "step-applied",
        `Step ${stepIndex + 1} of ${plan.steps.length} verified in AWS`,
        details,
      );
      const isLast = stepIndex === plan.steps.length - 1;
      if (isLast && rollout.promoteFull) {
        return {
          patch: {
            ...base,
            stepIndex,
            stepStartedAt: iso(now),
            stepDueAt: null,
            status: "succeeded",
            outcome: { summary: "Promoted fully: the canary takes all traffic" },
          },
          events: [applied, event(now, "succeeded", "Promoted fully")],
          commands: [],
        };
      }
      return {
        patch: {
          ...base,
          stepIndex,
          stepStartedAt: iso(now),
          stepDueAt: iso(now + (step?.bakeSeconds ?? 0) * 1000),
          lastAnalysisAt: iso(now),
          lastGateResults: rollout.lastGateResults.filter(
            (result) => result.gate !== "analysis" && result.gate !== "approval",
          ),
          approvedStepIndex:
            rollout.approvedStepIndex !== null && rollout.approvedStepIndex > stepIndex
              ? rollout.approvedStepIndex
              : null,
          ...(rollout.pause ? { pause: { ...rollout.pause, at: iso(now) } } : {}),
        },
        events: [applied],
        commands: [],
      };
    }
    case "lower-ttl": {
      const oldTtl = plan.dns?.oldTtl ?? 0;
      return {
        patch: { ...base, ttlLoweredAt: iso(now), stepDueAt: iso(now + oldTtl * 1000) },
        events: [
          event(
            now,
            "ttl-lowered",
            `TTL lowered to ${ttl ?? pending.ttl} s; waiting out the old TTL of ${oldTtl} s before the first step`,
            { ttl: ttl ?? pending.ttl, oldTtl },
          ),
        ],
        commands: [],
      };
    }
    case "rollback":
      return {
        patch: { ...base, status: "rolled-back", stepDueAt: null, pause: null },
        events: [
          event(now, "rolled-back", "Baseline weights restored and verified in AWS", {
            weights: pending.weights,
          }),
        ],
        commands: [],
      };
    case "abort":
      return {
        patch: { ...base, status: "aborted", stepDueAt: null, pause: null },
        events: [
          event(now, "aborted", "Baseline weights restored and verified in AWS", {
            weights: pending.weights,
          }),
        ],
        commands: [],
      };
    case "restore":
      return {
        patch: base,
        events: [
          event(now, "drift-restored", "Planned weights restored and verified in AWS", {
            weights: pending.weights,
          }),
        ],
        commands: [],
      };
  }
}

function start(rollout: Rollout, observed: Weights, ttl: number | undefined, now: number): Decision {
  const { plan } = rollout;
  if (!weightsEqual(observed, plan.baselineWeights)) {
    return toDrift(
      rollout,
      plan.baselineWeights,
      observed,
      now,
      "The weights in AWS are not the ones the rollout was planned from.",
    );
  }

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

function prepare(rollout: Rollout, observed: Weights, now: number): Decision {
  if (!weightsEqual(observed, rollout.desiredWeights)) {
    return toDrift(
      rollout,
      rollout.desiredWeights,
      observed,
      now,
      "The weights in AWS changed outside the rollout.",
    );
  }
  if (rollout.stepDueAt && now < Date.parse(rollout.stepDueAt)) return NOTHING;
  return {
    patch: { status: "running", stepDueAt: iso(now) },
    events: [event(now, "started", "Old TTL waited out; the first step is due now")],
    commands: [],
  };
}

/** While a step bakes: watch for drift, check the gates, and apply the next step when it is due. */
function bake(rollout: Rollout, observation: Observation, observed: Weights, now: number): Decision {
  const { plan } = rollout;
  if (!weightsEqual(observed, rollout.desiredWeights)) {
    return toDrift(
      rollout,
      rollout.desiredWeights,
      observed,
      now,
      "The weights in AWS changed outside the rollout.",
    );
  }

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

function startRollback(
  rollout: Rollout,
  observed: Weights,
  failure: GateFailure,
  extra: RolloutPatch,
  now: number,
): Decision {
  const outcome = { summary: `Rolled back: ${failure.summary}`, gate: failure.gate, values: failure.values };
  const restore = beginRestore({ ...rollout, outcome }, "rollback", observed, now, outcome.summary);
  return {
    patch: { ...extra, ...restore.patch, outcome },
    events: [
      event(now, "gate-failed", failure.summary, { gate: failure.gate, values: failure.values }),
      ...restore.events,
    ],
    commands: restore.commands,
  };
}

/** Starts writing the baseline weights back (rollback or abort), whatever AWS holds now. */
export function beginRestore(
  rollout: Rollout,
  purpose: "rollback" | "abort",
  observed: Weights,
  now: number,
  reason: string,
): Decision {
  const baseline = rollout.plan.baselineWeights;
  const pendingWrite: PendingWrite = { purpose, weights: baseline, from: observed, decidedAt: iso(now) };
  return {
    patch: {
      status: "rolling-back",
      desiredWeights: baseline,
      pendingWrite,
      pause: null,
      drift: null,
      lastError: null,
    },
    events:
      purpose === "rollback"
        ? [event(now, "rollback-started", reason, { from: observed, weights: baseline })]
        : [],
    commands: weightsEqual(observed, baseline) ? [] : writeCommands(pendingWrite, observed, undefined),
  };
}

function watchDrift(rollout: Rollout, observed: Weights, now: number): Decision {
  const drift = rollout.drift;
  if (!drift) return NOTHING;
  if (weightsEqual(observed, drift.expected)) {
    return {
      patch: { status: drift.from, drift: null },
      events: [event(now, "drift-restored", "The weights in AWS are back to what the rollout expected")],
      commands: [],
    };
  }
  if (!weightsEqual(observed, drift.actual)) {
    return {
      patch: { drift: { ...drift, actual: observed } },
      events: [
        event(now, "drift-detected", "The weights in AWS changed again", {
          expected: drift.expected,
          actual: observed,
          differences: weightDifferences(drift.expected, observed),
        }),
      ],
      commands: [],
    };
  }
  return NOTHING;
}
