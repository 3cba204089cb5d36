import type { DistributionResult } from "@/lib/routing";
import { percent } from "@/lib/simulator/map-colours";

const NUMBER = new Intl.NumberFormat("en-US");

/** Outcomes of simulated queries as horizontal bars, in a table so every figure is also text. */
export function DistributionChart({
  caption,
  result,
  colours,
  isStale = false,
}: {
  caption: string;
  result: DistributionResult;
  colours: Record<string, string>;
  isStale?: boolean;
}) {
  const rows = Object.entries(result.counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <table
      className={isStale ? "w-full text-sm opacity-60" : "w-full text-sm"}
      aria-busy={isStale || undefined}
    >
      <caption className="pb-2 text-left">
        <span className="block text-sm font-semibold text-slate-800">{caption}</span>
        <span className="block text-xs text-slate-500">
          {NUMBER.format(result.n)} queries
          {result.ms !== undefined && (
            <> in {result.ms < 10 ? result.ms.toFixed(1) : NUMBER.format(Math.round(result.ms))} ms</>
          )}
          {isStale && " — updating…"}
        </span>
      </caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Answer</th>
          <th scope="col">Share</th>
          <th scope="col">Queries</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([outcome, count]) => {
          const share = result.n > 0 ? count / result.n : 0;
          return (
            <tr key={outcome} className="align-middle">
              <th
                scope="row"
                className="w-1/3 max-w-0 truncate py-1 pr-3 text-left font-mono text-xs font-normal text-slate-800"
                title={outcome}
              >
                {outcome}
              </th>
              <td className="py-1 pr-3">
                <div className="flex items-center gap-2">
                  <div className="h-4 flex-1 overflow-hidden rounded-sm bg-slate-100" aria-hidden="true">
                    <div
                      className="h-full rounded-sm"
                      style={{ width: `${share * 100}%`, backgroundColor: colours[outcome] ?? "#94A3B8" }}
                    />
                  </div>
                  <span className="w-14 text-right font-medium tabular-nums">{percent(count, result.n)}</span>
                </div>
              </td>
              <td className="w-24 py-1 text-right text-xs text-slate-500 tabular-nums">
                {NUMBER.format(count)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
