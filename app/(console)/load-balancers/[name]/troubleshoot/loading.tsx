import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div
      role="status"
      aria-label="Reading the load balancer's configuration and metrics"
      className="space-y-6"
    >
      <Skeleton className="h-4 w-48" />
      <Skeleton className="h-8 w-80" />
      <div className="flex flex-wrap gap-1.5">
        {Array.from({ length: 17 }, (_, index) => (
          <Skeleton key={index} className="h-7 w-12" />
        ))}
      </div>
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <Skeleton className="h-80 w-full" />
        <Skeleton className="h-80 w-full" />
      </div>
    </div>
  );
}
