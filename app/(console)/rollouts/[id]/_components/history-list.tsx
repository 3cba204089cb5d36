import type { RolloutEvent } from "@/lib/rollouts/types";

const time = (at: string) => new Date(at).toLocaleString();

/** The rollout's append-only history, newest first: who did what, when, and why. */
export function HistoryList({ events }: { events: RolloutEvent[] }) {
  const newestFirst = [...events].reverse();
  return (
    <ol className="space-y-2 text-sm" aria-label="Rollout history">
      {newestFirst.map((event) => (
        <li key={event.seq} className="border-l-2 border-slate-200 pl-3">
          <p>
            <span className="font-medium">{event.kind.replaceAll("-", " ")}</span>
            <span className="text-slate-500">
              {" "}
              · {event.actor} · <time dateTime={event.at}>{time(event.at)}</time>
            </span>
          </p>
          {event.reason && <p className="text-slate-700">{event.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
