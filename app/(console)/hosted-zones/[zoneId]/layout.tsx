import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { safeRead } from "@/lib/aws/safe-read";

/**
 * An unknown zone answers 404 on every page under it. The check sits here, above this segment's loading.tsx: once
 * that skeleton has streamed, the status is already 200. A zone that cannot be read now is left to the page's error.
 */
export default async function HostedZoneLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ zoneId: string }>;
}) {
  const { zoneId } = await params;
  const zone = await safeRead("read the hosted zone", () => getHostedZone(zoneId));
  if (zone.ok && !zone.data) notFound();
  return children;
}
