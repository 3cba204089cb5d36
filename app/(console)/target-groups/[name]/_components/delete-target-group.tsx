"use client";

import { useRouter } from "next/navigation";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import { useReview } from "@/components/review/use-review";
import { Button } from "@/components/ui/button";

import { deleteTargetGroupAction, previewDeleteTargetGroupAction } from "../actions";

/**
 * Delete → what goes with the group (its registered targets) → Delete, through the same action as the advisor's Fix.
 * Elastic Load Balancing refuses to delete a group a listener or rule still forwards to (ResourceInUse), so an in-use
 * group says where it is used instead of offering a button that can only fail.
 */
export function DeleteTargetGroup({
  name,
  targetGroupArn,
  usedBy,
}: {
  name: string;
  targetGroupArn: string;
  /** Names of the load balancers that forward to it. */
  usedBy: string[];
}) {
  const router = useRouter();
  const review = useReview({
    preview: previewDeleteTargetGroupAction,
    apply: deleteTargetGroupAction,
    toApply: (_draft, preview) => preview.apply,
    // This page stops existing with the group: the list says what happened.
    onApplied: () => router.replace(`/target-groups?deleted=${encodeURIComponent(name)}`),
  });

  if (usedBy.length > 0) {
    return (
      <p className="text-sm text-slate-700">
        Used by {usedBy.join(", ")}. Remove it from their listeners and rules first: Elastic Load Balancing
        does not delete a target group a load balancer forwards to.
      </p>
    );
  }

  return (
    <div className="space-y-3">
      {review.stage === "editing" && (
        <>
          <p className="text-sm text-slate-700">
            No load balancer uses it. Deleting it deregisters its targets; the targets themselves stay.
          </p>
          <Button
            variant="secondary"
            disabled={review.isPending}
            onClick={() => review.requestPreview({ targetGroupArn })}
          >
            Delete target group…
          </Button>
        </>
      )}
      <ReviewApplyPanel
        review={review}
        title={`Delete target group ${name}`}
        caption={`What goes with ${name}`}
        labels={{ before: "Now", after: "After deletion" }}
        applyLabel={() => "Delete target group"}
        tone="danger"
      />
    </div>
  );
}
