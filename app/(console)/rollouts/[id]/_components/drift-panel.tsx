import type { Rollout } from "@/lib/rollouts/types";

/** Weights changed outside the console: what the rollout expected beside what AWS holds, and the two ways out. */
export function DriftPanel({ rollout }: { rollout: Rollout }) {
  const drift = rollout.drift;
  if (!drift) return null;
  const label = (id: string) => rollout.plan.backends.find((backend) => backend.id === id)?.label ?? id;
  const ids = [...new Set([...Object.keys(drift.expected), ...Object.keys(drift.actual)])];
  return (
    <section aria-labelledby="drift-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="drift-heading" className="text-sm font-semibold text-amber-950">
        Paused: the weights were changed outside this rollout
      </h2>
      <p className="mt-1 text-sm text-amber-900">
        Detected at {new Date(drift.detectedAt).toLocaleString()}. Nothing was overwritten. Adopt the new
        weights to carry on from them, or restore the planned ones.
      </p>
      <table className="mt-3 text-sm">
        <caption className="sr-only">Planned and actual weights</caption>
        <thead className="text-left text-xs text-amber-900">
          <tr>
            <th scope="col" className="pr-6 font-medium">
              Version
            </th>
            <th scope="col" className="pr-6 text-right font-medium">
              Planned
            </th>
            <th scope="col" className="text-right font-medium">
              In AWS now
            </th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => (
            <tr key={id} className={drift.expected[id] !== drift.actual[id] ? "font-semibold" : undefined}>
              <th scope="row" className="pr-6 text-left font-medium">
                {label(id)}
              </th>
              <td className="pr-6 text-right font-mono">{drift.expected[id] ?? "—"}</td>
              <td className="text-right font-mono">{drift.actual[id] ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
