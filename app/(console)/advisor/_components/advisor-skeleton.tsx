import { Skeleton } from "@/components/ui/skeleton";

export const FINDINGS_HEADING_ID = "open-findings-heading";

/** While the region is scanned: the shape of severity groups and finding cards, announced as loading. */
export function AdvisorSkeleton({ region }: { region: string }) {
  return (
    <div role="status" aria-label={`Scanning ${region}…`} className="space-y-6">
      <Skeleton className="h-4 w-72" />
      {[3, 2].map((cards, group) => (
        <div key={group} className="space-y-3">
          <Skeleton className="h-6 w-40" />
          {Array.from({ length: cards }, (_, card) => (
            <div key={card} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="h-4 w-2/3" />
              <Skeleton className="h-4 w-full" />
            </div>
          ))}
        </div>
      ))}
      <span className="sr-only">Scanning {region} for misconfigurations…</span>
    </div>
  );
}
