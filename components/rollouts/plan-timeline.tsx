import { Table } from "@/components/ui/table";
import { formatDuration } from "@/lib/rollouts/duration";
import type { PlannedStep, PlanTimeline } from "@/lib/rollouts/plan-types";

interface PlanTimelineViewProps {
  timeline: PlanTimeline;
  /** Backend id → the name operators know. */
  labels: Record<string, string>;
  canaryId: string;
  /** The step applied now (live view), −1 before the first. */
  currentStepIndex?: number;
  caption?: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

function weightsText(step: PlannedStep, labels: Record<string, string>): string {
  return Object.entries(step.weights)
    .map(([id, weight]) => `${labels[id] ?? id} ${weight}`)
    .join(" · ");
}

/**
 * The plan as a timeline: per step the weights AWS will hold, the share of traffic they mean, the bake time and the
 * approvals; above it what happens first (DNS: lowering the TTL), the total and how long an abort takes to be felt.
 */
export function PlanTimelineView({
  timeline,
  labels,
  canaryId,
  currentStepIndex,
  caption = "Rollout steps",
}: PlanTimelineViewProps) {
  const canary = labels[canaryId] ?? canaryId;
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs text-slate-500">Total duration</dt>
          <dd className="font-medium">
            {formatDuration(timeline.totalSeconds)}
            {timeline.approvals > 0 && (
              <span className="font-normal text-slate-600">
                {" "}
                + {timeline.approvals} approval{timeline.approvals === 1 ? "" : "s"}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Steps</dt>
          <dd className="font-medium">{timeline.steps.length}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">An abort is felt after</dt>
          <dd className="font-medium">
            {timeline.abortFelt.seconds === 0
              ? "the next request"
              : `up to ${formatDuration(timeline.abortFelt.seconds)}`}
          </dd>
          <dd className="text-xs text-slate-600">{timeline.abortFelt.reason}</dd>
        </div>
      </dl>

      {timeline.preparation && (
        <p className="rounded-md bg-sky-50 p-3 text-sm text-sky-900">
          First the records&rsquo; TTL is lowered from {timeline.preparation.oldTtl} s to{" "}
          {timeline.preparation.lowerTtlTo} s, then the rollout waits out the old TTL (
          {formatDuration(timeline.preparation.waitSeconds)}) so that resolvers follow every later step within{" "}
          {timeline.preparation.lowerTtlTo} s.
        </p>
      )}

      <Table
        caption={caption}
        rows={timeline.steps}
        rowKey={(step) => String(step.index)}
        rowClassName={(step) => (step.index === currentStepIndex ? "bg-sky-50" : undefined)}
        columns={[
          {
            id: "step",
            header: "Step",
            isRowHeader: true,
            cell: (step) => (
              <>
                {step.index + 1}
                {step.index === currentStepIndex && (
                  <span className="ml-1 text-xs font-normal text-sky-800">(now)</span>
                )}
              </>
            ),
          },
          {
            id: "starts",
            header: "Starts at",
            cell: (step) =>
              step.startsAtSeconds === 0 ? "start" : `+${formatDuration(step.startsAtSeconds)}`,
          },
          {
            id: "share",
            header: `${canary} gets`,
            align: "right",
            cell: (step) => `${round(step.canaryShare)} %`,
          },
          {
            id: "weights",
            header: "Weights",
            cell: (step) => <span className="font-mono text-xs">{weightsText(step, labels)}</span>,
          },
          {
            id: "bake",
            header: "Bake",
            cell: (step) => (step.bakeSeconds === 0 ? "none" : formatDuration(step.bakeSeconds)),
          },
          {
            id: "approval",
            header: "Approval",
            cell: (step) => (step.requiresApproval ? "needed before" : "—"),
          },
        ]}
      />

      {timeline.gates.length > 0 && (
        <div className="text-sm">
          <h3 className="font-medium">Checked during every bake</h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
            {timeline.gates.map((gate) => (
              <li key={gate}>{gate}</li>
            ))}
          </ul>
        </div>
      )}
      {timeline.notes.length > 0 && (
        <ul className="space-y-1 text-sm text-amber-900">
          {timeline.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
