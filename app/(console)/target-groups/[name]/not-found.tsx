import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function TargetGroupNotFound() {
  return (
    <EmptyState
      title="No such target group in this region"
      action={<ButtonLink href="/target-groups">Back to target groups</ButtonLink>}
    >
      It may have been deleted, or it lives in another region: switch the region in the header.
    </EmptyState>
  );
}
