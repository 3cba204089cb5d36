import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { getHealthCheckStatuses, type HealthCheckStatus, listHealthChecks } from "@/lib/aws/route53/health-checks";
import { safeRead } from "@/lib/aws/safe-read";

import { DeleteHealthCheckButton } from "./_components/delete-health-check-button";

export const metadata = { title: "Health checks" };

function StatusBadge({ status }: { status: HealthCheckStatus | undefined }) {
  if (!status || status.status === "unknown") {
    return (
      <Badge tone="gray" title={status?.status === "unknown" ? status.reason : undefined}>
        Unknown
      </Badge>
    );
  }
  const title = `${status.healthyCheckers} of ${status.checkers} health checkers report healthy${status.lastReport ? `. ${status.lastReport}` : ""}`;
  return status.status === "healthy" ? (
    <Badge tone="green" title={title}>
      Healthy
    </Badge>
  ) : (
    <Badge tone="red" title={title}>
      Unhealthy
    </Badge>
  );
}

async function loadHealthChecks() {
  const checks = await listHealthChecks();
  return { checks, statuses: await getHealthCheckStatuses(checks) };
}

export default async function HealthChecksPage() {
  const result = await safeRead("list the health checks", loadHealthChecks);
  const create = (
    <ButtonLink variant="primary" href="/health-checks/new">
      Create health check
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        title="Health checks"
        description="Route 53 health checks (global). Records with a routing policy other than simple use them to stop answering with an unhealthy endpoint."
        actions={create}
      />
      {!result.ok ? (
        <ErrorState title="Could not list the health checks" message={result.error.message} code={result.error.code} />
      ) : result.data.checks.length === 0 ? (
        <EmptyState title="No health checks yet" action={create}>
          Create a health check to let Route 53 fail over away from an endpoint that stops answering.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Health checks</caption>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2">Health check</th>
                <th scope="col" className="px-4 py-2">Type</th>
                <th scope="col" className="px-4 py-2">Endpoint</th>
                <th scope="col" className="px-4 py-2">Path</th>
                <th scope="col" className="px-4 py-2 text-right">Interval</th>
                <th scope="col" className="px-4 py-2 text-right">Failure threshold</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2 text-right">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {result.data.checks.map((check) => (
                <tr key={check.id}>
                  <td className="px-4 py-2 font-mono text-xs">{check.id}</td>
                  <td className="px-4 py-2">
                    <Badge tone={check.type === "CALCULATED" ? "violet" : "blue"}>{check.type}</Badge>
                    {check.isInverted && <span className="ml-1 text-xs text-slate-500">inverted</span>}
                  </td>
                  <td className="px-4 py-2 font-mono text-xs break-all">
                    {check.endpoint}
                    {check.searchString && <div className="text-slate-500">contains “{check.searchString}”</div>}
                  </td>
                  <td className="px-4 py-2 font-mono text-xs">{check.resourcePath ?? "—"}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{check.requestInterval ? `${check.requestInterval} s` : "—"}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{check.failureThreshold ?? "—"}</td>
                  <td className="px-4 py-2">
                    <StatusBadge status={result.data.statuses[check.id]} />
                  </td>
                  <td className="px-4 py-2 text-right">
                    <DeleteHealthCheckButton healthCheckId={check.id} label={`${check.type} ${check.endpoint}`} />
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
