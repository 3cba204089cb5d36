import Link from "next/link";

import { LoadBalancerStateBadge } from "@/components/inventory/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { type Column, Table } from "@/components/ui/table";
import { listLoadBalancersWithListeners } from "@/lib/aws/elbv2/load-balancers";
import type { LoadBalancerWithListeners } from "@/lib/alb/domain";
import { can, currentActor } from "@/lib/auth/actor";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

export const metadata = { title: "Load balancers" };

const COLUMNS: Column<LoadBalancerWithListeners>[] = [
  {
    id: "name",
    header: "Name",
    className: "font-medium whitespace-nowrap",
    cell: (lb) => (
      <Link className="text-sky-800 hover:underline" href={`/load-balancers/${encodeURIComponent(lb.name)}`}>
        {lb.name}
      </Link>
    ),
  },
  { id: "state", header: "State", cell: (lb) => <LoadBalancerStateBadge state={lb.state} /> },
  {
    id: "scheme",
    header: "Scheme",
    cell: (lb) => <Badge tone={lb.scheme === "internet-facing" ? "blue" : "gray"}>{lb.scheme}</Badge>,
  },
  {
    id: "dns",
    header: "DNS name",
    className: "font-mono text-xs",
    cell: (lb) => (
      <span className="block max-w-56 truncate" title={lb.dnsName}>
        {lb.dnsName}
      </span>
    ),
  },
  {
    id: "zones",
    header: "Availability Zones",
    className: "text-xs whitespace-nowrap",
    cell: (lb) => (
      <ul>
        {lb.availabilityZones.map((zone) => (
          <li key={zone.zoneName}>{zone.zoneName}</li>
        ))}
        {lb.availabilityZones.length < 2 && (
          <li>
            <Badge tone="red">fewer than 2 AZs</Badge>
          </li>
        )}
      </ul>
    ),
  },
  {
    id: "listeners",
    header: "Listeners",
    cell: (lb) => (
      <ul className="space-y-0.5">
        {lb.listeners.map((listener) => (
          <li key={listener.arn} className="text-xs whitespace-nowrap">
            <span className="font-mono font-medium">
              {listener.protocol}:{listener.port}
            </span>{" "}
            <span className="text-slate-600">
              {listener.defaultActions.map((action) => action.summary).join("; ")}
            </span>
          </li>
        ))}
        {lb.listeners.length === 0 && <li className="text-xs text-amber-800">No listeners</li>}
      </ul>
    ),
  },
];

export default async function LoadBalancersPage() {
  const region = await currentRegion();
  const [result, actor] = await Promise.all([
    safeRead("list the load balancers", () => listLoadBalancersWithListeners(region)),
    currentActor(),
  ]);

  return (
    <>
      <PageHeader
        title="Load balancers"
        description={`Application Load Balancers in ${region}.`}
        actions={
          can(actor, "change-load-balancers") && (
            <ButtonLink href="/load-balancers/new" variant="primary">
              Create load balancer
            </ButtonLink>
          )
        }
      />
      {!result.ok ? (
        <ErrorState
          title="Could not list the load balancers"
          message={result.error.message}
          code={result.error.code}
        />
      ) : result.data.length === 0 ? (
        <EmptyState title={`No Application Load Balancers in ${region}`}>
          Pick another region above, or create a load balancer for the image service.
        </EmptyState>
      ) : (
        <Table
          columns={COLUMNS}
          rows={result.data}
          rowKey={(lb) => lb.arn}
          caption={`Load balancers in ${region}`}
        />
      )}
    </>
  );
}
