import { Suspense } from "react";

import { PageHeader } from "@/components/layout/page-header";
import { buttonClasses } from "@/components/ui/button";
import { filterParams, filtersFrom, regionFrom } from "@/lib/advisor-view/findings-view";
import { currentActor } from "@/lib/auth/actor";
import { availableRegions, currentRegion } from "@/lib/region";

import { AdvisorFilterForm } from "./_components/advisor-filters";
import { AdvisorFindings } from "./_components/advisor-findings";
import { AdvisorSkeleton } from "./_components/advisor-skeleton";
import { FixOutcomesProvider } from "./_components/fix-outcomes";
import { ADVISOR_RULE_OPTIONS } from "./_components/rule-options";

export const metadata = { title: "Advisor" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

export default async function AdvisorPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const regions = availableRegions();
  const [current, actor] = await Promise.all([currentRegion(), currentActor()]);
  const region = regionFrom(search, regions, current);
  const filters = filtersFrom(search);
  const query = filterParams(region, filters);

  return (
    <>
      <PageHeader
        title="Advisor"
        description={`What is wrong across load balancers, certificates and DNS in ${region} (and Route 53, which is global), worst first.`}
        actions={
          <>
            <a
              href={`/advisor/export?${query.toString()}&format=csv`}
              className={buttonClasses("secondary")}
              download
            >
              Export CSV
            </a>
            <a
              href={`/advisor/export?${query.toString()}&format=json`}
              className={buttonClasses("secondary")}
              download
            >
              Export JSON
            </a>
          </>
        }
      />
      <AdvisorFilterForm regions={regions} region={region} filters={filters} rules={ADVISOR_RULE_OPTIONS} />
      {/* A new key per region and filter: the skeleton shows while that scan runs, not the previous results. */}
      <FixOutcomesProvider>
        <Suspense key={query.toString()} fallback={<AdvisorSkeleton region={region} />}>
          <AdvisorFindings region={region} filters={filters} actor={actor} />
        </Suspense>
      </FixOutcomesProvider>
    </>
  );
}
