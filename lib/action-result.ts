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
    };

export const idleResult: ActionResult<never> = { status: "idle" };
