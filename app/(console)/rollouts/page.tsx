import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
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
    <div
      tabIndex={0}
      role="region"
      aria-label={caption}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:outline-none"
    >
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Rollout
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Target
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Versions
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {isPast ? "Outcome" : "Progress"}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Started
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rollouts.map((rollout) => (
            <tr key={rollout.id}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/rollouts/${rollout.id}`} className="font-mono text-sky-800 hover:underline">
                  {rollout.id.slice(0, 8)}
                </Link>
              </th>
              <td className="px-3 py-2">
                {targetLabel(rollout.plan.target)}
                <span className="ml-1 text-xs text-slate-500">
                  ({levelOf(rollout.plan.target) === "alb" ? "ALB" : "DNS"})
                </span>
              </td>
              <td className="px-3 py-2">
                {backendLabel(rollout, rollout.plan.stableBackendId)} →{" "}
                {backendLabel(rollout, rollout.plan.canaryBackendId)}
              </td>
              <td className="px-3 py-2">
                <RolloutStatusBadge status={rollout.status} />
              </td>
              <td className="px-3 py-2 text-slate-700">
                {isPast ? (rollout.outcome?.summary ?? "—") : progress(rollout)}
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600">
                <time dateTime={rollout.createdAt}>
                  {rollout.createdAt.replace("T", " ").slice(0, 19)} UTC
                </time>
                <span className="block text-xs">by {rollout.createdBy}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
  const start = (
    <ButtonLink variant="primary" href="/rollouts/new">
      New rollout
    </ButtonLink>
  );
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
