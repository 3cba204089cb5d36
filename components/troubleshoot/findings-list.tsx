import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Finding, Severity } from "@/lib/alb/types";

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
        <li key={finding.id} className="py-2.5 first:pt-0 last:pb-0">
          <div className="flex items-start gap-2">
            <Badge tone={TONE[finding.severity]}>{finding.severity}</Badge>
            <div className="min-w-0 space-y-1">
              <p className="text-sm font-medium text-slate-900">{finding.title}</p>
              <p className="text-sm text-slate-700">{finding.detail}</p>
              {finding.fix && (
                <p className="text-sm text-slate-700">
                  <span className="font-medium text-slate-900">Fix: </span>
                  {finding.fix}
                </p>
              )}
              {finding.resource && (
                <p className="font-mono text-xs break-all text-slate-500">{finding.resource}</p>
              )}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
