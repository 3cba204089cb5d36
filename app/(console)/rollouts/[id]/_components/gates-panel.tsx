import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { GateResult, GateStatus, Rollout } from "@/lib/rollouts/types";

const TONE: Record<GateStatus, BadgeTone> = {
  ok: "green",
  failing: "red",
  pending: "gray",
  inconclusive: "amber",
  "no-data": "amber",
  error: "red",
};
const NAME: Record<GateResult["gate"], string> = {
  alarms: "Alarms",
  "target-health": "Target health",
  analysis: "Canary analysis",
  approval: "Approval",
};

function valuesText(values: Record<string, unknown>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== "object")
    .map(
      ([key, value]) =>
        `${key} ${typeof value === "number" ? Math.round(value * 10_000) / 10_000 : String(value)}`,
    )
    .join(" · ");
}

/** The last result of each gate, with the values that decided it. */
export function GatesPanel({ rollout }: { rollout: Rollout }) {
  const results = rollout.lastGateResults;
  if (results.length === 0)
    return (
      <p className="text-sm text-slate-600">
        No gate has been checked yet: they are checked while a step bakes.
      </p>
    );
  return (
    <ul className="space-y-2 text-sm">
      {results.map((result) => (
        <li key={result.gate} className="flex flex-wrap items-baseline gap-2">
          <span className="font-medium">{NAME[result.gate]}</span>
          <Badge tone={TONE[result.status]}>{result.status}</Badge>
          <span className="text-slate-700">{result.summary}</span>
          {Object.keys(result.values).length > 0 && (
            <span className="block w-full font-mono text-xs text-slate-500">{valuesText(result.values)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
