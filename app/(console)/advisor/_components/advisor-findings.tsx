import Link from "next/link";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import type { Finding } from "@/lib/advisor/types";
import { scanAdvisor } from "@/lib/advisor-store/advisor-state";
import {
  type AdvisorFilters,
  filterParams,
  groupFindings,
  matchesFilters,
  SEVERITY_WORDS,
} from "@/lib/advisor-view/findings-view";
import { type Actor, can } from "@/lib/auth/actor";
import { safeRead } from "@/lib/aws/safe-read";

import { AcknowledgedTable } from "./acknowledged-table";
import { FINDINGS_HEADING_ID } from "./advisor-skeleton";
import { FIX_PERMISSION } from "./finding-fix";
import { FindingItem } from "./finding-item";
import { RESOURCE_KIND_WORDS } from "./resource-words";

/** The streamed part of /advisor: scans the region, then lists open findings by severity and resource. */
export async function AdvisorFindings({
  region,
  filters,
  actor,
}: {
  region: string;
  filters: AdvisorFilters;
  actor: Actor;
}) {
  const result = await safeRead(`scan ${region}`, () => scanAdvisor(region));
  if (!result.ok) {
    return (
      <ErrorState
        title={`Could not scan ${region}: AWS did not answer`}
        message={`${result.error.message} Nothing is known about this region's findings until a scan succeeds.`}
        code={result.error.code}
        action={
          <Link href={`/advisor?${filterParams(region, filters).toString()}`} className="text-sm underline">
            Scan again
          </Link>
        }
      />
    );
  }

  const state = result.data;
  const open = state.open.filter((finding) => matchesFilters(finding, filters));
  const acknowledged = state.acknowledged.filter(({ finding }) => matchesFilters(finding, filters));
  const isFiltered = Boolean(filters.service || filters.ruleId);
  const canAcknowledge = can(actor, "acknowledge-findings");
  const canFix = (finding: Finding) =>
    finding.fix !== undefined && can(actor, FIX_PERMISSION[finding.fix.kind]);
  const groups = groupFindings(open);
  let index = 0;

  return (
    <div className="space-y-8">
      <p className="text-sm text-slate-600">
        Scanned {region} at {state.takenAt.slice(11, 19)} UTC: {summaryOf(open)}
        {acknowledged.length > 0 && `; ${acknowledged.length} acknowledged`}
        {isFiltered && " (filtered)"}.
      </p>
      {state.unread.length > 0 && (
        <div
          role="note"
          className="rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-950"
        >
          <p className="font-medium">
            Part of the region could not be read; the rules that need it stayed silent:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {state.unread.map((part) => (
              <li key={part.part}>
                {part.part}: {part.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby={FINDINGS_HEADING_ID} className="space-y-6">
        <h2 id={FINDINGS_HEADING_ID} className="sr-only">
          Open findings
        </h2>
        {groups.length === 0 ? (
          <EmptyState title="No findings">
            {isFiltered
              ? "Nothing open matches these filters."
              : `Nothing open in ${region} or Route 53: every rule passed${acknowledged.length ? " (acknowledged findings are listed below)" : ""}.`}
          </EmptyState>
        ) : (
          groups.map((group) => (
            <section
              key={group.severity}
              aria-labelledby={`severity-${group.severity}`}
              className="space-y-3"
            >
              <h3 id={`severity-${group.severity}`} className="text-lg font-semibold text-slate-900">
                {SEVERITY_WORDS[group.severity]} <span className="text-slate-500">· {group.count}</span>
              </h3>
              {group.resources.map(({ resource, findings }) => (
                <article
                  key={resource ? `${resource.kind}|${resource.id}` : "none"}
                  aria-label={
                    resource ? `${RESOURCE_KIND_WORDS[resource.kind]} ${resource.label}` : "No resource"
                  }
                  className="rounded-lg border border-slate-200 bg-white"
                >
                  <h4 className="flex flex-wrap items-baseline gap-x-2 border-b border-slate-100 px-4 py-2 text-sm">
                    {resource ? (
                      <>
                        <Link
                          href={resource.href}
                          className="font-semibold break-all text-sky-800 hover:underline"
                        >
                          {resource.label}
                        </Link>
                        <span className="text-xs text-slate-500">{RESOURCE_KIND_WORDS[resource.kind]}</span>
                      </>
                    ) : (
                      <span className="font-semibold">Account-wide</span>
                    )}
                  </h4>
                  <ul className="divide-y divide-slate-100">
                    {findings.map((finding) => (
                      <FindingItem
                        key={finding.key}
                        finding={finding}
                        region={region}
                        index={index++}
                        canFix={canFix(finding)}
                        canAcknowledge={canAcknowledge}
                      />
                    ))}
                  </ul>
                </article>
              ))}
            </section>
          ))
        )}
      </section>

      <AcknowledgedTable acknowledged={acknowledged} canRevoke={canAcknowledge} />
    </div>
  );
}

function summaryOf(open: readonly Finding[]): string {
  if (open.length === 0) return "nothing open";
  const counts = (["critical", "warning", "info"] as const)
    .map((severity) => [severity, open.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  return `${counts.join(", ")} open`;
}
