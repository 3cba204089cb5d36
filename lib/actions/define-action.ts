import type { z } from "zod";

import type { ActionResult } from "@/lib/action-result";
import { auditStore } from "@/lib/audit";
import { type Actor, can, currentActor, type Permission } from "@/lib/auth/actor";
import { AwsError } from "@/lib/aws/errors";

import { formDataToObject } from "./form-data";
import { fieldErrorsOf } from "./zod-errors";

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

/** A failure the action itself detected (not a validation or AWS error), e.g. a concurrent edit. */
export class ActionRefusal extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** Structured, JSON-safe facts for the UI and the audit log (e.g. what changed concurrently). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
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

function withoutSecrets(values: unknown, secretKeys: string[] | undefined): Record<string, unknown> | undefined {
  if (typeof values !== "object" || values === null) return undefined;
  const copy = { ...(values as Record<string, unknown>) };
  for (const key of secretKeys ?? []) delete copy[key];
  return copy;
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
    const actor = currentActor();
    const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
    const echoed = withoutSecrets(raw, spec.secretKeys);
    const audit = auditStore();

    if (!can(actor, spec.permission)) {
      audit.append({ actor: actor.id, action: spec.name, target: "-", outcome: "denied", summary: `Lacks ${spec.permission}` });
      return { status: "error", code: "Forbidden", message: `You are not allowed to do this (needs "${spec.permission}").`, values: echoed };
    }

    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      return {
        status: "error",
        code: "InvalidInput",
        message: "Some fields need attention: nothing was sent to AWS.",
        fieldErrors: fieldErrorsOf(parsed.error),
        values: echoed,
      };
    }

    const input = parsed.data;
    const target = spec.target(input);
    try {
      const outcome = await spec.run(input, { actor });
      audit.append({ actor: actor.id, action: spec.name, target, outcome: "success", summary: outcome.summary, details: outcome.details });
      if (spec.revalidate) {
        const { revalidatePath } = await import("next/cache");
        for (const path of spec.revalidate(input)) revalidatePath(path);
      }
      return { status: "success", data: outcome.data, message: outcome.message ?? outcome.summary };
    } catch (error) {
      if (error instanceof AwsError || error instanceof ActionRefusal) {
        const code = error instanceof AwsError ? error.code : error.code;
        const details: Record<string, unknown> = { code };
        if (error instanceof AwsError && error.requestId) details.requestId = error.requestId;
        if (error instanceof ActionRefusal && error.details) Object.assign(details, error.details, { code });
        audit.append({ actor: actor.id, action: spec.name, target, outcome: "failure", summary: error.message, details });
        return {
          status: "error",
          code,
          message: error.message,
          fieldErrors: error instanceof ActionRefusal ? error.fieldErrors : undefined,
          ...(error instanceof ActionRefusal && error.details ? { details: error.details } : {}),
          values: echoed,
        };
      }
      audit.append({ actor: actor.id, action: spec.name, target, outcome: "failure", summary: "Unexpected error", details: { error: String(error) } });
      throw error;
    }
  };
}
