"use client";

import { useRouter } from "next/navigation";

import { localPreview, reviewRows, useReview } from "@/components/review/use-review";
import type { ServerAction } from "@/lib/action-result";
import { diffViews } from "@/lib/diff/diff";
import type { DiffView } from "@/lib/diff/diff-row";

/**
 * What every review on the ALB page passes to ReviewApplyPanel: the table captioned "Review", "Apply changes", and
 * after a concurrent change "Reload current state", which closes the flow and reads the page again (the editors
 * start from what the page shows, so a fresh page is a fresh draft). A flow may override `applyLabel` after it.
 */
export function useAlbReviewProps(onClose: () => void) {
  const router = useRouter();
  return {
    caption: "Review",
    applyLabel: () => "Apply changes",
    reviewAgainLabel: "Reload current state",
    onReviewAgain: () => {
      onClose();
      router.refresh();
    },
  };
}

/**
 * A deletion on the ALB page (a rule, a listener): no form, so its review opens at once, showing `before` going
 * away; Apply sends `payload`, and the flow closes with the action's message.
 */
export function useAlbDeletion<A, T>(
  apply: ServerAction<A, T>,
  payload: A,
  before: DiffView,
  onClose: (message?: string) => void,
) {
  return useReview({
    preview: localPreview(() => reviewRows(diffViews(before, {}))),
    apply,
    startWith: payload,
    onApplied: (done) => onClose(done.message),
  });
}
