import { attentionCountOf } from "@/lib/advisor-store/advisor-state";

/**
 * The navigation's count of open critical and warning findings. Streamed (the layout wraps it in Suspense) and read
 * from the per-process last scan, so no page waits for it and it costs AWS one scan a minute at most per region.
 */
export async function AdvisorNavBadge({ region }: { region: string }) {
  let count: number;
  try {
    count = await attentionCountOf(region);
  } catch {
    // No scan (AWS unreachable): the badge stays away; /advisor says why.
    return null;
  }
  if (count === 0) return null;
  return (
    <span className="rounded-full bg-amber-400 px-1.5 text-xs leading-5 font-semibold text-slate-950">
      {count}
      <span className="sr-only"> {count === 1 ? "finding needs" : "findings need"} attention</span>
    </span>
  );
}
