"use client";

import { PlanTimelineView } from "@/components/rollouts/plan-timeline";
import { Card } from "@/components/ui/card";
import { gateDescriptions, levelOf } from "@/lib/rollouts/planner-target";
import { timelineOfPlan } from "@/lib/rollouts/stored-plan";
import { isActiveStatus } from "@/lib/rollouts/types";

import type { LiveRollout as LiveRolloutData } from "../../_lib/live";
import { RolloutStatusBadge } from "../../_components/status-badge";
import { CommandBar } from "./command-bar";
import { Countdown } from "./countdown";
import { DriftPanel } from "./drift-panel";
import { GatesPanel } from "./gates-panel";
import { HistoryList } from "./history-list";
import { RolloutCharts } from "./rollout-charts";
import { useLiveRollout } from "./use-live-rollout";
import { WeightsNow } from "./weights-now";

function Outcome({ live }: { live: LiveRolloutData }) {
  const { rollout } = live;
  if (isActiveStatus(rollout.status) || !rollout.outcome) return null;
  const isGood = rollout.status === "succeeded";
  return (
    <section
      aria-label="Outcome"
      className={`rounded-lg border p-4 text-sm ${isGood ? "border-emerald-300 bg-emerald-50 text-emerald-950" : "border-red-300 bg-red-50 text-red-950"}`}
    >
      <p className="font-semibold">{rollout.outcome.summary}</p>
      {rollout.outcome.values && (
        <p className="mt-1 font-mono text-xs">{JSON.stringify(rollout.outcome.values)}</p>
      )}
    </section>
  );
}

function LastError({ live }: { live: LiveRolloutData }) {
  const error = live.rollout.lastError;
  if (!error) return null;
  return (
    <section role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950">
      <p className="font-semibold">
        AWS call failed ({error.code}), attempt {error.attempts}: the rollout does not advance until a write
        is verified.
      </p>
      <p>{error.message}</p>
      <p className="text-xs">Next try at {new Date(error.nextRetryAt).toLocaleTimeString()}.</p>
    </section>
  );
}

/** The rollout as it runs: status and countdown, commands, weights, gates, charts, plan and history; polled live. */
export function LiveRollout({ initial, mayCommand }: { initial: LiveRolloutData; mayCommand: boolean }) {
  const { live, poll, clockOffsetMs, pollNow } = useLiveRollout(initial);
  const { rollout } = live;
  const labels = Object.fromEntries(rollout.plan.backends.map((backend) => [backend.id, backend.label]));
  const timeline = timelineOfPlan(
    rollout.plan,
    gateDescriptions(rollout.plan.gates, levelOf(rollout.plan.target)),
  );

  return (
    <div className="space-y-6">
      <section aria-label="Rollout status" className="flex flex-wrap items-center gap-3">
        <RolloutStatusBadge status={rollout.status} />
        <span className="text-sm text-slate-700">
          {rollout.stepIndex < 0
            ? `Not started (${rollout.plan.steps.length} steps)`
            : `Step ${rollout.stepIndex + 1} of ${rollout.plan.steps.length}`}
        </span>
        <span className="text-xs text-slate-500">
          {poll.lastError
            ? `Could not refresh (${poll.lastError}); retrying.`
            : poll.status === "done"
              ? "Final state."
              : "Live: refreshes every few seconds."}
        </span>
      </section>
      <Countdown rollout={rollout} clockOffsetMs={clockOffsetMs} />
      <Outcome live={live} />
      <LastError live={live} />
      <DriftPanel rollout={rollout} />
      {mayCommand && (
        <CommandBar
          rolloutId={rollout.id}
          version={rollout.version}
          commands={live.commands}
          onDone={pollNow}
        />
      )}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Weights">
          <WeightsNow rollout={rollout} />
        </Card>
        <Card title="Gates">
          <GatesPanel rollout={rollout} />
        </Card>
      </div>
      <Card title="Over time">
        <RolloutCharts plan={rollout.plan} samples={live.samples} events={live.events} />
      </Card>
      <Card title="Plan">
        <PlanTimelineView
          timeline={timeline}
          labels={labels}
          canaryId={rollout.plan.canaryBackendId}
          currentStepIndex={rollout.stepIndex}
          caption="Steps of this rollout"
        />
      </Card>
      <Card title="History">
        <HistoryList events={live.events} />
      </Card>
    </div>
  );
}
