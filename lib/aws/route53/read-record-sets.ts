import type { ResourceRecordSet, RRType } from "@aws-sdk/client-route-53";

import { normalizeName } from "@/lib/route53/names";
import { nameTypeKey, recordKey } from "@/lib/route53/record-key";

import { listRecordSetPage, type RecordSetStart } from "./list-record-sets";

// Reads of a few record sets without listing the zone: Route 53 starts a ListResourceRecordSets page where
// StartRecordName/StartRecordType/StartRecordIdentifier put it in its sort order (names with labels reversed, then
// type, then set identifier), so what one record or one name needs is on the first page (API Reference,
// ListResourceRecordSets). A further page is read only when the first one ends inside the records wanted.
//
// Pages are small: the records wanted come first, and a 300-record page of a large zone costs its size in transfer and
// parsing for nothing (on the emulator about 4× the time of a 20-record page). 20 holds a record with every other
// type at its name, or a weighted group of 20, in one call.
const TARGETED_PAGE_SIZE = 20;

/** Which record set: name, type and (for every policy but simple) its set identifier. */
export interface RecordSetRef {
  name: string;
  type: RRType;
  setIdentifier?: string;
}

async function readWhile(
  zoneId: string,
  start: RecordSetStart,
  belongs: (rrset: ResourceRecordSet) => boolean,
  isDone: (found: readonly ResourceRecordSet[]) => boolean = () => false,
): Promise<ResourceRecordSet[]> {
  const found: ResourceRecordSet[] = [];
  let cursor: RecordSetStart | undefined = start;
  while (cursor) {
    const page = await listRecordSetPage(zoneId, cursor, TARGETED_PAGE_SIZE);
    found.push(...page.recordSets.filter(belongs));
    if (isDone(found)) break;
    const last = page.recordSets.at(-1);
    cursor = page.next && last && belongs(last) ? page.next : undefined;
  }
  return found;
}

/** The one record set `ref` names as it is now in Route 53, or undefined when it is not in the zone. */
export async function readRecordSet(
  zoneId: string,
  ref: RecordSetRef,
): Promise<ResourceRecordSet | undefined> {
  const wanted = recordKey({ Name: ref.name, Type: ref.type, SetIdentifier: ref.setIdentifier });
  const group = nameTypeKey({ Name: ref.name, Type: ref.type });
  const start: RecordSetStart = {
    name: normalizeName(ref.name),
    type: ref.type,
    identifier: ref.setIdentifier || undefined,
  };
  const found = await readWhile(
    zoneId,
    start,
    (rrset) => nameTypeKey(rrset) === group,
    (sets) => sets.some((rrset) => recordKey(rrset) === wanted),
  );
  return found.find((rrset) => recordKey(rrset) === wanted);
}

/** Every record set at one name, of every type (what the in-zone rules for a new or edited record look at). */
export async function listRecordSetsAtName(zoneId: string, name: string): Promise<ResourceRecordSet[]> {
  const fqdn = normalizeName(name);
  return readWhile(zoneId, { name: fqdn }, (rrset) => normalizeName(rrset.Name ?? "") === fqdn);
}
