import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { type Column, Table } from "@/components/ui/table";
import { type HostedZoneSummary, listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { can, currentActor } from "@/lib/auth/actor";
import { safeRead } from "@/lib/aws/safe-read";

import { DeleteZoneButton } from "../_components/delete-zone-button";

export const metadata = { title: "Hosted zones" };

// The Table primitive scrolls sideways inside its own box, so on a phone every column (and Delete) stays reachable.
const COLUMNS: Column<HostedZoneSummary>[] = [
  {
    id: "name",
    header: "Name",
    isRowHeader: true,
    className: "font-medium",
    cell: (zone) => (
      <Link className="text-sky-800 hover:underline" href={`/hosted-zones/${zone.id}`}>
        {zone.name}
      </Link>
    ),
  },
  {
    id: "type",
    header: "Type",
    cell: (zone) => (
      <Badge tone={zone.isPrivate ? "gray" : "blue"}>{zone.isPrivate ? "Private" : "Public"}</Badge>
    ),
  },
  {
    id: "records",
    header: "Records",
    align: "right",
    className: "tabular-nums",
    cell: (zone) => zone.recordCount.toLocaleString("en-US"),
  },
  { id: "id", header: "Zone id", className: "font-mono text-xs", cell: (zone) => zone.id },
  {
    id: "comment",
    header: "Comment",
    className: "text-slate-600",
    wrap: true,
    cell: (zone) => zone.comment ?? "—",
  },
];

/** Delete is offered only to roles that may delete zones (the server refuses the others anyway). */
const ACTIONS_COLUMN: Column<HostedZoneSummary> = {
  id: "actions",
  header: <span className="sr-only">Actions</span>,
  align: "right",
  cell: (zone) => <DeleteZoneButton zoneId={zone.id} zoneName={zone.name} />,
};

export default async function HostedZonesPage() {
  const [zones, actor] = await Promise.all([
    safeRead("list the hosted zones", listHostedZones),
    currentActor(),
  ]);
  // The server refuses anyway; a viewer or operator is just not offered what their role cannot do.
  const canCreate = can(actor, "change-zones");

  return (
    <>
      <PageHeader
        title="Hosted zones"
        description="Route 53 hosted zones of this account (global, not per region)."
        actions={
          canCreate && (
            <ButtonLink variant="primary" href="/hosted-zones/new">
              Create hosted zone
            </ButtonLink>
          )
        }
      />
      {!zones.ok ? (
        <ErrorState
          title="Could not list the hosted zones"
          message={zones.error.message}
          code={zones.error.code}
        />
      ) : zones.data.length === 0 ? (
        <EmptyState
          title="No hosted zones yet"
          action={
            canCreate && (
              <ButtonLink variant="primary" href="/hosted-zones/new">
                Create hosted zone
              </ButtonLink>
            )
          }
        >
          Create a hosted zone to manage the records of a domain.
        </EmptyState>
      ) : (
        <Table
          columns={canCreate ? [...COLUMNS, ACTIONS_COLUMN] : COLUMNS}
          rows={zones.data}
          rowKey={(zone) => zone.id}
          caption="Hosted zones"
        />
      )}
    </>
  );
}
