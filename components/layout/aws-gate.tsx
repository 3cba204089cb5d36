"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

import { pageNeedsAws } from "@/lib/local-pages";

/**
 * Shows `unavailable` instead of the page while AWS cannot be reached, except on pages that read only the console's
 * own data (the audit log…). Decided in the browser from the path, so it follows client-side navigation: the console
 * layout is not rendered again when the operator moves between its pages.
 */
export function AwsGate({
  isAwsUnavailable,
  unavailable,
  children,
}: {
  isAwsUnavailable: boolean;
  unavailable: ReactNode;
  children: ReactNode;
}) {
  const pathname = usePathname();
  return isAwsUnavailable && pageNeedsAws(pathname) ? unavailable : children;
}
