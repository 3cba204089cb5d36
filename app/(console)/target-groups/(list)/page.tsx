import Link from "next/link";

import { TargetHealthTable } from "@/components/inventory/target-health-table";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { listTargetGroupsWithHealth } from "@/lib/aws/elbv2/target-groups";
import { safeRead } from "@/lib/aws/safe-read";
import { currentRegion } from "@/lib/region";

export const metadata = { title: "Target groups" };

// Where a target group page sends the operator after deleting it (its own page is gone by then).
const TARGET_GROUP_NAME = /^[A-Za-z0-9-]{1,32}$/;

export default async function TargetGroupsPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string | string[] }>;
}) {
  const { deleted } = await searchParams;
  const deletedName = typeof deleted === "string" && TARGET_GROUP_NAME.test(deleted) ? deleted : undefined;
  const region = await currentRegion();
  const result = await safeRead("list the target groups", () => listTargetGroupsWithHealth(region));

  return (
    <>
      <PageHeader
        title="Target groups"
        description={`Target groups in ${region}, with the health of each target.`}
      />
      {deletedName && (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm"
        >
          Deleted target group <span className="font-medium">{deletedName}</span>. The{" "}
          <Link href="/audit" className="text-sky-800 underline">
            audit log
          </Link>{" "}
          has the entry.
        </p>
      )}
      {!result.ok ? (
        <ErrorState
          title="Could not list the target groups"
          message={result.error.message}
          code={result.error.code}
        />
      ) : result.data.length === 0 ? (
        <EmptyState title={`No target groups in ${region}`}>
          Target groups hold the instances, IPs or Lambda functions a load balancer sends traffic to.
        </EmptyState>
      ) : (
        <div className="grid gap-4 xl:grid-cols-2">
          {result.data.map((group) => {
            const healthy = group.targets.filter((target) => target.state === "healthy").length;
            return (
              <Card
                key={group.arn}
                title={
                  <Link
                    href={`/target-groups/${encodeURIComponent(group.name)}`}
                    className="text-sky-800 hover:underline"
                  >
                    {group.name}
                  </Link>
                }
                actions={
                  <>
                    <Badge tone={group.loadBalancerArns.length ? "blue" : "gray"}>
                      {group.loadBalancerArns.length ? "in use" : "not used by a load balancer"}
                    </Badge>
                    <Badge tone={healthy === group.targets.length && healthy > 0 ? "green" : "amber"}>
                      {healthy}/{group.targets.length} healthy
                    </Badge>
                  </>
                }
              >
                <p className="mb-3 text-xs text-slate-600">
                  {group.protocol ?? "—"}:{group.port ?? "—"} · {group.protocolVersion ?? "HTTP1"} ·{" "}
                  {group.targetType} targets · health check {group.healthCheck.protocol}{" "}
                  {group.healthCheck.path} (interval {group.healthCheck.intervalSeconds}s, timeout{" "}
                  {group.healthCheck.timeoutSeconds}s, healthy {group.healthCheck.healthyThreshold}, unhealthy{" "}
                  {group.healthCheck.unhealthyThreshold}, codes {group.healthCheck.matcher})
                </p>
                <TargetHealthTable targets={group.targets} caption={`Targets of ${group.name}`} />
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
