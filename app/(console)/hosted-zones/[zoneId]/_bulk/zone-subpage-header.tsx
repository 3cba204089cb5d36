import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";

/** The header of a zone's bulk pages: breadcrumb back to the zone. */
export function ZoneSubpageHeader({
  zoneId,
  zoneName,
  title,
  description,
}: {
  zoneId: string;
  zoneName: string;
  title: string;
  description: string;
}) {
  return (
    <PageHeader
      breadcrumb={
        <span className="flex gap-1">
          <Link href="/hosted-zones" className="hover:underline">
            Hosted zones
          </Link>
          <span aria-hidden="true">/</span>
          <Link href={`/hosted-zones/${zoneId}`} className="hover:underline">
            {zoneName}
          </Link>
        </span>
      }
      title={title}
      description={description}
    />
  );
}
