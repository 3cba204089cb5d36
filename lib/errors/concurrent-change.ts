import type { ActionResult } from "@/lib/action-result";
import { diffViews } from "@/lib/diff/diff";
import type { DiffRow, DiffView } from "@/lib/diff/diff-row";

import { ActionRefusal } from "./action-refusal";

/** The `code` of every "someone else changed this since you loaded it" refusal. */
export const CONCURRENT_CHANGE = "ConcurrentChange";

/** A step that had already been applied when the concurrent change was found (a Route 53 change id, an ALB step). */
export type AppliedStep = {
  /** The id AWS returned (a change id) or a step name. */
  id: string;
  label?: string;
  status?: string;
};

/** What the UI and the audit log get about a concurrent change (JSON-safe: it crosses the action boundary). */
export type ConcurrentChangeDetails = {
  /** What changed, completing "Someone else changed …", e.g. "the health check path of images-green". */
  what: string;
  /** "before-apply": our re-read found it and nothing was sent. "aws": AWS refused a write made stale in between. */
  detectedBy: "before-apply" | "aws";
  /** Field by field: `before` as the operator loaded it, `after` as it is now in AWS (empty when not known). */
  changes: DiffRow[];
  /** Steps already applied when it was found (empty when nothing was sent). */
  applied: AppliedStep[];
};

export type ConcurrentChangeInit = Partial<Omit<ConcurrentChangeDetails, "what">> & {
  what: string;
  /** Replaces the default sentence. */
  message?: string;
};

function defaultMessage(details: ConcurrentChangeDetails): string {
  if (details.applied.length === 0) {
    return `Someone else changed ${details.what} since you loaded it. Nothing was changed: reload to see the current state, then make your change again.`;
  }
  const ids = details.applied.map((step) => step.id).join(", ");
  return (
    `Someone else changed ${details.what} since you loaded it. ${details.applied.length} earlier step(s) were already applied (${ids}); ` +
    "the rest were not. Reload to see the current state, then make your change again."
  );
}

/** "Someone else changed this since you loaded it": the one concurrent-change error every action raises. */
export class ConcurrentChangeError extends ActionRefusal {
  declare readonly details: ConcurrentChangeDetails;

  constructor(init: ConcurrentChangeInit) {
    const details: ConcurrentChangeDetails = {
      what: init.what,
      detectedBy: init.detectedBy ?? "before-apply",
      changes: init.changes ?? [],
      applied: init.applied ?? [],
    };
    super(init.message ?? defaultMessage(details), CONCURRENT_CHANGE, undefined, details);
    this.name = "ConcurrentChangeError";
  }
}

/** Builds the concurrent-change error (throw it from an action's `run` or from lib code). */
export function concurrentChange(init: ConcurrentChangeInit): ConcurrentChangeError {
  return new ConcurrentChangeError(init);
}

/**
 * Throws a concurrent-change error when AWS no longer holds what the operator loaded: `loaded` and `now` are views of
 * the same thing; the rows say what differs (loaded → now).
 */
export function refuseIfChanged(loaded: DiffView, now: DiffView, init: ConcurrentChangeInit): void {
  const changes = diffViews(loaded, now);
  if (changes.length === 0) return;
  throw concurrentChange({ ...init, changes: [...(init.changes ?? []), ...changes] });
}

/** The concurrent-change details carried by an action result, or undefined for any other result. */
export function concurrentChangeOf(result: ActionResult<unknown>): ConcurrentChangeDetails | undefined {
  if (result.status !== "error" || result.code !== CONCURRENT_CHANGE || !result.details) return undefined;
  const details = result.details;
  return {
    what: typeof details.what === "string" ? details.what : "this",
    detectedBy: details.detectedBy === "aws" ? "aws" : "before-apply",
    changes: Array.isArray(details.changes) ? (details.changes as DiffRow[]) : [],
    applied: Array.isArray(details.applied) ? (details.applied as AppliedStep[]) : [],
  };
}
