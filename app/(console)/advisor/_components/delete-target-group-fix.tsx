"use client";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import { useReview } from "@/components/review/use-review";
import { Button } from "@/components/ui/button";
import type { AdvisorFix } from "@/lib/advisor/types";

import { deleteTargetGroupAction, previewDeleteTargetGroupAction } from "../../target-groups/[name]/actions";
import { changesOf, useReportFixOutcome } from "./fix-outcomes";

type DeleteFix = Extract<AdvisorFix, { kind: "delete-target-group" }>;

/**
 * Fix → what deleting the unused group takes away (its registered targets) → Delete through the target group's own
 * delete action, refused if a load balancer started using it or its targets changed since this preview.
 */
export function DeleteTargetGroupFixButton({
  fix,
  region,
  title,
}: {
  fix: DeleteFix;
  region: string;
  /** The finding's title, for the outcome shown once applied. */
  title: string;
}) {
  const report = useReportFixOutcome();
  const review = useReview({
    preview: previewDeleteTargetGroupAction,
    apply: deleteTargetGroupAction,
    toApply: (_draft, preview) => preview.apply,
    onApplied: (result) =>
      report({ title, message: result.message ?? "Applied.", changes: changesOf(result.data) }),
  });

  return (
    <div className="space-y-2 has-[section]:basis-full">
      {review.stage === "editing" && (
        <Button
          variant="secondary"
          disabled={review.isPending}
          aria-label={`Fix: delete target group ${fix.targetGroupName}`}
          onClick={() => review.requestPreview({ region, targetGroupArn: fix.targetGroupArn })}
        >
          Fix
        </Button>
      )}
      <ReviewApplyPanel
        review={review}
        caption={`What goes with ${fix.targetGroupName}`}
        title={`Delete target group ${fix.targetGroupName}`}
        labels={{ before: "Now", after: "After deletion" }}
        applyLabel={() => "Delete target group"}
        tone="danger"
      />
    </div>
  );
}
