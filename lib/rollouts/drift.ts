// Drift: the weights in AWS are not the ones the rollout expects. The rollout stops and watches; it never
// overwrites someone else's change, and resumes by itself when AWS holds the expected weights again.

import { type Decision, event, iso, NOTHING } from "./decision";
import type { Rollout, Weights } from "./types";
import { weightDifferences, weightsEqual } from "./weights";

export function toDrift(
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

/** The rollout's weights were changed by someone else: said the same way wherever the controller notices it. */
export const CHANGED_OUTSIDE = "The weights in AWS changed outside the rollout.";

/** Drift when AWS does not hold `expected`, or null when it does. */
export function driftUnlessHeld(
  rollout: Rollout,
  expected: Weights,
  observed: Weights,
  now: number,
  reason: string,
): Decision | null {
  return weightsEqual(observed, expected) ? null : toDrift(rollout, expected, observed, now, reason);
}

export function watchDrift(rollout: Rollout, observed: Weights, now: number): Decision {
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
