import { ADVISOR_RULES } from "./rules";
import type { Acknowledgement, AdvisorSnapshot, Finding, Rule, Severity } from "./types";

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Worst first; within a severity by rule, then by key, so the same snapshot always lists the same order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.key.localeCompare(b.key)
  );
}

/** Runs the rules over the snapshot: every finding once (the first of equal keys wins), worst first. */
export function runAdvisor(snapshot: AdvisorSnapshot, rules: readonly Rule[] = ADVISOR_RULES): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const rule of rules) {
    for (const finding of rule.check(snapshot)) if (!byKey.has(finding.key)) byKey.set(finding.key, finding);
  }
  return [...byKey.values()].sort(compareFindings);
}

/** Whether an acknowledgement still hides its finding at `now` (an expired one does not). */
export function isAcknowledgementActive(ack: Acknowledgement, now: Date): boolean {
  if (!ack.expiresAt) return true;
  const expires = Date.parse(ack.expiresAt);
  return Number.isNaN(expires) || expires > now.getTime();
}

/** Splits findings into those still open and those an active acknowledgement hides. */
export function applyAcknowledgements(
  findings: readonly Finding[],
  acks: readonly Acknowledgement[],
  now: Date,
): { open: Finding[]; acknowledged: { finding: Finding; ack: Acknowledgement }[] } {
  const active = new Map<string, Acknowledgement>();
  for (const ack of acks) if (isAcknowledgementActive(ack, now)) active.set(ack.findingKey, ack);
  const open: Finding[] = [];
  const acknowledged: { finding: Finding; ack: Acknowledgement }[] = [];
  for (const finding of findings) {
    const ack = active.get(finding.key);
    if (ack) acknowledged.push({ finding, ack });
    else open.push(finding);
  }
  return { open, acknowledged };
}

/** The findings that concern one resource (ARN, zone id, health check id…), for a resource page's inline list. */
export function findingsAbout(findings: readonly Finding[], resourceId: string): Finding[] {
  return findings.filter((finding) => finding.resources.some((resource) => resource.id === resourceId));
}
