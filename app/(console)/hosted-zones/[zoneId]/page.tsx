import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";

import { FindingsInline, FindingsInlineSkeleton } from "@/components/advisor/findings-inline";
import { PageHeader } from "@/components/layout/page-header";
import { RecordsTable } from "@/components/records/records-table";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { listRecordSetPage } from "@/lib/aws/route53/list-record-sets";
import { can, currentActor } from "@/lib/auth/actor";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

export default async function HostedZonePage({ params }: { params: Promise<{ zoneId: string }> }) {
  const { zoneId } = await params;
  const [zone, firstPage, actor, region] = await Promise.all([
    safeRead("read the hosted zone", () => getHostedZone(zoneId)),
    safeRead("list the records of the hosted zone", () => listRecordSetPage(zoneId)),
    currentActor(),
    currentRegion(),
  ]);
  const canChangeDns = can(actor, "change-dns");
  if (zone.ok && !zone.data) notFound();

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/hosted-zones" className="hover:underline">
            Hosted zones
          </Link>
        }
        title={zone.ok && zone.data ? zone.data.name : zoneId}
        description={
          zone.ok && zone.data ? (
            <span className="flex flex-wrap items-center gap-2">
              <Badge tone={zone.data.isPrivate ? "gray" : "blue"}>
                {zone.data.isPrivate ? "Private zone" : "Public zone"}
              </Badge>
              <span className="font-mono text-xs">{zone.data.id}</span>
              <span>{zone.data.recordCount.toLocaleString("en-US")} record sets</span>
            </span>
          ) : undefined
        }
        actions={
          <>
            <Link
              className="text-sm text-sky-800 underline"
              href={`/simulator?zone=${encodeURIComponent(zoneId)}`}
            >
              Simulate routing
            </Link>
            {canChangeDns && (
              <ButtonLink href={`/hosted-zones/${encodeURIComponent(zoneId)}/import`}>Import</ButtonLink>
            )}
            <ButtonLink href={`/hosted-zones/${encodeURIComponent(zoneId)}/export`}>Export</ButtonLink>
            {canChangeDns && (
              <>
                <ButtonLink href={`/hosted-zones/${encodeURIComponent(zoneId)}/weights`}>
                  Bulk weights
                </ButtonLink>
                <ButtonLink
                  variant="primary"
                  href={`/hosted-zones/${encodeURIComponent(zoneId)}/records/new`}
                >
                  Create record
                </ButtonLink>
              </>
            )}
          </>
        }
      />
      <div className="mb-4">
        <Suspense fallback={<FindingsInlineSkeleton />}>
          <FindingsInline
            region={region}
            what="this zone"
            matches={(resource) =>
              (resource.kind === "hosted-zone" && resource.id === zoneId) ||
              (resource.kind === "record-set" && resource.id.startsWith(`${zoneId}/`))
            }
          />
        </Suspense>
      </div>
      {!zone.ok ? (
        <ErrorState
          title="Could not read the hosted zone"
          message={zone.error.message}
          code={zone.error.code}
        />
      ) : !firstPage.ok ? (
        <ErrorState
          title="Could not list the records"
          message={firstPage.error.message}
          code={firstPage.error.code}
        />
      ) : (
        <RecordsTable
          key={zoneId}
          zoneId={zoneId}
          firstPage={firstPage.data.recordSets}
          next={firstPage.data.next}
          totalHint={zone.data?.recordCount}
          editHrefBase={`/hosted-zones/${encodeURIComponent(zoneId)}/records/edit`}
          canEdit={canChangeDns}
          canStartRollouts={can(actor, "run-rollouts")}
        />
      )}
    </>
  );
}
