import "server-only";

import type { ValidationRecord } from "@/lib/aws/acm/types";
import { normalizeName } from "@/lib/route53/names";

import { type AppliedBatch, applyChangeBatch } from "./change-record-sets";
import { type HostedZoneSummary, listHostedZones } from "./hosted-zones";
import { listRecordSetGroup } from "./apply-record-changes";

/** The TTL the ACM console gives validation CNAMEs. */
export const VALIDATION_RECORD_TTL = 300;

export type ValidationRecordState = "missing" | "present" | "different";

/** One validation CNAME and where it goes: the zone is undefined when no public zone of the account holds the name. */
export interface PlannedValidationRecord {
  name: string;
  value: string;
  zone?: Pick<HostedZoneSummary, "id" | "name">;
}

/** A planned record with what Route 53 holds at its name now. */
export interface ValidationRecordPreview extends PlannedValidationRecord {
  state: ValidationRecordState;
  /** The CNAME value at the name now, when there is one. */
  currentValue?: string;
}

/** Whether `name` is the zone's apex or inside it (labels compared whole: "badexample.com" is not in "example.com"). */
function isInZone(name: string, zoneName: string): boolean {
  const host = normalizeName(name);
  const zone = normalizeName(zoneName);
  return host === zone || host.endsWith(`.${zone}`);
}

/**
 * The public hosted zone a record name belongs in: the one with the longest matching suffix (a delegated
 * `sub.example.com` zone wins over `example.com`). Private zones are skipped: ACM resolves the record publicly.
 */
export function zoneForName(
  name: string,
  zones: readonly HostedZoneSummary[],
): HostedZoneSummary | undefined {
  let best: HostedZoneSummary | undefined;
  for (const zone of zones) {
    if (zone.isPrivate || !isInZone(name, zone.name)) continue;
    if (!best || normalizeName(zone.name).length > normalizeName(best.name).length) best = zone;
  }
  return best;
}

/**
 * The CNAMEs to create for a certificate's validation records, de-duplicated by name (`*.x` and `x` share one),
 * each matched to its zone.
 */
export function planValidationRecords(
  records: readonly ValidationRecord[],
  zones: readonly HostedZoneSummary[],
): PlannedValidationRecord[] {
  const byName = new Map<string, PlannedValidationRecord>();
  for (const record of records) {
    if (record.type && record.type.toUpperCase() !== "CNAME") continue;
    const name = normalizeName(record.name);
    if (byName.has(name)) continue;
    const zone = zoneForName(name, zones);
    byName.set(name, {
      name,
      value: normalizeName(record.value),
      ...(zone ? { zone: { id: zone.id, name: zone.name } } : {}),
    });
  }
  return [...byName.values()];
}

/** Plans the records against the account's zones and reads what each name holds now: nothing is changed. */
export async function previewValidationRecords(
  records: readonly ValidationRecord[],
): Promise<ValidationRecordPreview[]> {
  if (records.length === 0) return [];
  const planned = planValidationRecords(records, await listHostedZones());
  return Promise.all(
    planned.map(async (record): Promise<ValidationRecordPreview> => {
      if (!record.zone) return { ...record, state: "missing" };
      const [current] = await listRecordSetGroup(record.zone.id, record.name, "CNAME");
      const currentValue = current?.ResourceRecords?.[0]?.Value;
      if (currentValue === undefined) return { ...record, state: "missing" };
      const state = normalizeName(currentValue) === record.value ? "present" : "different";
      return { ...record, state, currentValue: normalizeName(currentValue) };
    }),
  );
}

export interface CreatedValidationRecords {
  /** One UPSERT batch per zone, in the order sent. */
  batches: (AppliedBatch & { zoneId: string; zoneName: string })[];
  records: PlannedValidationRecord[];
  /** Names with no public zone in this account: create them where the domain's DNS is hosted. */
  unmatched: PlannedValidationRecord[];
}

/**
 * Creates the validation CNAMEs in their zones with UPSERT: the value is ACM's, so overwriting a stale one is right,
 * and the records stay in place for renewal. One atomic batch per zone.
 */
export async function createValidationRecords(
  records: readonly ValidationRecord[],
  opts: { comment?: string } = {},
): Promise<CreatedValidationRecords> {
  const planned = planValidationRecords(records, await listHostedZones());
  const byZone = new Map<string, PlannedValidationRecord[]>();
  for (const record of planned) {
    if (!record.zone) continue;
    byZone.set(record.zone.id, [...(byZone.get(record.zone.id) ?? []), record]);
  }

  const batches: CreatedValidationRecords["batches"] = [];
  for (const [zoneId, zoneRecords] of byZone) {
    const batch = await applyChangeBatch(
      zoneId,
      zoneRecords.map((record) => ({
        Action: "UPSERT",
        ResourceRecordSet: {
          Name: record.name,
          Type: "CNAME",
          TTL: VALIDATION_RECORD_TTL,
          ResourceRecords: [{ Value: record.value }],
        },
      })),
      opts.comment ?? "Routeboard: ACM DNS validation",
    );
    batches.push({ ...batch, zoneId, zoneName: zoneRecords[0]?.zone?.name ?? "" });
  }
  return {
    batches,
    records: planned.filter((record) => record.zone),
    unmatched: planned.filter((record) => !record.zone),
  };
}
