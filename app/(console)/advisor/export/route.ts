import type { NextRequest } from "next/server";

import { findingsToCsv, findingsToJson } from "@/lib/advisor/export";
import { scanAdvisor } from "@/lib/advisor-store/advisor-state";
import { filtersFrom, matchesFilters, regionFrom } from "@/lib/advisor-view/findings-view";
import { refuseUnless } from "@/lib/auth/route-guard";
import { safeRead } from "@/lib/aws/safe-read";
import { availableRegions, currentRegion } from "@/lib/region";

export const dynamic = "force-dynamic";

/**
 * Downloads the findings /advisor shows for the same region and filters: `?format=csv` (default) or `?format=json`,
 * open findings first, then the acknowledged ones with who, why and until when. Scans again, like the page.
 */
export async function GET(request: NextRequest) {
  const refused = await refuseUnless("read");
  if (refused) return refused;

  const search = Object.fromEntries(request.nextUrl.searchParams);
  const region = regionFrom(search, availableRegions(), await currentRegion());
  const filters = filtersFrom(search);
  const scanned = await safeRead(`scan ${region}`, () => scanAdvisor(region));
  if (!scanned.ok) {
    return Response.json(
      { error: { code: scanned.error.code, message: scanned.error.message } },
      { status: 502, headers: { "cache-control": "no-store" } },
    );
  }

  const state = scanned.data;
  const report = {
    region,
    takenAt: state.takenAt,
    open: state.open.filter((finding) => matchesFilters(finding, filters)),
    acknowledged: state.acknowledged.filter(({ finding }) => matchesFilters(finding, filters)),
  };
  const isJson = search.format === "json";
  const stamp = state.takenAt.slice(0, 10);
  return new Response(isJson ? findingsToJson(report) : findingsToCsv(report), {
    headers: {
      "content-type": isJson ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="routeboard-advisor-${region}-${stamp}.${isJson ? "json" : "csv"}"`,
      "cache-control": "no-store",
    },
  });
}
