import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function CertificateNotFound() {
  return (
    <EmptyState
      title="No such certificate in this region"
      action={<ButtonLink href="/certificates">Back to certificates</ButtonLink>}
    >
      It may have been deleted, or it lives in another region: switch the region in the header.
    </EmptyState>
  );
}
