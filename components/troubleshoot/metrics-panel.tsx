import type { AlbMetricSnapshot } from "@/lib/alb/types";

function Stat({
  label,
  value,
  note,
  tone = "default",
}: {
  label: string;
  value: string;
  note?: string;
  tone?: "default" | "bad" | "good";
}) {
  return (
    <div className="min-w-0 rounded-md border border-slate-200 px-3 py-2">
      <dt className="text-xs break-words text-slate-500">{label}</dt>
      <dd
        className={`mt-0.5 text-xl font-semibold tabular-nums ${tone === "bad" ? "text-red-800" : tone === "good" ? "text-emerald-800" : "text-slate-900"}`}
      >
        {value}
      </dd>
      {note && <dd className="text-xs text-slate-600">{note}</dd>}
    </div>
  );
}

const seconds = (value: number | undefined) =>
  value === undefined ? "no data" : value < 1 ? `${Math.round(value * 1000)} ms` : `${value.toFixed(2)} s`;
const count = (value: number | undefined) => (value === undefined ? "no data" : String(Math.round(value)));

/** The last hour's values of the metrics that separate load-balancer errors from target errors. */
export function MetricsPanel({
  metrics,
  idleTimeoutSeconds,
  unreadMessage,
}: {
  metrics?: AlbMetricSnapshot;
  idleTimeoutSeconds: number;
  unreadMessage?: string;
}) {
  if (!metrics) return <p className="text-sm text-slate-600">{unreadMessage ?? "Metrics were not read."}</p>;
  const p99 = metrics.targetResponseTimeP99;
  const unhealthy = Object.entries(metrics.unhealthyHosts ?? {});
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3">
        <Stat
          label="HTTPCode_ELB_5XX_Count"
          value={count(metrics.elb5xx)}
          note="answered by the load balancer"
          tone={(metrics.elb5xx ?? 0) > 0 ? "bad" : "default"}
        />
        <Stat
          label="HTTPCode_Target_5XX_Count"
          value={count(metrics.target5xx)}
          note="answered by targets"
          tone={(metrics.target5xx ?? 0) > 0 ? "bad" : "default"}
        />
        <Stat
          label="TargetResponseTime (average)"
          value={seconds(metrics.targetResponseTimeAvg)}
          note={`idle timeout ${idleTimeoutSeconds} s`}
        />
        <Stat
          label="TargetResponseTime (p99)"
          value={seconds(p99)}
          note={
            p99 === undefined
              ? `idle timeout ${idleTimeoutSeconds} s`
              : `${Math.round((p99 / idleTimeoutSeconds) * 100)}% of the ${idleTimeoutSeconds} s idle timeout`
          }
          tone={p99 !== undefined && p99 >= idleTimeoutSeconds * 0.8 ? "bad" : "default"}
        />
      </dl>
      <div>
        <h3 className="text-sm font-semibold text-slate-800">UnHealthyHostCount (max, last hour)</h3>
        {unhealthy.length === 0 ? (
          <p className="text-sm text-slate-600">No target group reported.</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-3 text-sm">
            {unhealthy.map(([group, value]) => (
              <li key={group}>
                <span className="font-mono text-xs">{group}</span>:{" "}
                <span className={value > 0 ? "font-semibold text-red-800" : "text-slate-800"}>
                  {Math.round(value)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
