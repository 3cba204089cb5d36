import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-48" />
      <div className="grid gap-4 xl:grid-cols-2">
        <TableSkeleton rows={3} label="Loading the target groups…" />
        <TableSkeleton rows={3} label="Loading the target groups…" />
      </div>
    </div>
  );
}
