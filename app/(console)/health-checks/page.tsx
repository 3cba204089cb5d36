import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { type Column, Table } from "@/components/ui/table";
import {
  getHealthCheckStatuses,
  type HealthCheckStatus,
  type HealthCheckSummary,
  listHealthChecks,
} from "@/lib/aws/route53/health-checks";
import { can, currentActor } from "@/lib/auth/actor";
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

function columns(
  statuses: Record<string, HealthCheckStatus | undefined>,
  canDelete: boolean,
): Column<HealthCheckSummary>[] {
  return [
    { id: "id", header: "Health check", className: "font-mono text-xs", cell: (check) => check.id },
    {
      id: "type",
      header: "Type",
      cell: (check) => (
        <>
          <Badge tone={check.type === "CALCULATED" ? "violet" : "blue"}>{check.type}</Badge>
          {check.isInverted && <span className="ml-1 text-xs text-slate-500">inverted</span>}
        </>
      ),
    },
    {
      id: "endpoint",
      header: "Endpoint",
      className: "font-mono text-xs break-all",
      cell: (check) => (
        <>
          {check.endpoint}
          {check.searchString && <div className="text-slate-500">contains “{check.searchString}”</div>}
        </>
      ),
    },
    {
      id: "path",
      header: "Path",
      className: "font-mono text-xs",
      cell: (check) => check.resourcePath ?? "—",
    },
    {
      id: "interval",
      header: "Interval",
      align: "right",
      className: "tabular-nums",
      cell: (check) => (check.requestInterval ? `${check.requestInterval} s` : "—"),
    },
    {
      id: "threshold",
      header: "Failure threshold",
      align: "right",
      className: "tabular-nums",
      cell: (check) => check.failureThreshold ?? "—",
    },
    { id: "status", header: "Status", cell: (check) => <StatusBadge status={statuses[check.id]} /> },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (check) =>
        canDelete && (
          <DeleteHealthCheckButton healthCheckId={check.id} label={`${check.type} ${check.endpoint}`} />
        ),
    },
  ];
}

async function loadHealthChecks() {
  const checks = await listHealthChecks();
  return { checks, statuses: await getHealthCheckStatuses(checks) };
}

export default async function HealthChecksPage() {
  const [result, actor] = await Promise.all([
    safeRead("list the health checks", loadHealthChecks),
    currentActor(),
  ]);
  const create = can(actor, "change-dns") && (
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
        <ErrorState
          title="Could not list the health checks"
          message={result.error.message}
          code={result.error.code}
        />
      ) : result.data.checks.length === 0 ? (
        <EmptyState title="No health checks yet" action={create}>
          Create a health check to let Route 53 fail over away from an endpoint that stops answering.
        </EmptyState>
      ) : (
        <Table
          caption="Health checks"
          columns={columns(result.data.statuses, can(actor, "change-dns"))}
          rows={result.data.checks}
          rowKey={(check) => check.id}
        />
      )}
    </>
  );
}
