import Link from "next/link";
import { notFound } from "next/navigation";

import { CreateAliasForm } from "@/components/alias-record/create-alias-form";
import { LoadBalancerStateBadge } from "@/components/inventory/status-badges";
import { TargetHealthTable } from "@/components/inventory/target-health-table";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import { ErrorState } from "@/components/ui/error-state";
import { getLoadBalancerAttributes, listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listListeners } from "@/lib/aws/elbv2/listeners";
import { listTargetGroupsWithHealth } from "@/lib/aws/elbv2/target-groups";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

async function loadLoadBalancer(region: string, name: string) {
  const [lb] = await listLoadBalancers(region, { names: [name] });
  if (!lb) return undefined;
  const [listeners, attributes, targetGroups] = await Promise.all([
    listListeners(region, lb.arn),
    getLoadBalancerAttributes(region, lb.arn),
    listTargetGroupsWithHealth(region, { loadBalancerArn: lb.arn }),
  ]);
  return { lb, listeners, attributes, targetGroups };
}

export default async function LoadBalancerPage({ params }: { params: Promise<{ name: string }> }) {
  const { name: rawName } = await params;
  const name = decodeURIComponent(rawName);
  const region = await currentRegion();
  const result = await safeRead("read the load balancer", () => loadLoadBalancer(region, name));
  if (result.ok && !result.data) notFound();

  const breadcrumb = (
    <Link href="/load-balancers" className="hover:underline">
      Load balancers
    </Link>
  );
  if (!result.ok || !result.data) {
    return (
      <>
        <PageHeader breadcrumb={breadcrumb} title={name} />
        {!result.ok && <ErrorState title="Could not read the load balancer" message={result.error.message} code={result.error.code} />}
      </>
    );
  }

  const { lb, listeners, attributes, targetGroups } = result.data;
  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={lb.name}
        actions={<Link href={`/load-balancers/${encodeURIComponent(lb.name)}/troubleshoot`} className="text-sm font-medium text-sky-800 hover:underline">Troubleshoot</Link>}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <LoadBalancerStateBadge state={lb.state} />
            <Badge tone="blue">{lb.scheme}</Badge>
            <span className="font-mono text-xs">{lb.dnsName}</span>
          </span>
        }
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Overview">
          <DefinitionList
            items={[
              { term: "Region", value: region },
              { term: "VPC", value: <span className="font-mono text-xs">{lb.vpcId}</span> },
              { term: "IP address type", value: lb.ipAddressType },
              {
                term: "Availability Zones",
                value: lb.availabilityZones.map((zone) => `${zone.zoneName} (${zone.subnetId})`).join(", "),
              },
              { term: "Security groups", value: <span className="font-mono text-xs">{lb.securityGroupIds.join(", ") || "—"}</span> },
              { term: "Hosted zone id (alias)", value: <span className="font-mono text-xs">{lb.canonicalHostedZoneId}</span> },
              { term: "ARN", value: <span className="font-mono text-xs">{lb.arn}</span> },
            ]}
          />
        </Card>
        <Card title="Attributes">
          <DefinitionList
            items={Object.entries(attributes)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([key, value]) => ({ term: key, value: <span className="font-mono text-xs">{value || "—"}</span> }))}
          />
        </Card>
        <Card title={`Listeners (${listeners.length})`} className="xl:col-span-2">
          {listeners.length === 0 ? (
            <p className="text-sm text-amber-800">This load balancer has no listener: it accepts no traffic.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Listeners</caption>
              <thead className="text-xs tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="py-1 pr-4">Listener</th>
                  <th scope="col" className="py-1 pr-4">Default action</th>
                  <th scope="col" className="py-1 pr-4">Security policy</th>
                  <th scope="col" className="py-1">Certificates</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {listeners.map((listener) => (
                  <tr key={listener.arn}>
                    <td className="py-1.5 pr-4 font-mono font-medium">
                      {listener.protocol}:{listener.port}
                    </td>
                    <td className="py-1.5 pr-4">{listener.defaultActions.map((action) => action.summary).join("; ")}</td>
                    <td className="py-1.5 pr-4 font-mono text-xs">{listener.sslPolicy ?? "—"}</td>
                    <td className="py-1.5 font-mono text-xs break-all">
                      {listener.certificates.map((certificate) => (
                        <div key={certificate.certificateArn}>
                          {certificate.isDefault && <Badge tone="blue">default</Badge>} {certificate.certificateArn}
                        </div>
                      ))}
                      {listener.certificates.length === 0 && "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        {targetGroups.map((group) => (
          <Card key={group.arn} title={`Target group ${group.name}`}>
            <p className="mb-3 text-xs text-slate-600">
              {group.protocol}:{group.port} · {group.targetType} targets · health check {group.healthCheck.protocol}{" "}
              {group.healthCheck.path} every {group.healthCheck.intervalSeconds}s
            </p>
            <TargetHealthTable targets={group.targets} caption={`Targets of ${group.name}`} />
          </Card>
        ))}
        <CreateAliasForm lb={lb} region={region} />
      </div>
    </>
  );
}
