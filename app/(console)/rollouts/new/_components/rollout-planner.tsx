"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";

import { useAction } from "@/components/actions/use-action";
import { PlanTimelineView } from "@/components/rollouts/plan-timeline";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage, TextAreaField } from "@/components/ui/field";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { messagesFor } from "@/lib/actions/field-errors";
import { buildPlan, type LoadedTarget } from "@/lib/rollouts/planner-target";
import { startRolloutSchema } from "@/lib/schemas/rollout";

import { startRolloutAction } from "../../actions";
import type { AlarmChoice } from "../../_lib/load-target";
import { initialPlannerState, type PlannerFormState, startInputOf } from "../_lib/planner-form";
import { GateFields } from "./gate-fields";
import { StrategyFields } from "./strategy-fields";
import { VersionFields } from "./version-fields";

/** Validates and plans on every change, so the timeline always shows what Start would store. */
function usePreview(loaded: LoadedTarget, state: PlannerFormState) {
  return useMemo(() => {
    const parsed = startRolloutSchema.safeParse({
      ...startInputOf(loaded.target, state),
      reason: state.reason || "preview",
    });
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), problems: [] as string[] };
    const built = buildPlan(loaded, parsed.data);
    return built.ok
      ? { built, fieldErrors: {}, problems: [] as string[] }
      : { fieldErrors: {}, problems: built.problems };
  }, [loaded, state]);
}

export function RolloutPlanner({ loaded, alarms }: { loaded: LoadedTarget; alarms: AlarmChoice[] }) {
  const router = useRouter();
  const [state, setState] = useState(() =>
    initialPlannerState(
      loaded,
      alarms.filter((alarm) => alarm.watchesTarget).map((alarm) => alarm.name),
    ),
  );
  const update = (patch: Partial<PlannerFormState>) => setState((previous) => ({ ...previous, ...patch }));
  const preview = usePreview(loaded, state);
  const start = useAction(startRolloutAction, {
    onSuccess: (result) => router.push(`/rollouts/${result.data.id}`),
  });

  const errors = (name: string) =>
    messagesFor(start.result.status === "error" ? start.result.fieldErrors : undefined, name) ??
    messagesFor(preview.fieldErrors, name);
  const labels = Object.fromEntries(
    [...loaded.members, ...loaded.candidates].map((backend) => [backend.id, backend.label]),
  );
  const existingId = start.result.status === "error" ? start.result.details?.existingRolloutId : undefined;

  const submit = () => {
    if (!preview.built) return;
    start.run({
      ...startInputOf(loaded.target, state),
      seenWeights: preview.built.plan.baselineWeights,
    } as Parameters<typeof start.run>[0]);
  };

  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Card title="Versions">
        <VersionFields loaded={loaded} state={state} update={update} errors={errors} />
      </Card>
      <Card title="Steps">
        <StrategyFields state={state} update={update} errors={errors} />
      </Card>
      <Card title="Gates">
        <GateFields
          alarms={alarms}
          alarmRegion={loaded.alarmRegion}
          isAlb={loaded.level === "alb"}
          state={state}
          update={update}
          errors={errors}
        />
      </Card>
      <Card title="Plan">
        <section aria-label="Plan preview" aria-live="polite">
          {preview.built ? (
            <PlanTimelineView
              timeline={preview.built.timeline}
              labels={labels}
              canaryId={state.canaryId}
              caption="Planned steps"
            />
          ) : (
            <div role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              <p className="font-medium">Fix the plan to see its timeline:</p>
              <ul className="mt-1 list-disc pl-5">
                {(preview.problems.length > 0
                  ? preview.problems
                  : Object.values(preview.fieldErrors).flat()
                ).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </Card>
      <div className="space-y-3">
        <TextAreaField
          id="reason"
          label="Why (for the history and the audit log)"
          rows={2}
          value={state.reason}
          onChange={(event) => update({ reason: event.target.value })}
          errors={
            start.result.status === "error" ? messagesFor(start.result.fieldErrors, "reason") : undefined
          }
          className="max-w-2xl"
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary" disabled={!preview.built || start.isPending}>
            {start.isPending ? "Starting…" : "Start rollout"}
          </Button>
          <FormMessage
            status={start.result.status}
            message={
              start.result.status === "idle"
                ? undefined
                : start.result.status === "success"
                  ? `${start.result.message}. Opening its live view…`
                  : start.result.message
            }
          />
          {typeof existingId === "string" && (
            <Link href={`/rollouts/${existingId}`} className="text-sm text-sky-800 underline">
              Open the active rollout
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}
