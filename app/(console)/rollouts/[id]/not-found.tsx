import Link from "next/link";

import { EmptyState } from "@/components/ui/empty-state";

export default function RolloutNotFound() {
  return (
    <EmptyState
      title="No such rollout"
      action={
        <Link href="/rollouts" className="text-sky-800 underline">
          All rollouts
        </Link>
      }
    >
      It may have been started on another console whose store this one does not share.
    </EmptyState>
  );
}
