// Going back to the baseline weights: a rollback (a gate failed) or an abort (an operator asked).

import { type Decision, event, iso, writeCommands } from "./decision";
import type { GateFailure } from "./gates";
import type { RolloutPatch } from "./store";
import type { PendingWrite, Rollout, Weights } from "./types";
import { weightsEqual } from "./weights";

export function startRollback(
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
