"use client";

import { useRouter } from "next/navigation";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import { useReview } from "@/components/review/use-review";
import { Button } from "@/components/ui/button";
import type { AdvisorFix } from "@/lib/advisor/types";

import { deleteTargetGroupAction } from "../../target-groups/[name]/actions";
import { previewDeleteTargetGroupFixAction } from "../actions";

type DeleteFix = Extract<AdvisorFix, { kind: "delete-target-group" }>;

/**
 * Fix → what deleting the unused group takes away (its registered targets) → Delete through the target group's own
 * delete action, refused if a load balancer started using it or its targets changed since this preview.
 */
export function DeleteTargetGroupFixButton({ fix, region }: { fix: DeleteFix; region: string }) {
  const router = useRouter();
  const review = useReview({
    preview: previewDeleteTargetGroupFixAction,
    apply: deleteTargetGroupAction,
    toApply: (_draft, preview) => preview.apply,
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
        title={`Delete target group ${fix.targetGroupName}`}
        labels={{ before: "Now", after: "After deletion" }}
        applyLabel={() => "Delete target group"}
        tone="danger"
        applied={() => (
          <Button variant="secondary" onClick={() => router.refresh()}>
            Scan again
          </Button>
        )}
      />
    </div>
  );
}
