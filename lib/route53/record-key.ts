import { normalizeName } from "./names";
import type { ResourceRecordSet } from "./record-set";

/** Identity of a record set in a zone: normalised name | type | set identifier (empty for simple records). */
export function recordKey(rrset: Pick<ResourceRecordSet, "Name" | "Type" | "SetIdentifier">): string {
  return `${normalizeName(rrset.Name ?? "")}|${rrset.Type ?? ""}|${rrset.SetIdentifier ?? ""}`;
}

/** Name and type only: the group inside which routing policies, set identifiers and quotas apply. */
export function nameTypeKey(rrset: Pick<ResourceRecordSet, "Name" | "Type">): string {
  return `${normalizeName(rrset.Name ?? "")}|${rrset.Type ?? ""}`;
}
