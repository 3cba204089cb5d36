// What the console's server actions call: start a rollout and give operator commands. Each validates, then
// makes one conditional update carrying the actor and the reason (the action wrapper writes the audit entry).

import { applyOperatorCommand, type OperatorCommand } from "./commands";
import { rolloutStore } from "./index";
import { validatePlan } from "./plan-validation";
import { wakeRolloutController } from "./process";
import { RolloutNotFoundError, type RolloutStore, RolloutVersionConflictError } from "./store";
import type { Rollout, RolloutPlan } from "./types";

/** A command the rollout cannot take now (wrong status, no reason, invalid plan). */
export class RolloutCommandRefused extends Error {
  constructor(
    message: string,
    readonly code:
      "invalid-transition" | "reason-required" | "write-in-progress" | "invalid-plan" | "not-found",
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "RolloutCommandRefused";
  }
}

export interface CommandInput {
  rolloutId: string;
  actor: string;
  reason: string;
  /** The version the operator saw: refuse if the rollout moved since (omit to act on the latest). */
  expectedVersion?: number;
  now?: number;
}

/** Creates a rollout from a valid plan; the controller starts it on its next tick (woken at once). */
export async function startRollout(
  input: { plan: RolloutPlan; actor: string; reason: string; id?: string },
  store: RolloutStore = rolloutStore(),
): Promise<Rollout> {
  const problems = validatePlan(input.plan);
  if (problems.length > 0) {
    throw new RolloutCommandRefused(problems.map((problem) => problem.message).join(" "), "invalid-plan", {
      problems,
    });
  }
  if (!input.reason.trim())
    throw new RolloutCommandRefused("Say why: a rollout needs a reason.", "reason-required");
  const rollout = await store.create({
    id: input.id,
    plan: input.plan,
    createdBy: input.actor,
    reason: input.reason.trim(),
  });
  wakeRolloutController();
  return rollout;
}

/** Validates and records one operator command as a conditional update. */
export async function runOperatorCommand(
  input: CommandInput & { command: OperatorCommand },
  store: RolloutStore = rolloutStore(),
): Promise<Rollout> {
  const rollout = await store.get(input.rolloutId);
  if (!rollout)
    throw new RolloutCommandRefused(new RolloutNotFoundError(input.rolloutId).message, "not-found");
  if (input.expectedVersion !== undefined && input.expectedVersion !== rollout.version) {
    throw new RolloutVersionConflictError(rollout.id, input.expectedVersion, rollout.version);
  }

  const transition = applyOperatorCommand(
    rollout,
    input.command,
    input.actor,
    input.reason,
    input.now ?? Date.now(),
  );
  if (!transition.ok) throw new RolloutCommandRefused(transition.message, transition.code);
  const updated = await store.update(rollout.id, rollout.version, transition.patch, transition.events);
  wakeRolloutController();
  return updated;
}

type Command = (input: CommandInput, store?: RolloutStore) => Promise<Rollout>;
const commandOf =
  (command: OperatorCommand): Command =>
  (input, store) =>
    runOperatorCommand({ ...input, command }, store);

export const pauseRollout = commandOf("pause");
export const resumeRollout = commandOf("resume");
/** Applies the next step now (counts as its approval). */
export const promoteRollout = commandOf("promote");
/** Applies the last step now and finishes without baking it. */
export const promoteRolloutFully = commandOf("promote-full");
/** Restores the baseline weights and ends the rollout as aborted. */
export const abortRollout = commandOf("abort");
export const approveRolloutStep = commandOf("approve");
/** Accepts the weights someone set outside the rollout as its current ones. */
export const adoptRolloutDrift = commandOf("adopt-drift");
/** Writes the planned weights back over the ones set outside the rollout. */
export const restorePlannedWeights = commandOf("restore-planned");
