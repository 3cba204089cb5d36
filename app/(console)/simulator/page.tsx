import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { Simulator } from "./_components/simulator";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { getHostedZone, listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";
import { safeRead } from "@/lib/aws/safe-read";
import type { ResourceRecordSet } from "@/lib/routing";
import { simulatorTarget } from "@/lib/simulator/records";

export const metadata = { title: "Simulator" };

const DESCRIPTION =
  "How Route 53 will answer, from anywhere, before and after a change. Nothing here changes AWS.";

type Search = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}

export default async function SimulatorPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const zoneId = one(search.zone);
  if (!zoneId) return <ZonePicker />;

  const [zone, records] = await Promise.all([
    safeRead("read the hosted zone", () => getHostedZone(zoneId)),
    safeRead("list the records of the hosted zone", () => listAllRecordSets(zoneId)),
  ]);
  const zoneHref = `/hosted-zones/${encodeURIComponent(zoneId)}`;
  const zoneName = zone.ok && zone.data ? zone.data.name : zoneId;
  const header = (
    <PageHeader
      breadcrumb={
        <>
          <Link href="/simulator" className="hover:underline">
            Simulator
          </Link>
          {" / "}
          <Link href={zoneHref} className="hover:underline">
            {zoneName}
          </Link>
        </>
      }
      title="Routing simulator"
      description={DESCRIPTION}
    />
  );

  if (zone.ok && !zone.data) {
    return (
      <>
        {header}
        <EmptyState
          title="This hosted zone does not exist"
          action={<ButtonLink href="/simulator">Choose another zone</ButtonLink>}
        >
          No hosted zone has the id <span className="font-mono">{zoneId}</span>. It may have been deleted.
        </EmptyState>
      </>
    );
  }
  if (!records.ok) {
    return (
      <>
        {header}
        <ErrorState
          title="Could not read the zone's records"
          message={records.error.message}
          code={records.error.code}
          action={<ButtonLink href={`/simulator?zone=${encodeURIComponent(zoneId)}`}>Try again</ButtonLink>}
        />
      </>
    );
  }

  const recordSets = records.data.map(toPlain);
  const target = simulatorTarget(recordSets, one(search.name), one(search.type));
  if (!target) {
    return (
      <>
        {header}
        <EmptyState
          title="Nothing to simulate in this zone"
          action={
            <ButtonLink href={`${zoneHref}/records/new`} variant="primary">
              Create a record
            </ButtonLink>
          }
        >
          {zoneName} has only simple records, which always give the same answer. Create a weighted, failover,
          geolocation, geoproximity, latency or multivalue record to see how Route 53 chooses between records.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {header}
      <Simulator
        key={zoneId}
        zoneId={zoneId}
        recordSets={recordSets}
        names={target.names}
        initial={target.initial}
        notice={target.notice}
      />
    </>
  );
}

/** Only the fields the engine reads, without SDK metadata or undefined keys, for the client. */
function toPlain(record: ResourceRecordSet): ResourceRecordSet {
  return JSON.parse(JSON.stringify(record)) as ResourceRecordSet;
}

async function ZonePicker() {
  const zones = await safeRead("list the hosted zones", listHostedZones);
  return (
    <>
      <PageHeader title="Routing simulator" description={DESCRIPTION} />
      {!zones.ok ? (
        <ErrorState
          title="Could not list the hosted zones"
          message={zones.error.message}
          code={zones.error.code}
          action={<ButtonLink href="/simulator">Try again</ButtonLink>}
        />
      ) : zones.data.length === 0 ? (
        <EmptyState
          title="No hosted zones yet"
          action={
            <ButtonLink variant="primary" href="/hosted-zones/new">
              Create hosted zone
            </ButtonLink>
          }
        >
          The simulator answers queries against a hosted zone&apos;s records. Create a zone first.
        </EmptyState>
      ) : (
        <section
          aria-labelledby="sim-zone-heading"
          className="rounded-lg border border-slate-200 bg-white shadow-sm"
        >
          <h2
            id="sim-zone-heading"
            className="border-b border-slate-200 px-4 py-2.5 text-sm font-semibold text-slate-800"
          >
            Choose a hosted zone
          </h2>
          <ul className="divide-y divide-slate-100">
            {zones.data.map((zone) => (
              <li key={zone.id} className="flex flex-wrap items-center gap-3 px-4 py-2.5 hover:bg-slate-50">
                <Link
                  className="font-medium text-sky-800 hover:underline"
                  href={`/simulator?zone=${encodeURIComponent(zone.id)}`}
                >
                  {zone.name}
                </Link>
                <Badge tone={zone.isPrivate ? "gray" : "blue"}>{zone.isPrivate ? "Private" : "Public"}</Badge>
                <span className="text-sm text-slate-500">
                  {zone.recordCount.toLocaleString("en-US")} record sets
                </span>
                <span className="ml-auto font-mono text-xs text-slate-500">{zone.id}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
