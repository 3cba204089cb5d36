import "server-only";

import type { AliasTargetOption, HealthCheckOption } from "@/components/record-editor/types";
import { listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { listHealthChecks } from "@/lib/aws/route53/health-checks";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";
import { safeRead } from "@/lib/aws/safe-read";
import { availableRegions } from "@/lib/region";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import { normalizeName } from "@/lib/route53/names";

export interface EditorData {
  zone: { id: string; name: string } | undefined;
  zoneError?: { message: string; code: string };
  records: ResourceRecordSet[];
  loadBalancers: AliasTargetOption[];
  healthChecks: HealthCheckOption[];
  loadProblems: string[];
}

/** Everything the record editor's pickers need, read in parallel; a failed picker read degrades to a warning. */
export async function loadEditorData(zoneId: string): Promise<EditorData> {
  const regions = availableRegions();
  const [zone, records, healthChecks, ...lbsByRegion] = await Promise.all([
    safeRead("read the hosted zone", () => getHostedZone(zoneId)),
    safeRead("list the records of the hosted zone", () => listAllRecordSets(zoneId)),
    safeRead("list the health checks", () => listHealthChecks()),
    ...regions.map((region) => safeRead(`list the load balancers in ${region}`, () => listLoadBalancers(region))),
  ]);

  const loadProblems: string[] = [];
  const loadBalancers: AliasTargetOption[] = [];
  lbsByRegion.forEach((result, index) => {
    if (!result.ok) return loadProblems.push(result.error.message);
    for (const lb of result.data) {
      loadBalancers.push({
        label: `${lb.name} (${regions[index] ?? ""}) — ${lb.dnsName}`,
        dnsName: normalizeName(lb.dnsName),
        hostedZoneId: lb.canonicalHostedZoneId,
      });
    }
  });
  if (!healthChecks.ok) loadProblems.push(healthChecks.error.message);
  if (!records.ok) loadProblems.push(records.error.message);

  return {
    zone: zone.ok && zone.data ? { id: zone.data.id, name: zone.data.name } : undefined,
    zoneError: zone.ok ? undefined : { message: zone.error.message, code: zone.error.code },
    records: records.ok ? records.data : [],
    loadBalancers,
    healthChecks: healthChecks.ok
      ? healthChecks.data.map((check) => ({ id: check.id, label: `${check.type} ${check.endpoint}${check.resourcePath ?? ""} (${check.id.slice(0, 8)})` }))
      : [],
    loadProblems,
  };
}

/** Distinct record names of the zone (alias targets inside it). */
export function recordNames(records: readonly ResourceRecordSet[]): string[] {
  return [...new Set(records.map((rrset) => normalizeName(rrset.Name ?? "")))];
}
