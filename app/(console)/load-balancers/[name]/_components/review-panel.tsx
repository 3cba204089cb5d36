"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";

import { CONCURRENT_LABELS, ChangeTable } from "@/components/review/change-table";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import type { DiffRow } from "@/lib/diff/diff-row";
import { concurrentChangeOf } from "@/lib/errors/concurrent-change";

/**
 * What someone else changed, from a ConcurrentChange refusal, with a way to load the current state. (The ALB editors
 * close and re-read the page rather than preview again, so the table and the reload sit inside the alert.)
 */
function ReloadNotice({ result, onReload }: { result: ActionResult<unknown>; onReload?: () => void }) {
  const router = useRouter();
  const concurrent = concurrentChangeOf(result);
  if (!concurrent || result.status !== "error") return null;
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
      <div>
        <p className="text-sm font-semibold text-amber-950">Changed by someone else — nothing was applied</p>
        <p className="mt-0.5 text-sm text-amber-900">{result.message}</p>
      </div>
      <ChangeTable caption="What changed in AWS" rows={concurrent.changes} labels={CONCURRENT_LABELS} />
      <Button
        variant="secondary"
        onClick={() => {
          onReload?.();
          router.refresh();
        }}
      >
        Reload current state
      </Button>
    </div>
  );
}

/**
 * The confirmation step every change goes through: the before/after preview, then Apply. Field errors
 * from the server send the user back to the form (the editor decides); other failures show here.
 */
export function ReviewPanel({
  title,
  changes,
  result,
  isPending,
  onApply,
  onBack,
  onReload,
  applyLabel = "Apply changes",
  tone = "primary",
  note,
}: {
  title: string;
  changes: DiffRow[];
  result: ActionResult<unknown>;
  isPending: boolean;
  onApply: () => void;
  onBack: () => void;
  onReload?: () => void;
  applyLabel?: string;
  tone?: "primary" | "danger";
  note?: ReactNode;
}) {
  const isConcurrent = concurrentChangeOf(result) !== undefined;
  return (
    <section aria-label={title} className="space-y-3 rounded-lg border border-sky-200 bg-sky-50/40 p-4">
      <header>
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        <p className="text-xs text-slate-600">
          Nothing has been sent to AWS yet. Check the change, then apply it.
        </p>
      </header>
      {note}
      <ChangeTable rows={changes} caption="Review" />
      {isConcurrent ? (
        <ReloadNotice result={result} onReload={onReload} />
      ) : (
        <FormMessage
          status={result.status}
          message={result.status === "error" || result.status === "partial" ? result.message : undefined}
        />
      )}
      <div className="flex flex-wrap gap-2">
        {!isConcurrent && (
          <Button variant={tone} onClick={onApply} disabled={isPending || changes.length === 0}>
            {isPending ? "Applying…" : applyLabel}
          </Button>
        )}
        <Button variant="secondary" onClick={onBack} disabled={isPending}>
          Back to edit
        </Button>
      </div>
    </section>
  );
}

/** A short-lived success line for a card. */
export function AppliedMessage({ message }: { message?: string }) {
  return (
    <div aria-live="polite" className="text-sm">
      {message && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 px-3 py-1.5 text-emerald-900 ring-1 ring-emerald-200 ring-inset"
        >
          {message}
        </p>
      )}
    </div>
  );
}
