/** Field errors as actions return them: dotted paths ("listeners.0.port", "healthCheck.path") → messages. */
export type FieldErrors = Record<string, string[]>;

/** The messages for a field and everything under it ("conditions.0" also collects "conditions.0.values.1"). */
export function messagesFor(errors: FieldErrors | undefined, name: string): string[] | undefined {
  if (!errors) return undefined;
  const messages = Object.entries(errors)
    .filter(([key]) => key === name || key.startsWith(`${name}.`))
    .flatMap(([, list]) => list);
  return messages.length ? [...new Set(messages)] : undefined;
}

/**
 * The errors under `prefix.`, re-keyed without it (a server schema nests the form under "healthCheck"); an error on
 * `prefix` itself becomes "_form".
 */
export function scopeFieldErrors(errors: FieldErrors | undefined, prefix: string): FieldErrors {
  const scoped: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    if (key === prefix) scoped._form = messages;
    else if (key.startsWith(`${prefix}.`)) scoped[key.slice(prefix.length + 1)] = messages;
  }
  return scoped;
}

/** The field errors a result carries (undefined unless it is an error with some). */
export function fieldErrorsOfResult(result: {
  status: string;
  fieldErrors?: FieldErrors;
}): FieldErrors | undefined {
  return result.status === "error" && result.fieldErrors && Object.keys(result.fieldErrors).length > 0
    ? result.fieldErrors
    : undefined;
}
