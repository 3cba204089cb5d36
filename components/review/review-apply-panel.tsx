"use client";

import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

import { type ChangeTableLabels, ChangeTable, PREVIEW_LABELS } from "./change-table";
import { ConcurrentChangeNotice } from "./concurrent-change-notice";
import { PartialOutcomeNotice } from "./partial-outcome-notice";
import type { UseReview } from "./use-review";

/** What an applied change returned that the panel knows how to show (Route 53 change ids and their status). */
interface AppliedData {
  changeIds?: string[];
  statuses?: string[];
}

function appliedIds(data: unknown): { id: string; status?: string }[] {
  const applied = (typeof data === "object" && data !== null ? data : {}) as AppliedData;
  if (!Array.isArray(applied.changeIds)) return [];
  return applied.changeIds.map((id, index) => ({ id, status: applied.statuses?.[index] }));
}

const countLabel = (count: number) => (count === 1 ? "Apply 1 change" : `Apply ${count} changes`);

export interface ReviewApplyPanelProps<P, V, T> {
  review: UseReview<P, V, T>;
  /** Names the review region, e.g. "Health check changes to apply". */
  title: string;
  /** The change table's caption (default: the title). */
  caption?: string;
  labels?: ChangeTableLabels;
  /** The Apply button's text for a number of changed rows (default "Apply N changes"). */
  applyLabel?: (count: number) => string;
  tone?: "primary" | "danger";
  /** Shown when the preview finds nothing to change. */
  emptyMessage?: string;
  /** Above the table: warnings, the AWS calls Apply will make… */
  note?: ReactNode;
  /** How the concurrent-change notice moves on (default: preview the same draft again). */
  onReviewAgain?: () => void;
  /** The concurrent-change notice's button (default "Reload and review again"). */
  reviewAgainLabel?: string;
  /** "Back to edit" (default: back to the form with the draft); a review that has no form closes instead. */
  onBack?: () => void;
  /** Shown after a successful apply, below the message (e.g. a live change status). */
  applied?: (data: T) => ReactNode;
}

/**
 * The review → apply panel: the change table with Apply and "Back to edit", then the outcome. Every status line is
 * in one polite live region; errors are alerts; the buttons are disabled while something is pending.
 */
export function ReviewApplyPanel<P, V, T>({
  review,
  title,
  caption,
  labels = PREVIEW_LABELS,
  applyLabel = countLabel,
  tone = "primary",
  emptyMessage = "These are the current settings: nothing to change.",
  note,
  onReviewAgain,
  reviewAgainLabel = "Reload and review again",
  onBack,
  applied,
}: ReviewApplyPanelProps<P, V, T>) {
  const { stage, rows, applyResult, previewResult, concurrentChange } = review;
  const isShowingReview =
    stage === "reviewing" ||
    stage === "applying" ||
    stage === "failed" ||
    stage === "applied" ||
    stage === "partial";
  const done = stage === "applied" || stage === "partial";
  const previewError = stage === "editing" && previewResult.status === "error" ? previewResult : undefined;

  return (
    <div className="space-y-3">
      <div aria-live="polite" className="text-sm">
        {stage === "previewing" && <p className="text-slate-600">Preparing the review…</p>}
        {stage === "applying" && <p className="text-slate-600">Applying…</p>}
        {stage === "applied" && applyResult.status === "success" && (
          <p
            role="status"
            className="rounded-md bg-emerald-50 px-3 py-1.5 text-emerald-900 ring-1 ring-emerald-200 ring-inset"
          >
            {applyResult.message ?? "Applied."}
          </p>
        )}
      </div>

      {previewError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {previewError.message}
        </p>
      )}

      {isShowingReview && (
        <section
          aria-label={title}
          className={cx(
            "space-y-3 rounded-lg border p-4",
            stage === "applied"
              ? "border-emerald-200"
              : stage === "partial"
                ? "border-amber-300"
                : "border-sky-200 bg-sky-50/40",
          )}
        >
          <header>
            <h3 className="text-sm font-semibold text-slate-900">
              {stage === "applied" ? "Applied" : stage === "partial" ? "Partly applied" : title}
            </h3>
            {!done && (
              <p className="text-xs text-slate-600">
                Nothing has been sent to AWS yet. Check the change, then apply it.
              </p>
            )}
          </header>
          {note}
          {rows.length === 0 ? (
            <p className="text-sm text-slate-700">{emptyMessage}</p>
          ) : (
            <ChangeTable rows={rows} caption={caption ?? title} labels={labels} />
          )}

          {stage === "applied" && applyResult.status === "success" && (
            <>
              {appliedIds(applyResult.data).length > 0 && (
                <ul aria-label="Changes submitted" className="space-y-1 text-sm">
                  {appliedIds(applyResult.data).map((change) => (
                    <li key={change.id}>
                      Change <span className="font-mono text-xs">{change.id}</span>
                      {change.status && `: ${change.status}`}
                    </li>
                  ))}
                </ul>
              )}
              {applied?.(applyResult.data)}
            </>
          )}

          {stage === "partial" && applyResult.status === "partial" && (
            <PartialOutcomeNotice details={applyResult.partial} message={applyResult.message} />
          )}

          {stage === "failed" && applyResult.status === "error" && concurrentChange ? (
            <ConcurrentChangeNotice
              details={concurrentChange}
              message={applyResult.message}
              action={
                <Button variant="secondary" onClick={onReviewAgain ?? (() => review.previewAgain())}>
                  {reviewAgainLabel}
                </Button>
              }
            />
          ) : (
            stage === "failed" &&
            applyResult.status === "error" && (
              <p role="alert" className="text-sm font-medium text-red-700">
                {applyResult.message}
              </p>
            )
          )}

          <div className="flex flex-wrap gap-2">
            {!done && !concurrentChange && rows.length > 0 && (
              <Button variant={tone} onClick={review.apply} disabled={review.isPending}>
                {stage === "applying" ? "Applying…" : applyLabel(rows.length)}
              </Button>
            )}
            <Button
              variant="secondary"
              onClick={done ? review.edit : (onBack ?? review.edit)}
              disabled={review.isPending}
            >
              {done ? "Done" : "Back to edit"}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
