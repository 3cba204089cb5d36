"use client";

import { ChangeTable } from "@/components/review/change-table";
import { Card } from "@/components/ui/card";
import { recordSetDiffRows } from "@/lib/diff/record-sets";

import type { RecordChangePreview } from "./types";

/** The preview of a record change: Route 53 now → after the apply, and the batches that will be sent. */
export function PreviewCard({ preview }: { preview: RecordChangePreview }) {
  return (
    <Card title="Preview">
      <div className="space-y-3">
        {preview.isChangedSinceLoaded && (
          <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            This record changed in Route 53 since you opened this page. &ldquo;Now&rdquo; shows it as it is at
            this moment; Apply replaces exactly that.
          </p>
        )}
        <ChangeTable rows={recordSetDiffRows(preview.diff)} caption="Record changes" />
        <p className="text-sm text-slate-700">
          {preview.batchCount} change batch{preview.batchCount === 1 ? "" : "es"}, {preview.awsCalls} AWS call
          {preview.awsCalls === 1 ? "" : "s"} (a re-read to catch concurrent edits, then the change).
        </p>
        <ol className="list-decimal pl-5 font-mono text-xs text-slate-700">
          {preview.batchSummaries.flat().map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
