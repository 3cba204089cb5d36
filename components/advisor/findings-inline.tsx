import Link from "next/link";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import type { ResourceRef, Severity } from "@/lib/advisor/types";
import { latestAdvisor } from "@/lib/advisor-store/advisor-state";
import { findingsConcerning, SEVERITY_WORDS } from "@/lib/advisor-view/findings-view";
import { safeRead } from "@/lib/aws/safe-read";

const TONES: Record<Severity, BadgeTone> = { critical: "red", warning: "amber", info: "blue" };

/**
 * A resource page's own advisor findings (open ones; acknowledged ones are only counted), from the region's last scan
 * so the page costs no extra AWS reads most of the time. Render it inside Suspense with `FindingsInlineSkeleton`.
 */
export async function FindingsInline({
  region,
  matches,
  what,
}: {
  region: string;
  /** Whether a finding's resource is this page's (its id, or a record set in this zone…). */
  matches: (resource: ResourceRef) => boolean;
  /** "this hosted zone", "this certificate": for the headings. */
  what: string;
}) {
  const result = await safeRead(`scan ${region}`, () => latestAdvisor(region));
  const headingId = "advisor-findings-inline";
  if (!result.ok) {
    return (
      <p role="note" className="text-sm text-slate-600">
        The advisor could not scan {region} just now ({result.error.message}).
      </p>
    );
  }
  const open = findingsConcerning(result.data.open, matches);
  const acknowledged = findingsConcerning(
    result.data.acknowledged.map(({ finding }) => finding),
    matches,
  ).length;
  if (open.length === 0 && acknowledged === 0) return null;

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-2 rounded-lg border border-amber-200 bg-amber-50/50 p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          Advisor: {open.length === 0 ? "nothing open" : `${open.length} open`} about {what}
          {acknowledged > 0 && (
            <span className="font-normal text-slate-600"> ({acknowledged} acknowledged)</span>
          )}
        </h2>
        <Link
          href={`/advisor?region=${encodeURIComponent(region)}`}
          className="text-sm text-sky-800 underline"
        >
          Open the advisor
        </Link>
      </div>
      {open.length > 0 && (
        <ul className="space-y-2">
          {open.map((finding) => (
            <li key={finding.key} className="text-sm [overflow-wrap:anywhere]">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={TONES[finding.severity]}>{SEVERITY_WORDS[finding.severity]}</Badge>
                <span className="font-medium text-slate-900">{finding.title}</span>
              </div>
              <p className="mt-0.5 max-w-prose text-slate-700">{finding.explanation}</p>
              {finding.recommendation && (
                <p className="mt-0.5 max-w-prose text-slate-700">
                  <span className="font-medium">What to do: </span>
                  {finding.recommendation}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function FindingsInlineSkeleton() {
  return (
    <div role="status" aria-label="Checking with the advisor…" className="space-y-2">
      <Skeleton className="h-4 w-64" />
    </div>
  );
}
