import "server-only";

import type { AliasTargetOption, HealthCheckOption } from "@/components/record-editor/types";
import { listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { listHealthChecks } from "@/lib/aws/route53/health-checks";
import { readRecordSet, type RecordSetRef } from "@/lib/aws/route53/read-record-sets";
import { type ReadResult, safeRead } from "@/lib/aws/safe-read";
import { availableRegions } from "@/lib/region";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import { normalizeName } from "@/lib/route53/names";

export interface EditorData {
  zone: { id: string; name: string } | undefined;
  zoneError?: { message: string; code: string };
  loadBalancers: AliasTargetOption[];
  healthChecks: HealthCheckOption[];
  loadProblems: string[];
}

/**
 * Everything the record editor's pickers need, read in parallel; a failed picker read degrades to a warning. The
 * zone's records are not listed: the editor reads only the record it edits (`loadEditedRecord`).
 */
export async function loadEditorData(zoneId: string): Promise<EditorData> {
  const regions = availableRegions();
  const [zone, healthChecks, ...lbsByRegion] = await Promise.all([
    safeRead("read the hosted zone", () => getHostedZone(zoneId)),
    safeRead("list the health checks", () => listHealthChecks()),
    ...regions.map((region) =>
      safeRead(`list the load balancers in ${region}`, () => listLoadBalancers(region)),
    ),
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

  return {
    zone: zone.ok && zone.data ? { id: zone.data.id, name: zone.data.name } : undefined,
    zoneError: zone.ok ? undefined : { message: zone.error.message, code: zone.error.code },
    loadBalancers,
    healthChecks: healthChecks.ok
      ? healthChecks.data.map((check) => ({
          id: check.id,
          label: `${check.type} ${check.endpoint}${check.resourcePath ?? ""} (${check.id.slice(0, 8)})`,
        }))
      : [],
    loadProblems,
  };
}

/** `name|type|set identifier`, the key the records table links with, as the record to read. */
export function parseRecordKey(key: string): RecordSetRef | undefined {
  const [name = "", type = "", setIdentifier = ""] = key.split("|");
  if (!name || !type) return undefined;
  return { name, type: type as RecordSetRef["type"], setIdentifier: setIdentifier || undefined };
}

/** The record named by the page's `key`, read alone (one ListResourceRecordSets page, not the zone). */
export async function loadEditedRecord(
  zoneId: string,
  key: string | undefined,
): Promise<ReadResult<ResourceRecordSet | undefined>> {
  const ref = key ? parseRecordKey(key) : undefined;
  return safeRead("read the record", () => (ref ? readRecordSet(zoneId, ref) : Promise.resolve(undefined)));
}
