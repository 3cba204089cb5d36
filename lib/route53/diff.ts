import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { normalizeName } from "./names";
import { recordKey } from "./record-key";
import { plainText } from "@/lib/format/plain-text";

export interface FieldChange {
  field: string;
  before: string | undefined;
  after: string | undefined;
}

export interface RecordSetDiff {
  key: string;
  kind: "added" | "removed" | "changed";
  before?: ResourceRecordSet;
  after?: ResourceRecordSet;
  fieldChanges: FieldChange[];
}

const text = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : plainText(value);

// Route 53 answers values in random order (DG "Simple routing"), so values compare as a set.
function comparableFields(rrset: ResourceRecordSet): Record<string, string | undefined> {
  const geo = rrset.GeoLocation;
  const prox = rrset.GeoProximityLocation;
  const alias = rrset.AliasTarget;
  return {
    TTL: text(rrset.TTL),
    Values: rrset.ResourceRecords
      ? rrset.ResourceRecords.map((r) => r.Value ?? "")
          .sort()
          .join("\n")
      : undefined,
    Weight: text(rrset.Weight),
    Failover: rrset.Failover,
    Region: rrset.Region,
    MultiValueAnswer: text(rrset.MultiValueAnswer),
    "GeoLocation.ContinentCode": geo?.ContinentCode,
    "GeoLocation.CountryCode": geo?.CountryCode,
    "GeoLocation.SubdivisionCode": geo?.SubdivisionCode,
    "GeoProximityLocation.AWSRegion": prox?.AWSRegion,
    "GeoProximityLocation.LocalZoneGroup": prox?.LocalZoneGroup,
    "GeoProximityLocation.Coordinates": prox?.Coordinates
      ? `${prox.Coordinates.Latitude}, ${prox.Coordinates.Longitude}`
      : undefined,
    "GeoProximityLocation.Bias": text(prox?.Bias),
    "AliasTarget.HostedZoneId": alias?.HostedZoneId,
    "AliasTarget.DNSName": alias?.DNSName !== undefined ? normalizeName(alias.DNSName) : undefined,
    "AliasTarget.EvaluateTargetHealth": text(alias?.EvaluateTargetHealth),
    HealthCheckId: rrset.HealthCheckId,
    "CidrRoutingConfig.CollectionId": rrset.CidrRoutingConfig?.CollectionId,
    "CidrRoutingConfig.LocationName": rrset.CidrRoutingConfig?.LocationName,
  };
}

/** Field-by-field differences between two versions of the same record set. */
export function fieldChangesOf(before: ResourceRecordSet, after: ResourceRecordSet): FieldChange[] {
  const a = comparableFields(before);
  const b = comparableFields(after);
  return Object.keys(a)
    .filter((field) => a[field] !== b[field])
    .map((field) => ({ field, before: a[field], after: b[field] }));
}

/** Before/after diff keyed by `recordKey`, in the order of `before` then new keys of `after`, for the preview UI. */
export function diffRecordSets(
  before: readonly ResourceRecordSet[],
  after: readonly ResourceRecordSet[],
): RecordSetDiff[] {
  const afterByKey = new Map(after.map((rrset) => [recordKey(rrset), rrset]));
  const beforeKeys = new Set<string>();
  const diffs: RecordSetDiff[] = [];

  for (const old of before) {
    const key = recordKey(old);
    beforeKeys.add(key);
    const next = afterByKey.get(key);
    if (!next) {
      diffs.push({ key, kind: "removed", before: old, fieldChanges: [] });
      continue;
    }
    const fieldChanges = fieldChangesOf(old, next);
    if (fieldChanges.length > 0) diffs.push({ key, kind: "changed", before: old, after: next, fieldChanges });
  }
  for (const [key, next] of afterByKey) {
    if (!beforeKeys.has(key)) diffs.push({ key, kind: "added", after: next, fieldChanges: [] });
  }
  return diffs;
}

/**
 * What changed in Route 53 since the operator loaded the zone ("someone else changed this record since you
 * loaded it"). With `keys`, only those records (the ones the operator is editing) are reported.
 */
export function detectConcurrentChanges(
  loaded: readonly ResourceRecordSet[],
  current: readonly ResourceRecordSet[],
  keys?: readonly string[],
): RecordSetDiff[] {
  const diffs = diffRecordSets(loaded, current);
  if (!keys) return diffs;
  const wanted = new Set(keys);
  return diffs.filter((diff) => wanted.has(diff.key));
}
