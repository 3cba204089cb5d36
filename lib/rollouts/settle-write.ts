// Settling the write recorded in `pendingWrite`: count it once AWS shows it (and Route 53 reports INSYNC), write
// again if AWS still holds the old weights, and stop as drift if it holds anything else.

import { type Decision, event, iso, isRetryDue, NOTHING, recordFailure, writeCommands } from "./decision";
import { toDrift } from "./drift";
import type { Observation } from "./observation";
import type { RolloutPatch } from "./store";
import type { PendingWrite, Rollout, Weights } from "./types";
import { weightsEqual } from "./weights";

/** Finishes (or retries, or gives up as drift) the write recorded in `pendingWrite`. */
export function settlePendingWrite(
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
