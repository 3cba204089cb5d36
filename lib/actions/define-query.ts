import type { z } from "zod";

import type { ActionResult } from "@/lib/action-result";
import { type Actor, can, currentActor, type Permission } from "@/lib/auth/actor";

import { deniedResult, expectedFailure, parseInput, rawInput, withoutSecrets } from "./pipeline";

export interface QueryContext {
  actor: Actor;
}

export interface QuerySpec<Schema extends z.ZodType, T> {
  /** Stable name, e.g. "route53.previewRecordChange" (for logs; queries are not audited). */
  name: string;
  schema: Schema;
  /** Defaults to "read". A preview of a change may ask for the change's permission, so a refusal comes early. */
  permission?: Permission;
  /** Replaces the generic "You are not allowed…" sentence. */
  deniedMessage?: string;
  /** Reads and computes; throw `ActionRefusal` or let `AwsError` through for expected failures. */
  run: (input: z.output<Schema>, context: QueryContext) => Promise<T>;
  /** Keys never echoed back (private keys, secrets). */
  secretKeys?: string[];
}

/**
 * Wraps a read-only server call (a preview, a live check): authorise, validate with zod, run, and return the same
 * typed ActionResult as `defineAction` — with no audit entry and no revalidation, because nothing changes.
 * Unexpected errors throw to the route's error boundary.
 */
export function defineQuery<Schema extends z.ZodType, T>(spec: QuerySpec<Schema, T>) {
  const permission = spec.permission ?? "read";
  return async function query(
    _previous: ActionResult<T> | undefined,
    payload: FormData | z.input<Schema>,
  ): Promise<ActionResult<T>> {
    const actor = await currentActor();
    const raw = rawInput(payload);
    const echoed = withoutSecrets(raw, spec.secretKeys);

    if (!can(actor, permission)) return deniedResult(permission, spec.deniedMessage, echoed);

    const parsed = parseInput(spec.schema, raw, echoed);
    if (!parsed.ok) return parsed.result;

    try {
      return { status: "success", data: await spec.run(parsed.input, { actor }) };
    } catch (error) {
      const failure = expectedFailure(error, echoed);
      if (failure) return failure.result;
      console.error(`[query] ${spec.name} failed unexpectedly: ${String(error)}`);
      throw error;
    }
  };
}
