import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";

import { LoadBalancerStateBadge } from "@/components/inventory/status-badges";
import { TargetHealthTable } from "@/components/inventory/target-health-table";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import { ErrorState } from "@/components/ui/error-state";
import { listCertificates } from "@/lib/aws/acm/certificates";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listSubnets } from "@/lib/aws/ec2/subnets";
import { getLoadBalancerAttributes, listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listSslPolicies } from "@/lib/aws/elbv2/ssl-policies";
import { listTargetGroups, listTargetGroupsWithHealth } from "@/lib/aws/elbv2/target-groups";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

import { AdvisorFindings } from "./_components/advisor-findings";
import { AttributesEditor } from "./_components/attributes-editor";
import { DeleteSection } from "./_components/delete-section";
import { DnsNames } from "./_components/dns-names";
import type { EditContext } from "./_components/edit-context";
import { ListenersSection } from "./_components/listeners-section";
import { NetworkEditor } from "./_components/network-editor";
import { readListenersWithRules } from "@/lib/alb-ops/read-listeners";

/** Holds a card's place while the hosted zones are scanned for records pointing here. */
function SectionSkeleton({ title }: { title: string }) {
  return (
    <Card title={title} className="xl:col-span-2">
      <p className="text-sm text-slate-500" role="status">
        Reading the hosted zones…
      </p>
    </Card>
  );
}

/** Reads an editor's option list; a failure leaves the list empty rather than failing the page. */
const optional = <T,>(read: Promise<T[]>): Promise<T[]> => read.catch(() => []);

async function loadLoadBalancer(region: string, name: string) {
  const [lb] = await listLoadBalancers(region, { names: [name] });
  if (!lb) return undefined;
  const [
    listeners,
    attributes,
    targetGroups,
    vpcTargetGroups,
    certificates,
    sslPolicies,
    subnets,
    securityGroups,
  ] = await Promise.all([
    readListenersWithRules(region, lb.arn),
    getLoadBalancerAttributes(region, lb.arn),
    listTargetGroupsWithHealth(region, { loadBalancerArn: lb.arn }),
    optional(listTargetGroups(region)),
    optional(listCertificates(region)),
    optional(listSslPolicies(region)),
    optional(listSubnets(region, { vpcId: lb.vpcId })),
    optional(listSecurityGroups(region, { vpcId: lb.vpcId })),
  ]);
  const context: EditContext = {
    region,
    loadBalancerName: lb.name,
    targetGroups: vpcTargetGroups
      .filter((group) => !group.vpcId || group.vpcId === lb.vpcId)
      .map((group) => ({
        arn: group.arn,
        name: group.name,
        detail: `${group.protocol ?? group.targetType}${group.port ? `:${group.port}` : ""}`,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    certificates: certificates.map((certificate) => ({
      arn: certificate.arn,
      domainName: certificate.domainName,
      status: certificate.status,
      type: certificate.type,
    })),
    sslPolicies: sslPolicies.map(({ name, isLegacy, supportsTls13, minimumProtocol }) => ({
      name,
      isLegacy,
      supportsTls13,
      minimumProtocol,
    })),
    domains: Object.fromEntries(certificates.map((certificate) => [certificate.arn, certificate.domainName])),
  };
  return { lb, listeners, attributes, targetGroups, context, subnets, securityGroups };
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
        {!result.ok && (
          <ErrorState
            title="Could not read the load balancer"
            message={result.error.message}
            code={result.error.code}
          />
        )}
      </>
    );
  }

  const { lb, listeners, attributes, targetGroups, context, subnets, securityGroups } = result.data;
  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={lb.name}
        actions={
          <Link
            href={`/load-balancers/${encodeURIComponent(lb.name)}/troubleshoot`}
            className="text-sm font-medium text-sky-800 hover:underline"
          >
            Troubleshoot
          </Link>
        }
        description={
          <span className="flex flex-wrap items-center gap-2">
            <LoadBalancerStateBadge state={lb.state} />
            <Badge tone="blue">{lb.scheme}</Badge>
            <span className="font-mono text-xs">{lb.dnsName}</span>
          </span>
        }
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Suspense fallback={<SectionSkeleton title="What the advisor finds here" />}>
          <AdvisorFindings lb={lb} region={region} />
        </Suspense>
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
              {
                term: "Security groups",
                value: <span className="font-mono text-xs">{lb.securityGroupIds.join(", ") || "—"}</span>,
              },
              {
                term: "Hosted zone id (alias)",
                value: <span className="font-mono text-xs">{lb.canonicalHostedZoneId}</span>,
              },
              { term: "ARN", value: <span className="font-mono text-xs">{lb.arn}</span> },
            ]}
          />
        </Card>
        <Card title="Attributes">
          <AttributesEditor region={region} loadBalancerName={lb.name} attributes={attributes} />
        </Card>
        <Card title="Subnets and security groups" className="xl:col-span-2">
          <NetworkEditor
            region={region}
            loadBalancerName={lb.name}
            availabilityZones={lb.availabilityZones}
            securityGroupIds={lb.securityGroupIds}
            subnets={subnets.map(({ id, availabilityZone, cidrBlock, name: subnetName, isPublic }) => ({
              id,
              availabilityZone,
              cidrBlock,
              name: subnetName,
              isPublic,
            }))}
            securityGroups={securityGroups.map(({ id, name: groupName, description }) => ({
              id,
              name: groupName,
              description,
            }))}
          />
        </Card>
        <div className="xl:col-span-2">
          <ListenersSection context={context} listeners={listeners} />
        </div>
        {targetGroups.map((group) => (
          <Card
            key={group.arn}
            title={`Target group ${group.name}`}
            actions={
              <Link
                href={`/target-groups/${encodeURIComponent(group.name)}`}
                className="text-sm text-sky-800 hover:underline"
              >
                Health check and attributes
              </Link>
            }
          >
            <p className="mb-3 text-xs text-slate-600">
              {group.protocol}:{group.port} · {group.targetType} targets · health check{" "}
              {group.healthCheck.protocol} {group.healthCheck.path} every {group.healthCheck.intervalSeconds}s
            </p>
            <TargetHealthTable targets={group.targets} caption={`Targets of ${group.name}`} />
          </Card>
        ))}
        <Suspense fallback={<SectionSkeleton title="DNS names pointing here" />}>
          <DnsNames lb={lb} region={region} />
        </Suspense>
        <Suspense fallback={<SectionSkeleton title="Delete load balancer" />}>
          <DeleteSection
            lb={lb}
            region={region}
            isProtected={attributes["deletion_protection.enabled"] === "true"}
            listenerCount={listeners.length}
          />
        </Suspense>
      </div>
    </>
  );
}
