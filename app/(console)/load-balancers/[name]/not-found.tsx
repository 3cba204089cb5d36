import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Rendered inside the console's own `<main>`: a second landmark here would nest two. */
export default function LoadBalancerNotFound() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight text-slate-900">Load balancer not found</h1>
      <EmptyState
        title="No such load balancer in this region"
        action={<ButtonLink href="/load-balancers">Back to load balancers</ButtonLink>}
      >
        It may have been deleted, or it lives in another region: switch the region in the header.
      </EmptyState>
    </>
  );
}
