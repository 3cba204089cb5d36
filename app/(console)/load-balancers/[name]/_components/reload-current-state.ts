"use client";

import { useRouter } from "next/navigation";

/**
 * How the ALB page's reviews move on after a concurrent change: close the flow and read the page again (the
 * editors start from what the page shows, so a fresh page is a fresh draft).
 */
export function useReloadCurrentState(onClose: () => void) {
  const router = useRouter();
  return {
    reviewAgainLabel: "Reload current state",
    onReviewAgain: () => {
      onClose();
      router.refresh();
    },
  };
}
