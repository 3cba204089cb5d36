// What one transition of the rollout state machine returns, and the building blocks every transition shares:
// events stamped by the controller, the write → INSYNC → read-back command sequence, and failure backoff.

import type { Command, PortFailure } from "./observation";
import type { RolloutPatch } from "./store";
import {
  CONTROLLER_ACTOR,
  type NewRolloutEvent,
  type PendingWrite,
  type Rollout,
  type RolloutEventKind,
  type Weights,
} from "./types";

export interface Decision {
  patch: RolloutPatch | null;
  events: NewRolloutEvent[];
  commands: Command[];
}

export const NOTHING: Decision = { patch: null, events: [], commands: [] };

const STEP_BACKOFF_CAP_MS = 30_000;

const ROLLBACK_BACKOFF_CAP_MS = 5_000;

/** Delay before the next attempt of a failed write: 1 s, 2 s, 4 s… capped (rollbacks retry sooner). */
export function backoffMs(attempts: number, purpose: PendingWrite["purpose"]): number {
  const cap = purpose === "rollback" || purpose === "abort" ? ROLLBACK_BACKOFF_CAP_MS : STEP_BACKOFF_CAP_MS;
  return Math.min(cap, 1000 * 2 ** Math.max(0, attempts - 1));
}

export function iso(now: number): string {
  return new Date(now).toISOString();
}

export function event(
  now: number,
  kind: RolloutEventKind,
  reason: string,
  details?: Record<string, unknown>,
): NewRolloutEvent {
  return { at: iso(now), actor: CONTROLLER_ACTOR, kind, reason, ...(details ? { details } : {}) };
}

export function writeCommands(
  pending: PendingWrite,
  expected: Weights,
  expectedTtl: number | undefined,
): Command[] {
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

/** Records a failed AWS call and when to try again (reads and writes alike); one event per failed write. */
export function recordFailure(
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

export function isRetryDue(rollout: Rollout, now: number): boolean {
  return !rollout.lastError || now >= Date.parse(rollout.lastError.nextRetryAt);
}
