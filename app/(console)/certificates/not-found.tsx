import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Rendered inside the console's own `<main>`, with HTTP 404, for an unknown certificate id. */
export default function CertificateNotFound() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight text-slate-900">Certificate not found</h1>
      <EmptyState
        title="No such certificate in this region"
        action={<ButtonLink href="/certificates">Back to certificates</ButtonLink>}
      >
        It may have been deleted, or it lives in another region: switch the region in the header.
      </EmptyState>
    </>
  );
}
