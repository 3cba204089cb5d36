// The rollout state machine: pure. `decide` looks at one rollout and one observation of AWS and says what to
// record (a patch and events, written by the runner as one conditional update) and what to do next (commands).
//
// Invariants it keeps, whatever the runner's crashes:
// - A step is decided only when `stepDueAt` has passed, and its bake starts when AWS is seen holding it.
// - A write is first recorded as `pendingWrite` (with the weights AWS held then); after a crash, seeing those
//   old weights means "not written yet" (write again — the write is idempotent), seeing the new ones means
//   "written" (count it, once), seeing anything else means someone else changed them (drift, never overwritten).
// - Nothing counts as applied until read back from AWS (and, for Route 53, INSYNC).

import { type Decision, iso, NOTHING, recordFailure } from "./decision";
import { watchDrift } from "./drift";
import type { Observation } from "./observation";
import { beginRestore } from "./restore";
import { settlePendingWrite } from "./settle-write";
import { bake, prepare, start } from "./step-transitions";
import type { RolloutPatch } from "./store";
import { isActiveStatus, type Rollout, type Weights } from "./types";
import { weightsEqual } from "./weights";

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
