"use client";

import { useState, useTransition } from "react";

import { idleResult, type ActionResult } from "@/lib/action-result";

export type ServerAction<P, T> = (previous: ActionResult<T> | undefined, payload: P) => Promise<ActionResult<T>>;

/**
 * Calls a server action with a plain object built from controlled form state. (useActionState is for
 * uncontrolled forms that React resets; these editors keep their own state through review and apply.)
 */
export function useApply<P, T>(action: ServerAction<P, T>) {
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T>>(idleResult);

  /** Sends the payload; `onSuccess` closes the editor, `onFieldErrors` takes the user back to the form. */
  function apply(
    payload: P,
    onSuccess?: (result: Extract<ActionResult<T>, { status: "success" }>) => void,
    onFieldErrors?: () => void,
  ) {
    startTransition(async () => {
      const next = await action(undefined, payload);
      setResult(next);
      if (next.status === "success") onSuccess?.(next);
      else if (next.status === "error" && next.fieldErrors && Object.keys(next.fieldErrors).length) onFieldErrors?.();
    });
  }

  return { isPending, result, apply, reset: () => setResult(idleResult) };
}

/** The field errors of a result whose keys start with `prefix.`, re-keyed without it. */
export function errorsUnder(result: ActionResult<unknown> | undefined, prefix: string): Record<string, string[]> {
  if (!result || result.status !== "error" || !result.fieldErrors) return {};
  const scoped: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(result.fieldErrors)) {
    if (key === prefix) scoped._form = messages;
    else if (key.startsWith(`${prefix}.`)) scoped[key.slice(prefix.length + 1)] = messages;
  }
  return scoped;
}

/** Messages for a field and everything under it ("conditions.0.values" also collects "conditions.0.values.1"). */
export function messagesFor(errors: Record<string, string[]>, key: string): string[] | undefined {
  const messages = Object.entries(errors)
    .filter(([candidate]) => candidate === key || candidate.startsWith(`${key}.`))
    .flatMap(([, list]) => list);
  return messages.length ? [...new Set(messages)] : undefined;
}
