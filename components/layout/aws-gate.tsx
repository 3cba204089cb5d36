"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

import { pageNeedsAws } from "@/lib/local-pages";

/**
 * Shows `unavailable` (given only while AWS cannot be reached) instead of the page, except on pages that read only the console's
 * own data (the audit log…). Decided in the browser from the path, so it follows client-side navigation: the console
 * layout is not rendered again when the operator moves between its pages.
 */
export function AwsGate({ unavailable, children }: { unavailable?: ReactNode; children: ReactNode }) {
  const pathname = usePathname();
  return unavailable !== undefined && pageNeedsAws(pathname) ? unavailable : children;
}
