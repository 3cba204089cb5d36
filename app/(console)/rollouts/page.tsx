import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Table } from "@/components/ui/table";
import { can, currentActor } from "@/lib/auth/actor";
import { rolloutStore } from "@/lib/rollouts";
import { levelOf, targetLabel } from "@/lib/rollouts/planner-target";
import type { Rollout } from "@/lib/rollouts/types";

import { RolloutStatusBadge } from "./_components/status-badge";

export const metadata = { title: "Rollouts" };
export const dynamic = "force-dynamic";

function backendLabel(rollout: Rollout, id: string): string {
  return rollout.plan.backends.find((backend) => backend.id === id)?.label ?? id;
}

function progress(rollout: Rollout): string {
  const total = rollout.plan.steps.length;
  return rollout.stepIndex < 0 ? `0 of ${total} steps` : `step ${rollout.stepIndex + 1} of ${total}`;
}

function RolloutTable({
  rollouts,
  caption,
  isPast,
}: {
  rollouts: Rollout[];
  caption: string;
  isPast: boolean;
}) {
  return (
    <Table
      caption={caption}
      rows={rollouts}
      rowKey={(rollout) => rollout.id}
      className="[&_table]:min-w-[44rem]"
      columns={[
        {
          id: "id",
          header: "Rollout",
          isRowHeader: true,
          cell: (rollout) => (
            <Link href={`/rollouts/${rollout.id}`} className="font-mono text-sky-800 hover:underline">
              {rollout.id.slice(0, 8)}
            </Link>
          ),
        },
        {
          id: "target",
          header: "Target",
          cell: (rollout) => (
            <>
              {targetLabel(rollout.plan.target)}
              <span className="ml-1 text-xs text-slate-500">
                ({levelOf(rollout.plan.target) === "alb" ? "ALB" : "DNS"})
              </span>
            </>
          ),
        },
        {
          id: "versions",
          header: "Versions",
          cell: (rollout) =>
            `${backendLabel(rollout, rollout.plan.stableBackendId)} → ${backendLabel(rollout, rollout.plan.canaryBackendId)}`,
        },
        { id: "status", header: "Status", cell: (rollout) => <RolloutStatusBadge status={rollout.status} /> },
        {
          id: "progress",
          header: isPast ? "Outcome" : "Progress",
          cell: (rollout) => (isPast ? (rollout.outcome?.summary ?? "—") : progress(rollout)),
        },
        {
          id: "started",
          header: "Started",
          className: "whitespace-nowrap",
          cell: (rollout) => (
            <>
              <time dateTime={rollout.createdAt}>{rollout.createdAt.replace("T", " ").slice(0, 19)} UTC</time>
              <span className="block text-xs text-slate-600">by {rollout.createdBy}</span>
            </>
          ),
        },
      ]}
    />
  );
}

async function readRollouts(cursor: string | undefined) {
  const store = rolloutStore();
  const [active, past] = await Promise.all([
    store.list({ scope: "active", limit: 100 }),
    store.list({ scope: "past", limit: 25, cursor }),
  ]);
  return { active: active.items, past: past.items, nextCursor: past.nextCursor };
}

export default async function RolloutsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  // Viewers see the rollouts but are not offered to start one (the action refuses them anyway).
  const start = can(await currentActor(), "run-rollouts") ? (
    <ButtonLink variant="primary" href="/rollouts/new">
      New rollout
    </ButtonLink>
  ) : undefined;
  let data: Awaited<ReturnType<typeof readRollouts>>;
  try {
    data = await readRollouts(cursor);
  } catch (error) {
    return (
      <>
        <PageHeader
          title="Rollouts"
          description="Weighted canary rollouts between two versions of the image service."
          actions={start}
        />
        <ErrorState
          title="Could not read the rollouts"
          message={error instanceof Error ? error.message : String(error)}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Rollouts"
        description="Shift traffic to a new version in verified steps, judged by alarms, target health and canary analysis."
        actions={start}
      />
      <div className="space-y-8">
        <section aria-labelledby="active-heading" className="space-y-3">
          <h2 id="active-heading" className="text-base font-semibold">
            Active ({data.active.length})
          </h2>
          {data.active.length === 0 ? (
            <EmptyState title="No rollout is running" action={start}>
              Start one from here, or from a listener, a rule or a weighted record group with &ldquo;Start
              rollout&rdquo;.
            </EmptyState>
          ) : (
            <RolloutTable rollouts={data.active} caption="Active rollouts" isPast={false} />
          )}
        </section>
        <section aria-labelledby="past-heading" className="space-y-3">
          <h2 id="past-heading" className="text-base font-semibold">
            Past
          </h2>
          {data.past.length === 0 ? (
            <p className="text-sm text-slate-600">
              {cursor ? "No older rollouts." : "No rollout has finished yet."}
            </p>
          ) : (
            <RolloutTable rollouts={data.past} caption="Past rollouts" isPast />
          )}
          <nav aria-label="Past rollouts pages" className="flex gap-4 text-sm">
            {cursor && (
              <Link href="/rollouts" className="text-sky-800 hover:underline">
                Newest
              </Link>
            )}
            {data.nextCursor && (
              <Link
                href={`/rollouts?cursor=${encodeURIComponent(data.nextCursor)}`}
                className="text-sky-800 hover:underline"
              >
                Older
              </Link>
            )}
          </nav>
        </section>
      </div>
    </>
  );
}
