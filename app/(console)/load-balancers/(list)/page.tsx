import Link from "next/link";

import { LoadBalancerStateBadge } from "@/components/inventory/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { listLoadBalancersWithListeners } from "@/lib/aws/elbv2/load-balancers";
import { can, currentActor } from "@/lib/auth/actor";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

export const metadata = { title: "Load balancers" };

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
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Load balancers in {region}</caption>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Name
                </th>
                <th scope="col" className="px-4 py-2">
                  State
                </th>
                <th scope="col" className="px-4 py-2">
                  Scheme
                </th>
                <th scope="col" className="px-4 py-2">
                  DNS name
                </th>
                <th scope="col" className="px-4 py-2">
                  Availability Zones
                </th>
                <th scope="col" className="px-4 py-2">
                  Listeners
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {result.data.map((lb) => (
                <tr key={lb.arn}>
                  <td className="px-4 py-2 font-medium">
                    <Link
                      className="text-sky-800 hover:underline"
                      href={`/load-balancers/${encodeURIComponent(lb.name)}`}
                    >
                      {lb.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    <LoadBalancerStateBadge state={lb.state} />
                  </td>
                  <td className="px-4 py-2">
                    <Badge tone={lb.scheme === "internet-facing" ? "blue" : "gray"}>{lb.scheme}</Badge>
                  </td>
                  <td className="max-w-72 truncate px-4 py-2 font-mono text-xs" title={lb.dnsName}>
                    {lb.dnsName}
                  </td>
                  <td className="px-4 py-2 text-xs">
                    {lb.availabilityZones.map((zone) => zone.zoneName).join(", ")}
                    {lb.availabilityZones.length < 2 && (
                      <span className="ml-1">
                        <Badge tone="red">fewer than 2 AZs</Badge>
                      </span>
                    )}
                  </td>
                  <td className="px-4 py-2">
                    <ul className="space-y-0.5">
                      {lb.listeners.map((listener) => (
                        <li key={listener.arn} className="text-xs">
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
