import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { can, currentActor } from "@/lib/auth/actor";
import { safeRead } from "@/lib/aws/safe-read";

import { DeleteZoneButton } from "../_components/delete-zone-button";

export const metadata = { title: "Hosted zones" };

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
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Hosted zones</caption>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Name
                </th>
                <th scope="col" className="px-4 py-2">
                  Type
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  Records
                </th>
                <th scope="col" className="px-4 py-2">
                  Zone id
                </th>
                <th scope="col" className="px-4 py-2">
                  Comment
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {zones.data.map((zone) => (
                <tr key={zone.id} className="hover:bg-slate-50">
                  <td className="px-4 py-2 font-medium">
                    <Link className="text-sky-800 hover:underline" href={`/hosted-zones/${zone.id}`}>
                      {zone.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    <Badge tone={zone.isPrivate ? "gray" : "blue"}>
                      {zone.isPrivate ? "Private" : "Public"}
                    </Badge>
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">
                    {zone.recordCount.toLocaleString("en-US")}
                  </td>
                  <td className="px-4 py-2 font-mono text-xs">{zone.id}</td>
                  <td className="px-4 py-2 text-slate-600">{zone.comment ?? "—"}</td>
                  <td className="px-4 py-2 text-right">
                    <DeleteZoneButton zoneId={zone.id} zoneName={zone.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
