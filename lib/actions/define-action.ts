import type { z } from "zod";

import type { ActionResult } from "@/lib/action-result";
import { auditStore } from "@/lib/audit";
import { PARTIAL_OUTCOME, PartialOutcome } from "@/lib/errors/partial-outcome";
import { type Actor, can, currentActor, type Permission } from "@/lib/auth/actor";

import { deniedResult, expectedFailure, parseInput, rawInput, withoutSecrets } from "./pipeline";

// Kept here so existing `import { ActionRefusal } from "@/lib/actions/define-action"` go on working; lib code
// (lib/aws…) imports it from lib/errors, which depends on nothing above it.
export { ActionRefusal } from "@/lib/errors/action-refusal";

export interface ActionContext {
  actor: Actor;
}

export interface ActionOutcome<T> {
  data: T;
  /** One line for the audit log, e.g. "Created A record img.example.com (weighted, blue)". */
  summary: string;
  details?: Record<string, unknown>;
  /** Shown to the user; defaults to the summary. */
  message?: string;
}

export interface ActionSpec<Schema extends z.ZodType, T> {
  /** Stable name for the audit log, e.g. "route53.applyRecordChanges". */
  name: string;
  schema: Schema;
  permission: Permission;
  /** What the action changes, for the audit log (a zone id, an ARN…). */
  target: (input: z.output<Schema>) => string;
  run: (input: z.output<Schema>, context: ActionContext) => Promise<ActionOutcome<T>>;
  /** Paths to revalidate after success. */
  revalidate?: (input: z.output<Schema>) => string[];
  /** Keys never echoed back nor written to the audit log (private keys, secrets). */
  secretKeys?: string[];
}

/**
 * Wraps a server action: authorise, validate with zod, run, audit, revalidate, and always return a
 * typed ActionResult. Unexpected errors are audited and rethrown to the route's error boundary.
 */
export function defineAction<Schema extends z.ZodType, T>(spec: ActionSpec<Schema, T>) {
  return async function action(
    _previous: ActionResult<T> | undefined,
    payload: FormData | z.input<Schema>,
  ): Promise<ActionResult<T>> {
    const actor = await currentActor();
    const raw = rawInput(payload);
    const echoed = withoutSecrets(raw, spec.secretKeys);
    const audit = auditStore();

    if (!can(actor, spec.permission)) {
      audit.append({
        actor: actor.id,
        action: spec.name,
        target: "-",
        outcome: "denied",
        summary: `Lacks ${spec.permission}`,
      });
      return deniedResult(spec.permission, undefined, echoed);
    }

    const parsed = parseInput(spec.schema, raw, echoed);
    if (!parsed.ok) {
      // Only the field names and our own messages: the refused values may hold secrets or junk.
      const fields = Object.keys(parsed.result.fieldErrors ?? {}).slice(0, 20);
      audit.append({
        actor: actor.id,
        action: spec.name,
        target: "-",
        outcome: "invalid",
        summary: `Refused invalid input (${fields.join(", ") || "whole input"})`,
        details: {
          fieldErrors: Object.fromEntries(fields.map((field) => [field, parsed.result.fieldErrors?.[field]])),
        },
      });
      return parsed.result;
    }

    const input = parsed.input;
    const target = spec.target(input);
    try {
      const outcome = await spec.run(input, { actor });
      audit.append({
        actor: actor.id,
        action: spec.name,
        target,
        outcome: "success",
        summary: outcome.summary,
        details: outcome.details,
      });
      await revalidate(spec, input);
      return { status: "success", data: outcome.data, message: outcome.message ?? outcome.summary };
    } catch (error) {
      if (error instanceof PartialOutcome) {
        audit.append({
          actor: actor.id,
          action: spec.name,
          target,
          outcome: "partial",
          summary: error.message,
          details: { ...error.details },
        });
        // Something did change: pages showing it must not keep the old state.
        await revalidate(spec, input);
        return {
          status: "partial",
          code: PARTIAL_OUTCOME,
          message: error.message,
          partial: error.details,
          values: echoed,
        };
      }
      const failure = expectedFailure(error, echoed);
      if (failure) {
        audit.append({
          actor: actor.id,
          action: spec.name,
          target,
          outcome: "failure",
          summary: failure.result.message,
          details: failure.audit,
        });
        return failure.result;
      }
      audit.append({
        actor: actor.id,
        action: spec.name,
        target,
        outcome: "failure",
        summary: "Unexpected error: whether AWS applied the change is not known",
        details: { error: String(error) },
      });
      throw error;
    }
  };
}

async function revalidate<Schema extends z.ZodType, T>(spec: ActionSpec<Schema, T>, input: z.output<Schema>) {
  if (!spec.revalidate) return;
  const { revalidatePath } = await import("next/cache");
  for (const path of spec.revalidate(input)) revalidatePath(path);
}
