// Operator commands as pure transitions: validate against the rollout's status, then a patch and an event
// carrying the actor and the reason. The operations module writes them with a conditional update.

import { beginRestore } from "./restore";
import type { RolloutPatch } from "./store";
import type { NewRolloutEvent, Rollout, RolloutEventKind, RolloutStatus } from "./types";

export const OPERATOR_COMMANDS = [
  "pause",
  "resume",
  "promote",
  "promote-full",
  "abort",
  "approve",
  "adopt-drift",
  "restore-planned",
] as const;

export type OperatorCommand = (typeof OPERATOR_COMMANDS)[number];

const ALLOWED_FROM: Record<OperatorCommand, readonly RolloutStatus[]> = {
  pause: ["planned", "preparing", "running", "awaiting-approval"],
  resume: ["paused"],
  promote: ["running", "awaiting-approval", "paused"],
  "promote-full": ["running", "awaiting-approval", "paused"],
  abort: ["planned", "preparing", "running", "awaiting-approval", "paused", "drifted"],
  approve: ["awaiting-approval"],
  "adopt-drift": ["drifted"],
  "restore-planned": ["drifted"],
};

const EVENT_OF: Record<OperatorCommand, RolloutEventKind> = {
  pause: "paused",
  resume: "resumed",
  promote: "promoted",
  "promote-full": "promoted-full",
  abort: "abort-requested",
  approve: "approved",
  "adopt-drift": "drift-adopted",
  "restore-planned": "drift-restored",
};

/** The commands an operator may give the rollout now (which buttons to show). */
export function allowedCommands(rollout: Rollout): OperatorCommand[] {
  return OPERATOR_COMMANDS.filter((command) => ALLOWED_FROM[command].includes(rollout.status));
}

export type CommandTransition =
  | { ok: true; patch: RolloutPatch; events: NewRolloutEvent[] }
  | { ok: false; code: "invalid-transition" | "reason-required" | "write-in-progress"; message: string };

const STATUS_WORDS: Record<RolloutStatus, string> = {
  planned: "planned",
  preparing: "preparing",
  running: "running",
  "awaiting-approval": "waiting for approval",
  paused: "paused",
  drifted: "paused on drift",
  "rolling-back": "rolling back",
  "rolled-back": "rolled back",
  succeeded: "finished",
  aborted: "aborted",
  failed: "failed",
};

/** Validates a command against the rollout and returns what to record; never touches AWS itself. */
export function applyOperatorCommand(
  rollout: Rollout,
  command: OperatorCommand,
  actor: string,
  reason: string,
  now: number,
): CommandTransition {
  const trimmed = reason.trim();
  if (!trimmed)
    return { ok: false, code: "reason-required", message: "Say why: every rollout command needs a reason." };
  if (!ALLOWED_FROM[command].includes(rollout.status)) {
    return {
      ok: false,
      code: "invalid-transition",
      message: `Cannot ${command.replace("-", " ")} a rollout that is ${STATUS_WORDS[rollout.status]}.`,
    };
  }

  const at = new Date(now).toISOString();
  const lastIndex = rollout.plan.steps.length - 1;
  const record = (patch: RolloutPatch, details?: Record<string, unknown>): CommandTransition => ({
    ok: true,
    patch,
    events: [{ at, actor, kind: EVENT_OF[command], reason: trimmed, ...(details ? { details } : {}) }],
  });

  switch (command) {
    case "pause":
      return record({ status: "paused", pause: { from: rollout.status, at } });
    case "resume": {
      const pause = rollout.pause;
      const pausedMs = pause ? Math.max(0, now - Date.parse(pause.at)) : 0;
      // The bake does not run while paused: the step stays due as long after the resume as it was before the pause.
      const stepDueAt = rollout.stepDueAt
        ? new Date(Date.parse(rollout.stepDueAt) + pausedMs).toISOString()
        : null;
      return record({ status: pause?.from ?? "running", pause: null, stepDueAt }, { pausedMs });
    }
    case "promote": {
      const next = rollout.stepIndex + 1;
      return record(
        { status: "running", pause: null, stepDueAt: at, approvedStepIndex: next <= lastIndex ? next : null },
        { stepIndex: next },
      );
    }
    case "promote-full":
      return record(
        { status: "running", pause: null, stepDueAt: at, promoteFull: true, approvedStepIndex: lastIndex },
        { stepIndex: lastIndex },
      );
    case "approve":
      return record(
        { status: "running", approvedStepIndex: rollout.stepIndex + 1 },
        { stepIndex: rollout.stepIndex + 1 },
      );
    case "abort": {
      const observed = rollout.drift?.actual ?? rollout.observedWeights ?? rollout.desiredWeights;
      const restore = beginRestore(rollout, "abort", observed, now, trimmed);
      return record({ ...restore.patch, outcome: { summary: `Aborted by ${actor}: ${trimmed}` } });
    }
    case "adopt-drift": {
      const drift = rollout.drift;
      if (!drift) return { ok: false, code: "invalid-transition", message: "There is no drift to adopt." };
      const isBeforeStart = drift.from === "planned";
      return record(
        {
          status: drift.from,
          drift: null,
          desiredWeights: drift.actual,
          ...(isBeforeStart ? { plan: { ...rollout.plan, baselineWeights: drift.actual } } : {}),
        },
        { adopted: drift.actual, replaced: drift.expected },
      );
    }
    case "restore-planned": {
      const drift = rollout.drift;
      if (!drift) return { ok: false, code: "invalid-transition", message: "There is no drift to undo." };
      return record(
        {
          status: drift.from,
          drift: null,
          pendingWrite: { purpose: "restore", weights: drift.expected, from: drift.actual, decidedAt: at },
          lastError: null,
        },
        { restoring: drift.expected, replacing: drift.actual },
      );
    }
  }
}
