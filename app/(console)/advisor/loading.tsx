import { PageHeader } from "@/components/layout/page-header";

import { AdvisorSkeleton } from "./_components/advisor-skeleton";

export default function AdvisorLoading() {
  return (
    <>
      <PageHeader title="Advisor" description="Scanning load balancers, certificates and DNS…" />
      <AdvisorSkeleton region="the region" />
    </>
  );
}
