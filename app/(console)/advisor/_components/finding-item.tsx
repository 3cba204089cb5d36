import Link from "next/link";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Finding, Severity } from "@/lib/advisor/types";
import { SERVICE_WORDS, SEVERITY_WORDS } from "@/lib/advisor-view/findings-view";

import { AcknowledgeForm } from "./acknowledge-form";
import { FindingFix } from "./finding-fix";

export const SEVERITY_TONES: Record<Severity, BadgeTone> = {
  critical: "red",
  warning: "amber",
  info: "blue",
};

/** One finding: what is wrong, why it matters, what to do, and (as the viewer may) Fix and Acknowledge. */
export function FindingItem({
  finding,
  region,
  index,
  canFix,
  canAcknowledge,
}: {
  finding: Finding;
  region: string;
  index: number;
  canFix: boolean;
  canAcknowledge: boolean;
}) {
  const others = finding.resources.slice(1);
  const titleId = `finding-${index}-title`;
  return (
    <li aria-labelledby={titleId} className="space-y-2 px-4 py-3 [overflow-wrap:anywhere]">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={SEVERITY_TONES[finding.severity]}>{SEVERITY_WORDS[finding.severity]}</Badge>
        <Badge>{SERVICE_WORDS[finding.service]}</Badge>
        <span className="font-mono text-xs text-slate-500">{finding.ruleId}</span>
      </div>
      <p id={titleId} className="font-medium text-slate-900">
        {finding.title}
      </p>
      <p className="max-w-prose text-sm text-slate-700">{finding.explanation}</p>
      {finding.recommendation && (
        <p className="max-w-prose text-sm text-slate-700">
          <span className="font-medium">What to do: </span>
          {finding.recommendation}
        </p>
      )}
      {others.length > 0 && (
        <p className="text-sm text-slate-600">
          Also concerns:{" "}
          {others.map((resource, position) => (
            <span key={`${resource.kind}|${resource.id}`}>
              {position > 0 && ", "}
              <Link href={resource.href} className="text-sky-800 hover:underline">
                {resource.label}
              </Link>
            </span>
          ))}
        </p>
      )}
      {(canFix || canAcknowledge) && (
        <div className="flex flex-wrap items-start gap-2 pt-1">
          {canFix && finding.fix && <FindingFix fix={finding.fix} region={region} title={finding.title} />}
          {canAcknowledge && (
            <AcknowledgeForm
              findingKey={finding.key}
              findingTitle={finding.title}
              region={region}
              idPrefix={`finding-${index}`}
            />
          )}
        </div>
      )}
    </li>
  );
}
