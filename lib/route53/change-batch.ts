import type { Change, ResourceRecordSet } from "@aws-sdk/client-route-53";
import { MAX_RESOURCE_RECORDS_PER_BATCH, MAX_VALUE_CHARS_PER_BATCH, UPSERT_WEIGHT } from "./limits";
import { normalizeName } from "./names";
import { recordKey } from "./record-key";

/**
 * What the operator wants. Edits of loaded records are `replace` (DELETE of the exact loaded record + CREATE of the
 * new one in the same batch): a DELETE must match exactly, so a concurrent edit makes the batch fail instead of being
 * silently overwritten as an UPSERT would. `upsert` exists only for callers that deliberately want overwrite.
 */
export type DesiredChange =
  | { kind: "create"; after: ResourceRecordSet }
  | { kind: "delete"; before: ResourceRecordSet }
  | { kind: "replace"; before: ResourceRecordSet; after: ResourceRecordSet }
  | { kind: "upsert"; after: ResourceRecordSet };

export interface BatchUsage {
  changes: number;
  /** ResourceRecord elements, an UPSERT counted twice (DG "Quotas" › ChangeResourceRecordSets). */
  resourceRecords: number;
  /** Characters in all Value elements (spaces included), an UPSERT counted twice. */
  valueCharacters: number;
}

export class ChangeBatchTooLargeError extends Error {
  constructor(
    readonly key: string,
    readonly usage: BatchUsage,
  ) {
    super(
      `The change to ${key} alone needs ${usage.resourceRecords} values and ${usage.valueCharacters} characters; one request allows ` +
        `${MAX_RESOURCE_RECORDS_PER_BATCH} values and ${MAX_VALUE_CHARS_PER_BATCH} characters.`,
    );
    this.name = "ChangeBatchTooLargeError";
  }
}

/** Turns desired changes into SDK changes; a replace becomes DELETE(before) then CREATE(after). */
export function toChanges(desired: readonly DesiredChange[]): Change[] {
  return desired.flatMap(unitChanges);
}

function unitChanges(change: DesiredChange): Change[] {
  switch (change.kind) {
    case "create":
      return [{ Action: "CREATE", ResourceRecordSet: change.after }];
    case "delete":
      return [{ Action: "DELETE", ResourceRecordSet: change.before }];
    case "upsert":
      return [{ Action: "UPSERT", ResourceRecordSet: change.after }];
    case "replace":
      return [
        { Action: "DELETE", ResourceRecordSet: change.before },
        { Action: "CREATE", ResourceRecordSet: change.after },
      ];
  }
}

/**
 * Usage of a list of changes against the request limits. Alias records have no ResourceRecord or Value elements,
 * so they count zero toward both limits (the limits are defined on those elements).
 */
export function countBatchUsage(changes: readonly Change[]): BatchUsage {
  let resourceRecords = 0;
  let valueCharacters = 0;
  for (const change of changes) {
    const weight = change.Action === "UPSERT" ? UPSERT_WEIGHT : 1;
    const records = change.ResourceRecordSet?.ResourceRecords ?? [];
    resourceRecords += records.length * weight;
    valueCharacters += records.reduce((sum, record) => sum + (record.Value ?? "").length, 0) * weight;
  }
  return { changes: changes.length, resourceRecords, valueCharacters };
}

function fits(usage: BatchUsage): boolean {
  return (
    usage.resourceRecords <= MAX_RESOURCE_RECORDS_PER_BATCH &&
    usage.valueCharacters <= MAX_VALUE_CHARS_PER_BATCH
  );
}

interface Item {
  order: number;
  changes: Change[];
  usage: BatchUsage;
}

function changeName(change: DesiredChange): string {
  const rrset = change.kind === "create" || change.kind === "upsert" ? change.after : change.before;
  return normalizeName(rrset.Name ?? "");
}

/** Groups changes by record name so that everything touching one name (e.g. delete CNAME + create A) lands in one batch. */
function packingItems(desired: readonly DesiredChange[]): Item[] {
  const byName = new Map<string, { order: number; change: DesiredChange }[]>();
  desired.forEach((change, order) => {
    const name = changeName(change);
    const list = byName.get(name) ?? [];
    list.push({ order, change });
    byName.set(name, list);
  });

  const items: Item[] = [];
  for (const [name, entries] of byName) {
    const changes = entries.flatMap((entry) => unitChanges(entry.change));
    const usage = countBatchUsage(changes);
    if (fits(usage)) {
      items.push({ order: entries[0]?.order ?? 0, changes, usage });
      continue;
    }
    // Too big as one group: fall back to one item per desired change, which still keeps DELETE+CREATE pairs together.
    for (const { order, change } of entries) {
      const unit = unitChanges(change);
      const unitUsage = countBatchUsage(unit);
      if (!fits(unitUsage))
        throw new ChangeBatchTooLargeError(
          recordKey(unit[0]?.ResourceRecordSet ?? { Name: name, Type: undefined }),
          unitUsage,
        );
      items.push({ order, changes: unit, usage: unitUsage });
    }
  }
  return items;
}

const size = (usage: BatchUsage) =>
  Math.max(
    usage.resourceRecords / MAX_RESOURCE_RECORDS_PER_BATCH,
    usage.valueCharacters / MAX_VALUE_CHARS_PER_BATCH,
  );

/**
 * Splits changes into ChangeResourceRecordSets batches within the request limits, using as few batches as it can
 * (first-fit decreasing over per-name groups). Each replace's DELETE and CREATE stay in the same batch, so each
 * edit is an atomic compare-and-swap. Changes keep their given order inside a batch.
 */
export function planChangeBatches(desired: readonly DesiredChange[]): Change[][] {
  const items = packingItems(desired).sort((a, b) => size(b.usage) - size(a.usage) || a.order - b.order);
  const bins: { usage: BatchUsage; items: Item[] }[] = [];

  for (const item of items) {
    const bin = bins.find(
      (candidate) =>
        candidate.usage.resourceRecords + item.usage.resourceRecords <= MAX_RESOURCE_RECORDS_PER_BATCH &&
        candidate.usage.valueCharacters + item.usage.valueCharacters <= MAX_VALUE_CHARS_PER_BATCH,
    );
    if (bin) {
      bin.items.push(item);
      bin.usage = {
        changes: bin.usage.changes + item.usage.changes,
        resourceRecords: bin.usage.resourceRecords + item.usage.resourceRecords,
        valueCharacters: bin.usage.valueCharacters + item.usage.valueCharacters,
      };
    } else {
      bins.push({ usage: { ...item.usage }, items: [item] });
    }
  }

  return bins
    .map((bin) => bin.items.sort((a, b) => a.order - b.order))
    .sort((a, b) => (a[0]?.order ?? 0) - (b[0]?.order ?? 0))
    .map((binItems) => binItems.flatMap((item) => item.changes));
}
