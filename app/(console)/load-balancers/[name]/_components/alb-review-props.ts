"use client";

import { useRouter } from "next/navigation";

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
