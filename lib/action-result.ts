import type { PartialOutcomeDetails } from "@/lib/errors/partial-outcome";

/** What every server action returns: expected failures are values, not exceptions. */
export type ActionResult<T = undefined> =
  | { status: "idle" }
  | { status: "success"; data: T; message?: string }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** The submitted values, so a form can show them again after React resets it. */
      values?: Record<string, unknown>;
      code?: string;
      /** Structured facts about a refusal (e.g. the records changed concurrently), JSON-safe. */
      details?: Record<string, unknown>;
    }
  /** The change was made in AWS, then a later step failed: `partial` says what exists now (with its ids). */
  | {
      status: "partial";
      code: "PartialOutcome";
      message: string;
      partial: PartialOutcomeDetails;
      values?: Record<string, unknown>;
    };

export type ActionSuccess<T> = Extract<ActionResult<T>, { status: "success" }>;
export type ActionError = Extract<ActionResult<unknown>, { status: "error" }>;
export type ActionPartial = Extract<ActionResult<unknown>, { status: "partial" }>;

/**
 * The call signature of every action and query made with `defineAction`/`defineQuery` (and of React's
 * `useActionState`): the previous result, then a FormData or a plain object.
 */
export type ServerAction<P, T> = (
  previous: ActionResult<T> | undefined,
  payload: P,
) => Promise<ActionResult<T>>;

export const idleResult: ActionResult<never> = { status: "idle" };
