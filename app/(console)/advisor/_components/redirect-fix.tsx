"use client";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import { useReview } from "@/components/review/use-review";
import { Button } from "@/components/ui/button";
import type { RedirectFixInput, RedirectFixPreview } from "@/lib/advisor-fixes/redirect-fix";
import type { AdvisorFix } from "@/lib/advisor/types";

import { updateListenerAction } from "../../load-balancers/[name]/actions";
import { previewRedirectFixAction } from "../actions";
import { changesOf, useReportFixOutcome } from "./fix-outcomes";

type RedirectFix = Extract<AdvisorFix, { kind: "listener-redirect-to-https" }>;

/**
 * Fix → the listener as AWS holds it now against the 301 to HTTPS:443 → Apply through the ALB page's listener edit
 * (validated, audited, refused if the listener changed since this preview).
 */
export function RedirectFixButton({
  fix,
  region,
  title,
}: {
  fix: RedirectFix;
  region: string;
  /** The finding's title, for the outcome shown once applied. */
  title: string;
}) {
  const report = useReportFixOutcome();
  const review = useReview({
    preview: previewRedirectFixAction,
    apply: updateListenerAction,
    toApply: (_draft: RedirectFixInput, preview: RedirectFixPreview) => preview.apply,
    onApplied: (result) =>
      report({ title, message: result.message ?? "Applied.", changes: changesOf(result.data) }),
  });
  const what = `HTTP:${fix.port} on ${fix.loadBalancerName}`;

  return (
    <div className="space-y-2 has-[section]:basis-full">
      {review.stage === "editing" && (
        <Button
          variant="primary"
          disabled={review.isPending}
          aria-label={`Fix: redirect ${what} to HTTPS`}
          onClick={() =>
            review.requestPreview({
              region,
              loadBalancerName: fix.loadBalancerName,
              listenerArn: fix.listenerArn,
            })
          }
        >
          Fix
        </Button>
      )}
      <ReviewApplyPanel
        review={review}
        caption={`Listener changes for ${what}`}
        title={`Redirect ${what} to HTTPS`}
        applyLabel={() => "Apply the redirect"}
        note={
          review.previewed?.warning && (
            <p role="note" className="text-sm text-amber-900">
              {review.previewed.warning}
            </p>
          )
        }
      />
    </div>
  );
}
