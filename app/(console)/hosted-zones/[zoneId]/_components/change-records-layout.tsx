import type { ReactNode } from "react";

import { RequirePermission } from "@/components/auth/require-permission";

/** Changing records needs "change-dns": a viewer who follows a link here gets a notice, not an editor. */
export default async function ChangeRecordsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ zoneId: string }>;
}) {
  const { zoneId } = await params;
  return (
    <RequirePermission
      permission="change-dns"
      what="this zone's records"
      back={{ href: `/hosted-zones/${encodeURIComponent(zoneId)}`, label: "Back to the zone" }}
    >
      {children}
    </RequirePermission>
  );
}
