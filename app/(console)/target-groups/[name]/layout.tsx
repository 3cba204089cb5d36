import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { targetGroupNameExists } from "@/lib/aws/elbv2/target-groups";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

/**
 * An unknown target group answers 404. The check sits here, above this segment's loading.tsx: once that skeleton
 * has streamed, the status is already 200. A group that cannot be read now is left to the page's error.
 */
export default async function TargetGroupLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ name: string }>;
}) {
  const name = decodeURIComponent((await params).name);
  const region = await currentRegion();
  const exists = await safeRead("read the target group", () => targetGroupNameExists(region, name));
  if (exists.ok && !exists.data) notFound();
  return children;
}
