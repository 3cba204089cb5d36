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

  const bySeverity = (["critical", "warning", "info"] as const)
    .map((severity) => [severity, open.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(", ");

  // Collapsed to one line: the page's own content (the records table…) stays where operators expect it.
  return (
    <details className="rounded-lg border border-amber-200 bg-amber-50/50 text-sm">
      <summary className="cursor-pointer px-4 py-2">
        <span className="font-semibold text-slate-900">
          Advisor: {open.length === 0 ? "nothing open" : `${open.length} open`} about {what}
        </span>{" "}
        <span className="text-slate-600">
          ({bySeverity}
          {acknowledged > 0 && `${bySeverity ? "; " : ""}${acknowledged} acknowledged`})
        </span>
      </summary>
      <div className="space-y-2 border-t border-amber-200 px-4 py-3">
        {open.length > 0 && (
          <ul className="space-y-2">
            {open.map((finding) => (
              <li key={finding.key} className="[overflow-wrap:anywhere]">
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
        <Link href={`/advisor?region=${encodeURIComponent(region)}`} className="text-sky-800 underline">
          Fix or acknowledge in the advisor
        </Link>
      </div>
    </details>
  );
}

export function FindingsInlineSkeleton() {
  return (
    <div role="status" aria-label="Checking with the advisor…" className="space-y-2">
      <Skeleton className="h-4 w-64" />
    </div>
  );
}
