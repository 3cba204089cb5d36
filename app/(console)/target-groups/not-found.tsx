import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Rendered inside the console's own `<main>`, with HTTP 404, for an unknown target group name. */
export default function TargetGroupNotFound() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight text-slate-900">Target group not found</h1>
      <EmptyState
        title="No such target group in this region"
        action={<ButtonLink href="/target-groups">Back to target groups</ButtonLink>}
      >
        It may have been deleted, or it lives in another region: switch the region in the header.
      </EmptyState>
    </>
  );
}
