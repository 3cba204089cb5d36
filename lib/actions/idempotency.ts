import { createHash, randomUUID } from "node:crypto";

/** JSON with sorted keys, so the same input always gives the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * A 32-character hex key for AWS idempotency tokens, from the form's submission id and the validated input: a retry
 * of the same submit gets the same key, while a changed input gets another one (AWS would otherwise answer a changed
 * request with the first one's resource, or refuse it). Without a submission id (an API caller) every call is new.
 * Fits ACM's IdempotencyToken (≤ 32 characters, \w+) and Route 53's CallerReference (< 128 bytes).
 */
export function idempotencyKey(input: { submissionId?: string } & Record<string, unknown>): string {
  const { submissionId, ...rest } = input;
  return createHash("sha256")
    .update(submissionId ?? randomUUID())
    .update("\n")
    .update(stableJson(rest))
    .digest("hex")
    .slice(0, 32);
}
