import { sharesOf } from "@/lib/rollouts/weight-shares";
import type { Rollout } from "@/lib/rollouts/types";

const COLORS = ["bg-sky-600", "bg-emerald-600", "bg-amber-500", "bg-violet-600", "bg-slate-500"];

/** What AWS holds now (as last read back) and what the rollout wants, per backend, as numbers and a bar. */
export function WeightsNow({ rollout }: { rollout: Rollout }) {
  const observed = rollout.observedWeights;
  const shown = observed ?? rollout.desiredWeights;
  const backends = rollout.plan.backends;
  return (
    <div className="space-y-3">
      <div className="flex h-4 w-full overflow-hidden rounded bg-slate-100" aria-hidden="true">
        {backends.map((backend, index) => (
          <div
            key={backend.id}
            className={COLORS[index % COLORS.length]}
            style={{ width: `${sharesOf(shown)[backend.id] ?? 0}%` }}
          />
        ))}
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">Weights now</caption>
        <thead className="text-left text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-1 font-medium">
              Version
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              In AWS
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              Share
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              Wanted
            </th>
          </tr>
        </thead>
        <tbody>
          {backends.map((backend, index) => {
            const role =
              backend.id === rollout.plan.canaryBackendId
                ? "new"
                : backend.id === rollout.plan.stableBackendId
                  ? "stable"
                  : "";
            return (
              <tr key={backend.id} className="border-t border-slate-100">
                <th scope="row" className="py-1 text-left font-medium">
                  <span
                    className={`mr-2 inline-block size-2.5 rounded-sm ${COLORS[index % COLORS.length]}`}
                    aria-hidden="true"
                  />
                  {backend.label}
                  {role && <span className="ml-1 text-xs font-normal text-slate-500">({role})</span>}
                </th>
                <td className="py-1 text-right font-mono">
                  {observed ? (observed[backend.id] ?? "—") : "not read yet"}
                </td>
                <td className="py-1 text-right">
                  {observed ? `${sharesOf(observed)[backend.id] ?? 0} %` : "—"}
                </td>
                <td className="py-1 text-right font-mono">{rollout.desiredWeights[backend.id] ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rollout.observedAt && (
        <p className="text-xs text-slate-500">
          Read back from AWS at {new Date(rollout.observedAt).toLocaleTimeString()}.
        </p>
      )}
    </div>
  );
}
