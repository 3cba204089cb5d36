import { notFound } from "next/navigation";

import { ErrorState } from "@/components/ui/error-state";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { safeRead } from "@/lib/aws/safe-read";

import { ZoneSubpageHeader } from "../_bulk/zone-subpage-header";
import { ImportForm } from "./import-form";

export const metadata = { title: "Import records" };

export default async function ImportRecordsPage({ params }: { params: Promise<{ zoneId: string }> }) {
  const { zoneId } = await params;
  const zone = await safeRead("read the hosted zone", () => getHostedZone(zoneId));
  if (zone.ok && !zone.data) notFound();

  return (
    <>
      <ZoneSubpageHeader
        zoneId={zoneId}
        zoneName={zone.ok && zone.data ? zone.data.name : zoneId}
        title="Import records"
        description="From a BIND zone file or JSON as `aws route53 list-resource-record-sets` prints it. Only new record sets are created: nothing existing is changed."
      />
      {!zone.ok ? (
        <ErrorState
          title="Could not read the hosted zone"
          message={zone.error.message}
          code={zone.error.code}
        />
      ) : (
        <ImportForm zoneId={zoneId} zoneName={zone.data?.name ?? ""} />
      )}
    </>
  );
}
