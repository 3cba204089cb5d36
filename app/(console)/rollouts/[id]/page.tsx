import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/layout/page-header";
import { can, currentActor } from "@/lib/auth/actor";
import { rolloutStore } from "@/lib/rollouts";
import { targetLabel } from "@/lib/rollouts/planner-target";

import { liveRolloutOf } from "../_lib/live";
import { LiveRollout } from "./_components/live-rollout";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return { title: `Rollout ${id.slice(0, 8)}` };
}

export default async function RolloutPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const live = await liveRolloutOf(rolloutStore(), id);
  if (!live) notFound();
  const { rollout } = live;
  const mayCommand = can(await currentActor(), "run-rollouts");
  const label = (backendId: string) =>
    rollout.plan.backends.find((backend) => backend.id === backendId)?.label ?? backendId;
  return (
    <>
      <PageHeader
        title={`Rollout ${rollout.id.slice(0, 8)}`}
        breadcrumb={
          <Link href="/rollouts" className="hover:underline">
            Rollouts
          </Link>
        }
        description={
          <>
            {targetLabel(rollout.plan.target)}: {label(rollout.plan.stableBackendId)} →{" "}
            {label(rollout.plan.canaryBackendId)} · started by {rollout.createdBy} at{" "}
            <time dateTime={rollout.createdAt}>{rollout.createdAt.replace("T", " ").slice(0, 19)} UTC</time>
          </>
        }
      />
      <LiveRollout initial={live} mayCommand={mayCommand} />
    </>
  );
}
