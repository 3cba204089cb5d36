import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { ErrorState } from "@/components/ui/error-state";
import { can, currentActor } from "@/lib/auth/actor";
import { listLoadBalancersWithListeners } from "@/lib/aws/elbv2/load-balancers";
import { listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { targetFromSearchParams } from "@/lib/rollouts/planner-target";
import { currentRegion } from "@/lib/region";

import { loadPlannerData } from "../_lib/load-target";
import { RolloutPlanner } from "./_components/rollout-planner";
import { TargetPicker } from "./_components/target-picker";

export const metadata = { title: "New rollout" };
export const dynamic = "force-dynamic";

const breadcrumb = (
  <Link href="/rollouts" className="hover:underline">
    Rollouts
  </Link>
);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export default async function NewRolloutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const target = targetFromSearchParams(await searchParams);
  const actor = await currentActor();
  if (!can(actor, "run-rollouts")) {
    return (
      <>
        <PageHeader title="New rollout" breadcrumb={breadcrumb} />
        <ErrorState
          title="You cannot start rollouts"
          message={`Your role (${actor.role ?? "none"}) may look at rollouts but not start or steer them; an operator or an admin can.`}
        />
      </>
    );
  }

  if (!target) {
    const region = await currentRegion();
    const choices = await Promise.all([listLoadBalancersWithListeners(region), listHostedZones()]).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (!choices.ok) {
      return (
        <>
          <PageHeader title="New rollout" breadcrumb={breadcrumb} />
          <ErrorState title="Could not list the listeners and zones" message={message(choices.error)} />
        </>
      );
    }
    const [loadBalancers, zones] = choices.value;
    return (
      <>
        <PageHeader
          title="New rollout"
          breadcrumb={breadcrumb}
          description="Pick where the traffic is weighed: a load balancer's listener, or a weighted record group in Route 53."
        />
        <TargetPicker region={region} loadBalancers={loadBalancers} zones={zones} />
      </>
    );
  }

  let data: Awaited<ReturnType<typeof loadPlannerData>>;
  try {
    data = await loadPlannerData(target);
  } catch (error) {
    return (
      <>
        <PageHeader title="New rollout" breadcrumb={breadcrumb} />
        <ErrorState title="Could not read the rollout target" message={message(error)} />
      </>
    );
  }

  const { loaded } = data;
  return (
    <>
      <PageHeader
        title="New rollout"
        breadcrumb={breadcrumb}
        description={
          <>
            {loaded.level === "alb" ? "Load balancer level" : "DNS level"}:{" "}
            <span className="font-medium text-slate-800">{loaded.title || "unknown target"}</span>
          </>
        }
      />
      {loaded.problem ? (
        <ErrorState
          title="No rollout can run on this target"
          message={loaded.problem}
          action={
            <Link href="/rollouts/new" className="text-sky-800 underline">
              Pick another target
            </Link>
          }
        />
      ) : (
        <RolloutPlanner loaded={loaded} alarms={data.alarms} />
      )}
    </>
  );
}
