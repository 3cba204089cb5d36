"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { useAction } from "@/components/actions/use-action";
import type { ActionError, ActionResult, ActionSuccess, ServerAction } from "@/lib/action-result";
import { type FieldErrors, fieldErrorsOfResult, messagesFor } from "@/lib/actions/field-errors";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/form-messages";
import { changedRows } from "@/lib/diff/diff";
import type { DiffRow } from "@/lib/diff/diff-row";
import { type ConcurrentChangeDetails, concurrentChangeOf } from "@/lib/errors/concurrent-change";

/**
 * Where an edit is: editing → previewing → reviewing (the change table and Apply) → applying → applied, or failed
 * (an error from Apply: the review stays visible with the error, and a concurrent change offers a fresh preview), or
 * partial (the change was made and a later step failed: what exists now is shown, Apply is not offered again).
 */
export type ReviewStage =
  "editing" | "previewing" | "reviewing" | "applying" | "applied" | "partial" | "failed";

/** What a preview query returns at least: the rows of the change table. */
export interface ReviewPreview {
  rows: DiffRow[];
}

export interface UseReviewOptions<P, V, A, T> {
  /** The read-only preview (a `defineQuery`, or `localPreview(fn)` for a diff computed in the browser). */
  preview: ServerAction<P, V>;
  /** The change (a `defineAction`). */
  apply: ServerAction<A, T>;
  /** The apply payload from the previewed draft and the preview (default: the draft as it was previewed). */
  toApply?: (draft: P, preview: V) => A;
  /** The change-table rows of a preview (default: `preview.rows`). */
  rowsOf?: (preview: V) => DiffRow[];
  /** After a successful apply (e.g. `router.refresh()` so the page shows the new state). */
  onApplied?: (result: ActionSuccess<T>) => void;
  /** A review with no form (a deletion): this draft is previewed as soon as the editor mounts. */
  startWith?: P;
  /** Keep the rows that do not change (a deletion that lists what stays as well as what goes). */
  keepUnchanged?: boolean;
}

export interface UseReview<P, V, T> {
  stage: ReviewStage;
  /** Whether the form is the thing to show: editing, previewing, or sent back by field errors from Apply. */
  isEditing: boolean;
  isPending: boolean;
  /** The changed rows of the current preview (empty before one). */
  rows: DiffRow[];
  /** The preview's data once it succeeded. */
  previewed: V | undefined;
  /** The preview's result (its error when it failed). */
  previewResult: ActionResult<V>;
  /** The apply's result: the applied data (change ids, statuses) or the error. */
  applyResult: ActionResult<T>;
  /** The concurrent-change details when Apply was refused because someone else changed the resource. */
  concurrentChange: ConcurrentChangeDetails | undefined;
  /** Runs the preview for a draft; stage becomes "previewing" then "reviewing" (or back to "editing" with errors). */
  requestPreview: (draft: P) => void;
  /** Applies the reviewed draft. Ignored unless reviewing (or retrying after a failure). */
  apply: () => void;
  /**
   * Previews again after a concurrent change: the given draft (rebased by the editor on the state it reloaded) or
   * the last one.
   */
  previewAgain: (draft?: P) => void;
  /** Back to the form: clears the preview and any result. */
  edit: () => void;
  /** Messages for a form field from the preview or the apply ("healthCheck.path" → use scopeFieldErrors first). */
  fieldErrors: (name: string) => string[] | undefined;
  /** All field errors of the latest failed step. */
  allFieldErrors: Record<string, string[]> | undefined;
}

function defaultRows(preview: unknown): DiffRow[] {
  return (preview as Partial<ReviewPreview> | undefined)?.rows ?? [];
}

/**
 * The review → apply loop every editor uses: the draft is previewed by a query, the operator reads the change table,
 * Apply runs the action with the previewed draft, and the result (change ids, or an error) is shown. Render it with
 * `ReviewApplyPanel`.
 */
export function useReview<P, V, A = P, T = unknown>(
  options: UseReviewOptions<P, V, A, T>,
): UseReview<P, V, T> {
  const { toApply, rowsOf = defaultRows, startWith, keepUnchanged = false } = options;
  const previewCall = useAction(options.preview);
  const applyCall = useAction(options.apply, { onSuccess: options.onApplied });
  const [draft, setDraft] = useState<{ value: P }>();

  const previewed = previewCall.result.status === "success" ? previewCall.result.data : undefined;
  const allRows = previewed === undefined ? [] : rowsOf(previewed);
  const rows = keepUnchanged ? allRows : changedRows(allRows);

  let stage: ReviewStage = "editing";
  if (applyCall.isPending) stage = "applying";
  else if (applyCall.result.status === "success") stage = "applied";
  else if (applyCall.result.status === "partial") stage = "partial";
  else if (applyCall.result.status === "error") stage = "failed";
  else if (previewCall.isPending) stage = "previewing";
  else if (previewed !== undefined) stage = "reviewing";

  const { run: runPreview, reset: resetPreview } = previewCall;
  const { run: runApply, reset: resetApply } = applyCall;

  const requestPreview = useCallback(
    (value: P) => {
      resetApply();
      setDraft({ value });
      runPreview(value);
    },
    [resetApply, runPreview],
  );

  const apply = () => {
    if (!draft || previewed === undefined || (stage !== "reviewing" && stage !== "failed")) return;
    runApply(toApply ? toApply(draft.value, previewed) : (draft.value as unknown as A));
  };

  const previewAgain = (next?: P) => {
    if (next !== undefined) requestPreview(next);
    else if (draft) requestPreview(draft.value);
  };

  // Only the first draft: a review without a form previews once, when it opens.
  const opening = useRef(startWith);
  useEffect(() => {
    if (opening.current !== undefined) requestPreview(opening.current);
  }, [requestPreview]);

  const edit = useCallback(() => {
    resetApply();
    resetPreview();
  }, [resetApply, resetPreview]);

  const latest: ActionResult<unknown> =
    applyCall.result.status !== "idle" ? applyCall.result : previewCall.result;
  const allFieldErrors = latest.status === "error" ? latest.fieldErrors : undefined;

  return {
    stage,
    isEditing:
      stage === "editing" ||
      stage === "previewing" ||
      (stage === "failed" && fieldErrorsOfResult(applyCall.result) !== undefined),
    isPending: previewCall.isPending || applyCall.isPending,
    rows,
    previewed,
    previewResult: previewCall.result,
    applyResult: applyCall.result,
    concurrentChange: concurrentChangeOf(applyCall.result),
    requestPreview,
    apply,
    previewAgain,
    edit,
    fieldErrors: (name) => messagesFor(allFieldErrors, name),
    allFieldErrors,
  };
}

/**
 * A local preview's answer to a draft that does not validate: the field errors (keyed under `scope`, as the action's
 * schema nests them) and the message an action would give.
 */
export function invalidDraft(fieldErrors: FieldErrors, scope?: string): ActionError {
  const keyed = scope
    ? Object.fromEntries(
        Object.entries(fieldErrors).map(([key, messages]) => [
          key === "_form" ? scope : `${scope}.${key}`,
          messages,
        ]),
      )
    : fieldErrors;
  return { status: "error", code: "InvalidInput", message: INVALID_INPUT_MESSAGE, fieldErrors: keyed };
}

/** A local preview's answer to a draft that validates: the change table's rows. */
export function reviewRows(rows: DiffRow[]): ActionResult<ReviewPreview> {
  return { status: "success", data: { rows } };
}

/** A preview computed in the browser (from data the page already has) in the shape of a query. */
export function localPreview<P, V>(compute: (draft: P) => ActionResult<V>): ServerAction<P, V> {
  return (_previous, draft) => Promise.resolve(compute(draft));
}
