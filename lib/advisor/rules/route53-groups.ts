import { normalizeName } from "@/lib/route53/names";
import type { ResourceRecordSet } from "@/lib/route53/record-set";
import { nameTypeKey } from "@/lib/route53/record-key";

import type { AdvisorSnapshot, ZoneSnapshot } from "../types";

// Shared reading of Route 53 records for the rules: groups by name+type, health, ELB alias targets.

export interface RecordGroup {
  zone: ZoneSnapshot;
  name: string;
  type: string;
  records: ResourceRecordSet[];
}

const groupsBySnapshot = new WeakMap<AdvisorSnapshot, RecordGroup[]>();

/**
 * The record sets of every zone grouped by name and type (where routing policies and quotas apply). Several rules
 * read the groups of one snapshot, so they are built once per snapshot (snapshots are not changed once gathered).
 */
export function recordGroups(snapshot: AdvisorSnapshot): RecordGroup[] {
  const known = groupsBySnapshot.get(snapshot);
  if (known) return known;
  const groups = buildGroups(snapshot);
  groupsBySnapshot.set(snapshot, groups);
  return groups;
}

function buildGroups(snapshot: AdvisorSnapshot): RecordGroup[] {
  return snapshot.zones.flatMap((zone) => {
    const groups = new Map<string, RecordGroup>();
    for (const record of zone.records) {
      const key = nameTypeKey(record);
      const group = groups.get(key);
      if (group) group.records.push(record);
      else
        groups.set(key, {
          zone,
          name: normalizeName(record.Name ?? ""),
          type: record.Type ?? "",
          records: [record],
        });
    }
    return [...groups.values()];
  });
}

/** Whether Route 53 can see the record fail: a health check, or an alias that evaluates its target's health. */
export function isHealthChecked(record: ResourceRecordSet): boolean {
  return Boolean(record.HealthCheckId) || record.AliasTarget?.EvaluateTargetHealth === true;
}

/** "name-1.eu-west-1.elb.amazonaws.com" without "dualstack." and the final dot, lower case. */
export function bareElbDnsName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^dualstack\./, "");
}

/** The Region an ELB DNS name belongs to, or undefined when the name is not an ELB name. */
export function elbRegionOf(dnsName: string): string | undefined {
  return /\.([a-z0-9-]+)\.elb\.amazonaws\.com$/.exec(bareElbDnsName(dnsName))?.[1];
}
