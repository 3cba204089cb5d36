import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-72" />
      <TableSkeleton rows={10} label="Loading the zone's records…" />
    </div>
  );
}
