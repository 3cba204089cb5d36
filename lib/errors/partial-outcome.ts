import type { ActionResult } from "@/lib/action-result";
import { plainText } from "@/lib/format/plain-text";

/** The code of every "the change was made, a later step failed" result. */
export const PARTIAL_OUTCOME = "PartialOutcome";

/** Something that exists in AWS now because of this action (a certificate ARN, a health check id…). */
export type CreatedResource = { kind: string; id: string };

/** What the UI and the audit log get about a partial outcome (JSON-safe: it crosses the action boundary). */
export type PartialOutcomeDetails = {
  /** What was done, as a sentence without a final stop, e.g. "Requested the certificate for www.example.com". */
  done: string;
  /** What exists now because of it, with the ids AWS gave. */
  created: CreatedResource[];
  /** The step that failed after the change, completing "… but …failed", e.g. "reading it back". */
  failedStep: string;
  /** Why that step failed (the operator-worded message of the underlying error). */
  cause: string;
  causeCode?: string;
  requestId?: string;
  /** Further JSON-safe facts a page shows in its own way (e.g. the create wizard's rolled-back steps). */
  facts?: Record<string, unknown>;
};

export type PartialOutcomeInit = {
  done: string;
  created?: CreatedResource[];
  failedStep: string;
  /** The error of the failed step (an AwsError, an ActionRefusal…): its message, code and request id are kept. */
  cause?: unknown;
  facts?: Record<string, unknown>;
  /** Replaces the default sentence when the caller words the whole outcome itself; the reload guidance is kept. */
  message?: string;
};

function field(error: unknown, key: "message" | "code" | "requestId"): string | undefined {
  if (typeof error !== "object" || error === null || !(key in error)) return undefined;
  const value = (error as Record<string, unknown>)[key];
  return typeof value === "string" && value ? value : undefined;
}

/** Every partial outcome ends with it: the page the operator sees is stale, and a blind retry would redo what was done. */
export const RELOAD_GUIDANCE =
  "Reload to see the current state before you try again, so nothing is done twice.";

/** A caller's own sentence keeps the reload guidance the default sentence has (added once, at the end). */
function withGuidance(message: string): string {
  const trimmed = message.trim();
  if (trimmed.includes(RELOAD_GUIDANCE)) return trimmed;
  return `${trimmed}${/[.!?]$/.test(trimmed) ? "" : "."} ${RELOAD_GUIDANCE}`;
}

function sentence(details: PartialOutcomeDetails): string {
  const exists = details.created.length
    ? ` What exists now: ${details.created.map((item) => `${item.kind} ${item.id}`).join("; ")}.`
    : "";
  return `${details.done}, but ${details.failedStep} failed: ${details.cause.replace(/\.$/, "")}.${exists} ${RELOAD_GUIDANCE}`;
}

/**
 * "The change was made, then a later step failed": throw it from an action's `run` (or lib code) and the kit
 * returns a `partial` result and audits the outcome as "partial", saying what exists now.
 */
export class PartialOutcome extends Error {
  readonly code = PARTIAL_OUTCOME;
  readonly details: PartialOutcomeDetails;

  constructor(init: PartialOutcomeInit) {
    const details: PartialOutcomeDetails = {
      done: init.done,
      created: init.created ?? [],
      failedStep: init.failedStep,
      cause:
        field(init.cause, "message") ?? (init.cause === undefined ? "unknown error" : plainText(init.cause)),
    };
    const causeCode = field(init.cause, "code");
    const requestId = field(init.cause, "requestId");
    if (causeCode) details.causeCode = causeCode;
    if (requestId) details.requestId = requestId;
    if (init.facts) details.facts = init.facts;
    super(init.message === undefined ? sentence(details) : withGuidance(init.message));
    this.name = "PartialOutcome";
    this.details = details;
  }
}

/**
 * Runs a step that follows a change already made: when it fails, the failure becomes a PartialOutcome naming what
 * was done and what exists now. A PartialOutcome from inside (a deeper step) passes through unchanged.
 */
export async function afterChange<T>(
  made: { done: string; created?: CreatedResource[] },
  failedStep: string,
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof PartialOutcome) throw error;
    throw new PartialOutcome({ ...made, failedStep, cause: error });
  }
}

/** The partial-outcome details of an action result, or undefined for any other result. */
export function partialOutcomeOf(result: ActionResult<unknown>): PartialOutcomeDetails | undefined {
  return result.status === "partial" ? result.partial : undefined;
}
