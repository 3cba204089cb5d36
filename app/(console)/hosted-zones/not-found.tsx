import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Rendered inside the console's own `<main>`, with HTTP 404, for an unknown zone id. */
export default function HostedZoneNotFound() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight text-slate-900">Hosted zone not found</h1>
      <EmptyState
        title="No such hosted zone in this account"
        action={<ButtonLink href="/hosted-zones">Back to hosted zones</ButtonLink>}
      >
        It may have been deleted, or the link has a typo.
      </EmptyState>
    </>
  );
}
