import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-56" />
      <TableSkeleton rows={3} label="Loading the target group…" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
