import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { listCertificateArns } from "@/lib/aws/acm/certificates";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

/**
 * An unknown certificate answers 404. The check sits here, above this segment's loading.tsx: once that skeleton has
 * streamed, the status is already 200. Certificates that cannot be listed now are left to the page's error.
 */
export default async function CertificateLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ certificateId: string }>;
}) {
  const { certificateId } = await params;
  const region = await currentRegion();
  const arns = await safeRead("list the certificates", () => listCertificateArns(region));
  if (arns.ok && !arns.data.some((arn) => arn.endsWith(`/${certificateId}`))) notFound();
  return children;
}
