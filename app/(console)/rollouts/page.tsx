import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "Rollouts" };

export default function RolloutsPage() {
  return (
    <>
      <PageHeader title="Rollouts" description="Weighted canary rollouts between two versions of the image service." />
      <EmptyState title="No rollouts yet">
        Automated canary rollouts are not built yet. Meanwhile, shift traffic by editing the weights of the{" "}
        <Link className="text-sky-800 underline" href="/hosted-zones">
          weighted blue/green records
        </Link>{" "}
        and preview the effect in the <Link className="text-sky-800 underline" href="/simulator">simulator</Link>.
      </EmptyState>
    </>
  );
}
