import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading the region's VPCs, subnets and certificates" className="space-y-6">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-8 w-72" />
      <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
        <div className="space-y-2">
          {Array.from({ length: 7 }, (_, index) => (
            <Skeleton key={index} className="h-9 w-full" />
          ))}
        </div>
        <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
          <Skeleton className="h-5 w-1/3" />
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-2/3" />
        </div>
      </div>
    </div>
  );
}
