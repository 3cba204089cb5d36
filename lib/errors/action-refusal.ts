/**
 * A failure an action or a lib function detected itself (not a validation or an AWS error): a resource that is
 * gone, an edit that changes nothing, a concurrent change. `defineAction`/`defineQuery` return it as a typed error.
 */
export class ActionRefusal extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** Structured, JSON-safe facts for the UI and the audit log (e.g. what changed concurrently). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ActionRefusal";
  }
}
