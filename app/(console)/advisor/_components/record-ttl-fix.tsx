"use client";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import { useReview } from "@/components/review/use-review";
import { Button } from "@/components/ui/button";
import type { AdvisorFix } from "@/lib/advisor/types";

import { applyRecordChangesAction } from "../../hosted-zones/[zoneId]/actions";
import { previewRecordTtlFixAction } from "../actions";
import { changesOf, useReportFixOutcome } from "./fix-outcomes";

type TtlFix = Extract<AdvisorFix, { kind: "set-record-ttl" }>;

/** Fix → the record with the shorter TTL → Apply through the record editor's own action (change id and status). */
export function RecordTtlFixButton({
  fix,
  title,
}: {
  fix: TtlFix;
  /** The finding's title, for the outcome shown once applied. */
  title: string;
}) {
  const report = useReportFixOutcome();
  const review = useReview({
    preview: previewRecordTtlFixAction,
    apply: applyRecordChangesAction,
    toApply: (_draft, preview) => preview.apply,
    onApplied: (result) =>
      report({ title, message: result.message ?? "Applied.", changes: changesOf(result.data) }),
  });
  const what = `${fix.name} ${fix.type}${fix.setIdentifier ? ` (${fix.setIdentifier})` : ""}`;

  return (
    <div className="space-y-2 has-[section]:basis-full">
      {review.stage === "editing" && (
        <Button
          variant="primary"
          disabled={review.isPending}
          aria-label={`Fix: set the TTL of ${what} to ${fix.ttl} seconds`}
          onClick={() =>
            review.requestPreview({
              zoneId: fix.zoneId,
              name: fix.name,
              type: fix.type,
              setIdentifier: fix.setIdentifier,
              ttl: fix.ttl,
            })
          }
        >
          Fix
        </Button>
      )}
      <ReviewApplyPanel
        review={review}
        caption={`Record changes for ${what}`}
        title={`Set the TTL of ${what} to ${fix.ttl} s`}
        applyLabel={() => "Apply the TTL"}
      />
    </div>
  );
}
