import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import { ErrorState } from "@/components/ui/error-state";
import { listInstances } from "@/lib/aws/ec2/instances";
import { nameFromArn } from "@/lib/alb/domain";
import {
  describeTargetHealthWithZones,
  getTargetGroupAttributes,
  listTargetGroups,
} from "@/lib/aws/elbv2/target-groups";
import { can, currentActor } from "@/lib/auth/actor";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

import { AttributesEditor } from "./_components/attributes-editor";
import { DeleteTargetGroup } from "./_components/delete-target-group";
import { HealthCheckEditor } from "./_components/health-check-editor";
import { LiveTargets } from "./_components/live-targets";

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }) {
  return { title: `Target group ${decodeURIComponent((await params).name)}` };
}

async function loadTargetGroup(region: string, name: string) {
  const group = (await listTargetGroups(region)).find((candidate) => candidate.name === name);
  if (!group) return undefined;
  const [attributes, targets, instances] = await Promise.all([
    getTargetGroupAttributes(region, group.arn),
    describeTargetHealthWithZones(region, group.arn),
    group.targetType === "instance" && group.vpcId
      ? safeRead("list the instances of the VPC", () => listInstances(region, { vpcId: group.vpcId }))
      : Promise.resolve(undefined),
  ]);
  return { group, attributes, targets, instances };
}

export default async function TargetGroupPage({ params }: { params: Promise<{ name: string }> }) {
  const name = decodeURIComponent((await params).name);
  const region = await currentRegion();
  const [result, actor] = await Promise.all([
    safeRead("read the target group", () => loadTargetGroup(region, name)),
    currentActor(),
  ]);
  const canChange = can(actor, "change-load-balancers");
  if (result.ok && !result.data) notFound();

  const breadcrumb = (
    <Link href="/target-groups" className="hover:underline">
      Target groups
    </Link>
  );
  if (!result.ok || !result.data) {
    return (
      <>
        <PageHeader breadcrumb={breadcrumb} title={name} />
        {!result.ok && (
          <ErrorState
            title="Could not read the target group"
            message={result.error.message}
            code={result.error.code}
          />
        )}
      </>
    );
  }

  const { group, attributes, targets, instances } = result.data;
  const health = group.healthCheck;
  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={group.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="blue">
              {group.protocol ?? "—"}:{group.port ?? "—"}
            </Badge>
            <Badge>{group.targetType} targets</Badge>
            {group.loadBalancerArns.length === 0 && <Badge tone="amber">not used by a load balancer</Badge>}
            <span className="text-xs text-slate-500">{region}</span>
          </span>
        }
      />
      <div className="space-y-6">
        <Card title="Targets">
          <LiveTargets
            name={group.name}
            targetGroupArn={group.arn}
            targetType={group.targetType}
            defaultPort={group.port}
            initialTargets={targets}
            instances={
              instances?.ok
                ? instances.data.map(({ id, name: instanceName, state, privateIp, availabilityZone }) => ({
                    id,
                    name: instanceName,
                    state,
                    privateIp,
                    availabilityZone,
                  }))
                : []
            }
            instancesError={instances && !instances.ok ? instances.error.message : undefined}
            canRegister={can(actor, "register-targets")}
          />
        </Card>

        <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
          <Card title="Health check">
            <p className="mb-4 text-sm text-slate-600">
              Now: {health.protocol}{" "}
              {health.port === "traffic-port" ? "traffic port" : `port ${health.port ?? "—"}`} {health.path},
              every {health.intervalSeconds} s, timeout {health.timeoutSeconds} s, healthy after{" "}
              {health.healthyThreshold}, unhealthy after {health.unhealthyThreshold}, success codes{" "}
              {health.matcher}.
            </p>
            {canChange && <HealthCheckEditor targetGroupArn={group.arn} loaded={health} />}
          </Card>
          <Card title="Overview">
            <DefinitionList
              items={[
                { term: "Protocol version", value: group.protocolVersion ?? "HTTP1" },
                { term: "VPC", value: <span className="font-mono text-xs">{group.vpcId ?? "—"}</span> },
                {
                  term: "Load balancers",
                  value: group.loadBalancerArns.length
                    ? group.loadBalancerArns.map((arn) => (
                        <Link
                          key={arn}
                          href={`/load-balancers/${encodeURIComponent(nameFromArn(arn))}`}
                          className="mr-2 text-sky-800 hover:underline"
                        >
                          {nameFromArn(arn)}
                        </Link>
                      ))
                    : "none",
                },
                { term: "ARN", value: <span className="font-mono text-xs">{group.arn}</span> },
              ]}
            />
          </Card>
        </div>

        <Card title="Attributes">
          {canChange ? (
            <AttributesEditor targetGroupArn={group.arn} loaded={attributes} />
          ) : (
            <DefinitionList
              items={Object.entries(attributes).map(([key, value]) => ({
                term: key,
                value: <span className="font-mono text-xs">{value}</span>,
              }))}
            />
          )}
        </Card>

        {canChange && (
          <Card title="Delete">
            <DeleteTargetGroup
              name={group.name}
              targetGroupArn={group.arn}
              usedBy={group.loadBalancerArns.map(nameFromArn)}
            />
          </Card>
        )}
      </div>
    </>
  );
}
