import type { AdvisorService, Finding, ResourceRef, Severity } from "@/lib/advisor/types";

// How the /advisor page, its export and the navigation badge cut the engine's findings: filters from the URL, groups
// by severity then resource, the attention count. Pure.

export const SEVERITIES: readonly Severity[] = ["critical", "warning", "info"];

export const SEVERITY_WORDS: Record<Severity, string> = {
  critical: "Critical",
  warning: "Warning",
  info: "Info",
};

export const SERVICES: readonly AdvisorService[] = ["elbv2", "acm", "route53", "ec2"];

export const SERVICE_WORDS: Record<AdvisorService, string> = {
  elbv2: "Load balancing",
  acm: "Certificates",
  route53: "Route 53",
  ec2: "EC2 (security groups)",
};

export interface AdvisorFilters {
  service?: AdvisorService;
  ruleId?: string;
}

function first(value: string | string[] | undefined): string | undefined {
  const picked = Array.isArray(value) ? value[0] : value;
  return picked?.trim() || undefined;
}

function isService(value: string | undefined): value is AdvisorService {
  return value !== undefined && (SERVICES as readonly string[]).includes(value);
}

/** The filters in the page's search params (`service`, `rule`); unknown values are ignored rather than refused. */
export function filtersFrom(search: Record<string, string | string[] | undefined>): AdvisorFilters {
  const service = first(search.service);
  const ruleId = first(search.rule);
  return {
    ...(isService(service) ? { service } : {}),
    ...(ruleId && /^[a-z0-9-]{1,100}$/.test(ruleId) ? { ruleId } : {}),
  };
}

/** The region asked for in the search params when the console offers it, else the current one. */
export function regionFrom(
  search: Record<string, string | string[] | undefined>,
  offered: readonly string[],
  current: string,
): string {
  const asked = first(search.region);
  return asked && offered.includes(asked) ? asked : current;
}

export function matchesFilters(finding: Finding, filters: AdvisorFilters): boolean {
  return (
    (!filters.service || finding.service === filters.service) &&
    (!filters.ruleId || finding.ruleId === filters.ruleId)
  );
}

/** The search params that reproduce these filters (for links: export, clear one filter). */
export function filterParams(region: string, filters: AdvisorFilters): URLSearchParams {
  const params = new URLSearchParams({ region });
  if (filters.service) params.set("service", filters.service);
  if (filters.ruleId) params.set("rule", filters.ruleId);
  return params;
}

/** The resource a finding is listed under: its first resource (the one the rule is about). */
export function primaryResource(finding: Finding): ResourceRef | undefined {
  return finding.resources[0];
}

export interface ResourceGroup {
  /** Undefined for findings that name no resource. */
  resource: ResourceRef | undefined;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  resources: ResourceGroup[];
  count: number;
}

/** Worst severity first; within one, resources in order of their label; findings keep the engine's order. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const ofSeverity = findings.filter((finding) => finding.severity === severity);
    if (ofSeverity.length === 0) return [];
    const byResource = new Map<string, ResourceGroup>();
    for (const finding of ofSeverity) {
      const resource = primaryResource(finding);
      const key = resource ? `${resource.kind}|${resource.id}` : "";
      const group = byResource.get(key) ?? { resource, findings: [] };
      group.findings.push(finding);
      byResource.set(key, group);
    }
    const resources = [...byResource.values()].sort((a, b) =>
      (a.resource?.label ?? "").localeCompare(b.resource?.label ?? ""),
    );
    return [{ severity, resources, count: ofSeverity.length }];
  });
}

/** What the navigation badge counts: open findings that need someone (critical and warning, not info). */
export function attentionCount(open: readonly Finding[]): number {
  return open.filter((finding) => finding.severity !== "info").length;
}

/** The rules that produced findings (for the rule filter), with how many each, by rule id. */
export function ruleCounts(findings: readonly Finding[]): { ruleId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return [...counts.entries()]
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

/** Findings about a resource (any of its refs), e.g. a hosted zone page's own: its id, or a record set in it. */
export function findingsConcerning(
  findings: readonly Finding[],
  matches: (resource: ResourceRef) => boolean,
): Finding[] {
  return findings.filter((finding) => finding.resources.some(matches));
}
