import "server-only";

import { aliasRecordsPointingAt } from "@/lib/alb/assemble-config";
import type { AliasRecordRef } from "@/lib/alb/types";
import type { LoadBalancerSummary } from "@/lib/alb/domain";
import { listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";

const ZONE_CONCURRENCY = 4;

/**
 * Every record in the account's hosted zones (public and private) that points at the load balancer: aliases to its
 * DNS name and CNAMEs to it. Route 53 has no reverse lookup, so each zone is listed in full (a few zones at a time,
 * kind to the account's 5 req/s ListResourceRecordSets budget); `maxZones` bounds the scan.
 */
export async function readAliasRecordsTo(
  lb: Pick<LoadBalancerSummary, "dnsName">,
  options: { maxZones?: number } = {},
): Promise<AliasRecordRef[]> {
  const zones = (await listHostedZones()).slice(0, options.maxZones ?? 50);
  const found: AliasRecordRef[][] = [];
  for (let at = 0; at < zones.length; at += ZONE_CONCURRENCY) {
    const slice = zones.slice(at, at + ZONE_CONCURRENCY);
    found.push(
      ...(await Promise.all(
        slice.map(async (zone) => aliasRecordsPointingAt(lb, zone, await listAllRecordSets(zone.id))),
      )),
    );
  }
  return found
    .flat()
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name) ||
        a.type.localeCompare(b.type) ||
        (a.setIdentifier ?? "").localeCompare(b.setIdentifier ?? ""),
    );
}
