"use client";

import { startTransition, useActionState, useCallback, useEffect, useRef } from "react";

import { type ActionResult, type ActionSuccess, idleResult, type ServerAction } from "@/lib/action-result";
import { messagesFor } from "@/lib/actions/field-errors";

// A payload the wrapper answers itself (back to idle) instead of calling the server.
const RESET: unique symbol = Symbol("reset");

export interface UseActionOptions<T> {
  /** Called once per successful run, inside the transition (e.g. `router.refresh()`, close a dialog). */
  onSuccess?: (result: ActionSuccess<T>) => void;
  /** Called once per failed run. */
  onError?: (result: Extract<ActionResult<T>, { status: "error" }>) => void;
  /** Called once per run whose change was made while a later step failed. */
  onPartial?: (result: Extract<ActionResult<T>, { status: "partial" }>) => void;
}

export interface UseAction<P, T> {
  /** The last result: idle until the first run ends. */
  result: ActionResult<T>;
  isPending: boolean;
  /** Runs the action (no need to wrap it in a transition). An action from defineAction takes FormData too. */
  run: (payload: P) => void;
  /** For `<form action={formAction}>`: React passes the FormData and resets the form afterwards. */
  formAction: (payload: FormData) => void;
  /** The messages for a field and everything under it ("targets" also collects "targets.0.port"). */
  fieldErrors: (name: string) => string[] | undefined;
  /** Back to idle (clears the result and its errors). */
  reset: () => void;
}

/**
 * The one way a client component calls a server action or query: `useActionState` underneath, so pending state,
 * ordering and transitions are React's; the result is the action's typed ActionResult.
 */
export function useAction<P, T>(
  action: ServerAction<P, T>,
  options: UseActionOptions<T> = {},
): UseAction<P, T> {
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });

  const [result, dispatch, isPending] = useActionState<ActionResult<T>, P | typeof RESET>(
    async (previous, payload) => {
      if (payload === RESET) return idleResult;
      const next = await action(previous, payload);
      if (next.status === "success") callbacks.current.onSuccess?.(next);
      else if (next.status === "error") callbacks.current.onError?.(next);
      else if (next.status === "partial") callbacks.current.onPartial?.(next);
      return next;
    },
    idleResult,
  );

  const run = useCallback((payload: P) => startTransition(() => dispatch(payload)), [dispatch]);
  const reset = useCallback(() => startTransition(() => dispatch(RESET)), [dispatch]);
  const formAction = useCallback((payload: FormData) => dispatch(payload as P), [dispatch]);
  const fieldErrors = useCallback(
    (name: string) => (result.status === "error" ? messagesFor(result.fieldErrors, name) : undefined),
    [result],
  );

  return { result, isPending, run, formAction, fieldErrors, reset };
}
