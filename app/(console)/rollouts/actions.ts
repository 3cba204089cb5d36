"use server";

import { z } from "zod";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { defineQuery } from "@/lib/actions/define-query";
import { ActiveRolloutExistsError, rolloutStore, RolloutVersionConflictError } from "@/lib/rollouts";
import { RolloutCommandRefused, runOperatorCommand, startRollout } from "@/lib/rollouts/operations";
import { buildPlan, targetLabel } from "@/lib/rollouts/planner-target";
import { targetKey } from "@/lib/rollouts/types";
import { weightsEqual } from "@/lib/rollouts/weights";
import { rolloutCommandSchema, startRolloutSchema } from "@/lib/schemas/rollout";

import { loadRolloutTarget } from "./_lib/load-target";
import { liveRolloutOf } from "./_lib/live";

const COMMAND_WORDS: Record<string, string> = {
  pause: "Paused",
  resume: "Resumed",
  promote: "Promoted to the next step",
  "promote-full": "Promoted fully",
  abort: "Aborted",
  approve: "Approved the next step of",
  "adopt-drift": "Adopted the outside weights into",
  "restore-planned": "Restoring the planned weights of",
};

function refusalOf(error: unknown): ActionRefusal | undefined {
  if (error instanceof ActiveRolloutExistsError) {
    return new ActionRefusal(error.message, "active-rollout-exists", undefined, {
      existingRolloutId: error.existingRolloutId,
    });
  }
  if (error instanceof RolloutVersionConflictError) {
    return new ActionRefusal(
      "The rollout moved on since this page showed it (the controller or someone else acted). Look at its state again before you act.",
      "conflict",
    );
  }
  if (error instanceof RolloutCommandRefused) {
    const fieldErrors = error.code === "reason-required" ? { reason: [error.message] } : undefined;
    return new ActionRefusal(error.message, error.code, fieldErrors, error.details);
  }
  return undefined;
}

export const startRolloutAction = defineAction({
  name: "rollouts.start",
  schema: startRolloutSchema,
  permission: "run-rollouts",
  target: (input) => targetKey(input.target),
  run: async (input, { actor }) => {
    // The plan is built again from a fresh read: what is stored is what AWS holds now, not what the page saw.
    const loaded = await loadRolloutTarget(input.target);
    const built = buildPlan(loaded, input);
    if (!built.ok)
      throw new ActionRefusal(built.problems.join(" "), "invalid-plan", { strategy: built.problems });
    if (input.seenWeights && !weightsEqual(input.seenWeights, built.plan.baselineWeights)) {
      throw new ActionRefusal(
        "The weights changed since you planned this rollout. Review the plan on the weights that stand now, then start it.",
        "conflict",
        undefined,
        {
          seen: input.seenWeights,
          now: built.plan.baselineWeights,
        },
      );
    }
    try {
      const rollout = await startRollout({ plan: built.plan, actor: actor.id, reason: input.reason });
      const label = (id: string) => built.plan.backends.find((backend) => backend.id === id)?.label ?? id;
      return {
        data: { id: rollout.id },
        summary: `Started rollout ${rollout.id} on ${targetLabel(input.target)}: ${label(input.stableId)} → ${label(input.canaryId)} in ${built.plan.steps.length} steps`,
        details: {
          rolloutId: rollout.id,
          baselineWeights: built.plan.baselineWeights,
          steps: built.plan.steps.length,
        },
      };
    } catch (error) {
      throw refusalOf(error) ?? error;
    }
  },
  revalidate: () => ["/rollouts"],
});

export const rolloutCommandAction = defineAction({
  name: "rollouts.command",
  schema: rolloutCommandSchema,
  permission: "run-rollouts",
  target: (input) => `rollout ${input.id}`,
  run: async (input, { actor }) => {
    try {
      const rollout = await runOperatorCommand({
        rolloutId: input.id,
        command: input.command,
        actor: actor.id,
        reason: input.reason,
        expectedVersion: input.expectedVersion,
      });
      return {
        data: { id: rollout.id, status: rollout.status, version: rollout.version },
        summary: `${COMMAND_WORDS[input.command] ?? input.command} rollout ${rollout.id}: ${input.reason}`,
        details: { command: input.command, status: rollout.status },
      };
    } catch (error) {
      throw refusalOf(error) ?? error;
    }
  },
  revalidate: (input) => ["/rollouts", `/rollouts/${input.id}`],
});

/** The live view's poll: the rollout, its history and chart points (local store only, no AWS call). */
export const readLiveRolloutQuery = defineQuery({
  name: "rollouts.readLive",
  schema: z.object({ id: z.string().min(1).max(100) }),
  run: async ({ id }) => {
    const live = await liveRolloutOf(rolloutStore(), id);
    if (!live) throw new ActionRefusal(`No rollout ${id}.`, "not-found");
    return live;
  },
});
