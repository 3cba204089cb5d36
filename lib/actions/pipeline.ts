import type { z } from "zod";

import type { ActionError } from "@/lib/action-result";
import type { Permission } from "@/lib/auth/actor";
import { AwsError } from "@/lib/aws/errors";
import { ActionRefusal } from "@/lib/errors/action-refusal";

import { formDataToObject } from "./form-data";
import { INVALID_INPUT_MESSAGE } from "./form-messages";
import { fieldErrorsOf } from "./zod-errors";

export { INVALID_INPUT_MESSAGE };

/** The payload as a plain object for zod (FormData is flattened). */
export function rawInput(payload: unknown): unknown {
  return payload instanceof FormData ? formDataToObject(payload) : payload;
}

/** The submitted values without secrets, echoed back so a form React has reset can show them again. */
export function withoutSecrets(
  values: unknown,
  secretKeys: readonly string[] | undefined,
): Record<string, unknown> | undefined {
  if (typeof values !== "object" || values === null) return undefined;
  const copy = { ...(values as Record<string, unknown>) };
  for (const key of secretKeys ?? []) delete copy[key];
  return copy;
}

/** The result for a caller who lacks the permission. */
export function deniedResult(
  permission: Permission,
  message: string | undefined,
  values: Record<string, unknown> | undefined,
): ActionError {
  return {
    status: "error",
    code: "Forbidden",
    message: message ?? `You are not allowed to do this (needs "${permission}").`,
    values,
  };
}

/** Validates with zod: the parsed input, or the result with field errors keyed by dotted path. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
  values: Record<string, unknown> | undefined,
): { ok: true; input: z.output<Schema> } | { ok: false; result: ActionError } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  return {
    ok: false,
    result: {
      status: "error",
      code: "InvalidInput",
      message: INVALID_INPUT_MESSAGE,
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    },
  };
}

/** An expected failure (AWS error, refusal) as a result and the facts for the audit log; undefined for a bug. */
export function expectedFailure(
  error: unknown,
  values: Record<string, unknown> | undefined,
): { result: ActionError; audit: Record<string, unknown> } | undefined {
  if (error instanceof AwsError) {
    const audit: Record<string, unknown> = { code: error.code };
    if (error.requestId) audit.requestId = error.requestId;
    return { result: { status: "error", code: error.code, message: error.message, values }, audit };
  }
  if (error instanceof ActionRefusal) {
    const result: ActionError = {
      status: "error",
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      values,
    };
    if (error.details) result.details = error.details;
    return { result, audit: { ...error.details, code: error.code } };
  }
  return undefined;
}
