import type { ResourceRecordSet } from "@aws-sdk/client-route-53";

import { isNameInZone, isZoneApex, normalizeName } from "./names";
import { nameTypeKey, recordKey } from "./record-key";

export interface ImportConflict {
  incoming: ResourceRecordSet;
  existing: ResourceRecordSet[];
  reason: string;
}

export interface ImportPlan {
  /** New record sets, created as CREATE changes. */
  creates: ResourceRecordSet[];
  /** Record sets left out because the zone already has something at that name+type (or a CNAME rule forbids them). */
  conflicts: ImportConflict[];
  /** Left out on purpose, e.g. the apex NS/SOA of a JSON export, which Route 53 manages. */
  skipped: { recordSet: ResourceRecordSet; reason: string }[];
  /** Record sets that can't go into this zone at all (a name outside it). */
  errors: { recordSet: ResourceRecordSet; message: string }[];
}

const label = (rrset: ResourceRecordSet) =>
  `${rrset.Name ?? ""} ${rrset.Type ?? ""}${rrset.SetIdentifier ? ` (${rrset.SetIdentifier})` : ""}`;

/**
 * What importing `incoming` into a zone that holds `existing` would do. An import only creates: anything that would
 * replace or join an existing record set is a conflict for the operator to resolve in the record editor, so an
 * import never silently overwrites. DG "Supported DNS record types" › CNAME: a CNAME can't share its name.
 */
export function planImport(
  zoneName: string,
  existing: readonly ResourceRecordSet[],
  incoming: readonly ResourceRecordSet[],
): ImportPlan {
  const zone = normalizeName(zoneName);
  const byKey = new Map(existing.map((rrset) => [recordKey(rrset), rrset]));
  const byNameType = new Map<string, ResourceRecordSet[]>();
  const byName = new Map<string, ResourceRecordSet[]>();
  for (const rrset of existing) {
    const group = nameTypeKey(rrset);
    byNameType.set(group, [...(byNameType.get(group) ?? []), rrset]);
    const name = normalizeName(rrset.Name ?? "");
    byName.set(name, [...(byName.get(name) ?? []), rrset]);
  }

  const plan: ImportPlan = { creates: [], conflicts: [], skipped: [], errors: [] };
  for (const rrset of incoming) {
    const name = normalizeName(rrset.Name ?? "");
    if (!isNameInZone(name, zone)) {
      plan.errors.push({ recordSet: rrset, message: `${label(rrset)} isn't in the zone ${zone}.` });
      continue;
    }
    if (isZoneApex(name, zone) && (rrset.Type === "SOA" || rrset.Type === "NS")) {
      plan.skipped.push({
        recordSet: rrset,
        reason: `Route 53 manages the zone's own ${rrset.Type} record.`,
      });
      continue;
    }

    const same = byKey.get(recordKey(rrset));
    if (same) {
      plan.conflicts.push({
        incoming: rrset,
        existing: [same],
        reason: "A record set with this name, type and ID already exists.",
      });
      continue;
    }
    const group = byNameType.get(nameTypeKey(rrset)) ?? [];
    if (
      group.length > 0 &&
      (rrset.SetIdentifier === undefined || group.some((r) => r.SetIdentifier === undefined))
    ) {
      plan.conflicts.push({
        incoming: rrset,
        existing: group,
        reason: "The name already has a record of this type with a different routing policy.",
      });
      continue;
    }
    const atName = byName.get(name) ?? [];
    const cnameClash =
      rrset.Type === "CNAME"
        ? atName.filter((r) => r.Type !== "CNAME")
        : atName.filter((r) => r.Type === "CNAME");
    if (cnameClash.length > 0) {
      plan.conflicts.push({
        incoming: rrset,
        existing: cnameClash,
        reason: "A CNAME can't share its name with other records.",
      });
      continue;
    }
    plan.creates.push(rrset);
  }
  return plan;
}
