import Link from "next/link";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Finding, Severity } from "@/lib/advisor/types";

const TONE: Record<Severity, BadgeTone> = { critical: "red", warning: "amber", info: "blue" };

/** Findings worst first, each with what it means and what to do. */
export function FindingsList({
  findings,
  empty,
  label,
}: {
  findings: Finding[];
  empty: string;
  label: string;
}) {
  if (findings.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-slate-100">
      {findings.map((finding) => (
        <li key={finding.key} className="py-2.5 first:pt-0 last:pb-0">
          <div className="flex items-start gap-2">
            <Badge tone={TONE[finding.severity]}>{finding.severity}</Badge>
            <div className="min-w-0 space-y-1">
              <p className="text-sm font-medium text-slate-900">{finding.title}</p>
              <p className="text-sm text-slate-700">{finding.explanation}</p>
              {finding.recommendation && (
                <p className="text-sm text-slate-700">
                  <span className="font-medium text-slate-900">What to do: </span>
                  {finding.recommendation}
                </p>
              )}
              {finding.resources.length > 0 && (
                <p className="text-xs text-slate-500">
                  {finding.resources.map((resource, index) => (
                    <span key={`${resource.kind}:${resource.id}`}>
                      {index > 0 && " · "}
                      <Link href={resource.href} className="text-sky-800 hover:underline">
                        {resource.label}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
