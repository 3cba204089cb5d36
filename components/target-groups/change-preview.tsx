"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

import type { ChangeRow } from "./changes";

/** A before/after table of the settings about to change. */
export function ChangePreview({ rows, caption }: { rows: ChangeRow[]; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left text-sm font-semibold text-slate-800">{caption}</caption>
      <thead className="text-xs tracking-wide text-slate-500 uppercase">
        <tr>
          <th scope="col" className="py-1 pr-4">Setting</th>
          <th scope="col" className="py-1 pr-4">Before</th>
          <th scope="col" className="py-1">After</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="py-1.5 pr-4 font-normal text-slate-700">{row.label}</th>
            <td className="py-1.5 pr-4 font-mono text-xs text-red-800 line-through decoration-red-300">{row.before}</td>
            <td className="py-1.5 font-mono text-xs font-medium text-emerald-800">{row.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The reviewed changes with Apply / Keep editing, then the outcome; a concurrent-change refusal offers a reload.
 * `rows` is undefined until the operator asked for a review.
 */
export function ReviewAndApply({
  label,
  caption,
  rows,
  isPending,
  result,
  onApply,
  onKeepEditing,
  onReload,
}: {
  label: string;
  caption: string;
  rows: ChangeRow[] | undefined;
  isPending: boolean;
  result: ActionResult<unknown>;
  onApply: () => void;
  onKeepEditing: () => void;
  onReload: () => void;
}) {
  return (
    <>
      {rows && (
        <section aria-label={label} className="space-y-3 rounded-md border border-sky-200 bg-sky-50/50 p-3">
          {rows.length === 0 ? (
            <p className="text-sm text-slate-700">These are the current settings: nothing to change.</p>
          ) : (
            <>
              <ChangePreview rows={rows} caption={caption} />
              <div className="flex gap-2">
                <Button onClick={onApply} disabled={isPending}>
                  Apply {rows.length === 1 ? "1 change" : `${rows.length} changes`}
                </Button>
                <Button variant="ghost" onClick={onKeepEditing}>
                  Keep editing
                </Button>
              </div>
            </>
          )}
        </section>
      )}

      <FormMessage status={isPending ? "idle" : result.status} message={result.status === "idle" ? undefined : result.message} />
      {isPending && <p className="text-sm text-slate-600">Applying…</p>}
      {result.status === "error" && result.code === "ConcurrentChange" && (
        <Button variant="secondary" onClick={onReload}>
          Reload the current settings
        </Button>
      )}
    </>
  );
}
