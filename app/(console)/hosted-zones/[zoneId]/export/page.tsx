import { notFound } from "next/navigation";

import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { safeRead } from "@/lib/aws/safe-read";
import { buttonClasses } from "@/components/ui/button";

import { ZoneSubpageHeader } from "../_bulk/zone-subpage-header";

export const metadata = { title: "Export records" };

export default async function ExportRecordsPage({ params }: { params: Promise<{ zoneId: string }> }) {
  const { zoneId } = await params;
  const zone = await safeRead("read the hosted zone", () => getHostedZone(zoneId));
  if (zone.ok && !zone.data) notFound();
  const href = (format: string) => `/api/hosted-zones/${encodeURIComponent(zoneId)}/export?format=${format}`;

  return (
    <>
      <ZoneSubpageHeader
        zoneId={zoneId}
        zoneName={zone.ok && zone.data ? zone.data.name : zoneId}
        title="Export records"
        description="Download every record set of the zone."
      />
      {!zone.ok ? (
        <ErrorState
          title="Could not read the hosted zone"
          message={zone.error.message}
          code={zone.error.code}
        />
      ) : (
        <div className="grid max-w-4xl gap-4 md:grid-cols-2">
          <Card title="BIND zone file">
            <p className="mb-3 text-sm text-slate-600">
              For other DNS servers and for review. BIND can&apos;t express alias records or routing policies:
              those are written as comments and are not re-imported.
            </p>
            <a className={buttonClasses("primary")} href={href("bind")} download>
              Download BIND zone file
            </a>
          </Card>
          <Card title="JSON">
            <p className="mb-3 text-sm text-slate-600">
              The shape `aws route53 list-resource-record-sets` prints, with every routing policy, alias and
              health check: use it to copy records to another zone.
            </p>
            <a className={buttonClasses("primary")} href={href("json")} download>
              Download JSON
            </a>
          </Card>
        </div>
      )}
    </>
  );
}
