import type { Change, ResourceRecordSet, RRType } from "@aws-sdk/client-route-53";

import { recordSectionOf, recordSetDiffRows } from "@/lib/diff/record-sets";
import { mapLimit } from "@/lib/async/map-limit";
import { concurrentChange } from "@/lib/errors/concurrent-change";
import { PartialOutcome } from "@/lib/errors/partial-outcome";
import { countOf } from "@/lib/format/count";
import { type DesiredChange, planChangeBatches } from "@/lib/route53/change-batch";
import { detectConcurrentChanges, type RecordSetDiff } from "@/lib/route53/diff";
import { normalizeName } from "@/lib/route53/names";
import { nameTypeKey, recordKey } from "@/lib/route53/record-key";

import { AwsError, toAwsError } from "../errors";
import { type AppliedBatch, applyChangeBatches } from "./change-record-sets";
import { listAllRecordSets, listRecordSetPage, ROUTE53_MAX_PAGE_SIZE } from "./list-record-sets";

export interface ApplyOutcome {
  /** One entry per ChangeResourceRecordSets call, in the order sent; every one was applied. */
  batches: AppliedBatch[];
  /** SDK changes sent in total (a replace counts as its DELETE and its CREATE). */
  changeCount: number;
}

/** "it was not applied" / "it and the 2 batches after it were not applied". */
function notSent(laterBatches: number): string {
  if (laterBatches === 0) return "it was not applied";
  return `it and the ${laterBatches === 1 ? "batch" : countOf(laterBatches, "batch", "batches")} after it were not applied`;
}

/** What the UI needs when a multi-batch plan failed half way (carried in `PartialOutcome.details.facts`). */
export interface PartialApplyDetails {
  applied: AppliedBatch[];
  failedBatch: number;
  totalBatches: number;
  error: { code: string; message: string };
}

// Re-reading one name+type costs one ListResourceRecordSets call; past this many groups, one pass over the zone
// (at most 300 records per call) is cheaper and kinder to the account's 5 req/s ListResourceRecordSets budget.
const PER_GROUP_READ_LIMIT = 20;
const READ_CONCURRENCY = 4;

function touchedRecordSets(change: DesiredChange): ResourceRecordSet[] {
  switch (change.kind) {
    case "create":
    case "upsert":
      return [change.after];
    case "delete":
      return [change.before];
    case "replace":
      return [change.before, change.after];
  }
}

function loadedRecordSets(changes: readonly DesiredChange[]): ResourceRecordSet[] {
  return changes.flatMap((change) =>
    change.kind === "delete" || change.kind === "replace" ? [change.before] : [],
  );
}

/** Keys to compare: everything a change deletes, replaces or creates (an upsert overwrites on purpose, so it is skipped). */
function watchedKeys(changes: readonly DesiredChange[]): string[] {
  return [
    ...new Set(
      changes
        .filter((change) => change.kind !== "upsert")
        .flatMap(touchedRecordSets)
        .map(recordKey),
    ),
  ];
}

/** The current record sets of one name+type, read from where Route 53's sort order puts them. */
export async function listRecordSetGroup(
  zoneId: string,
  name: string,
  type: RRType,
): Promise<ResourceRecordSet[]> {
  const wanted = nameTypeKey({ Name: name, Type: type });
  const found: ResourceRecordSet[] = [];
  let cursor: Parameters<typeof listRecordSetPage>[1] = { name, type };
  while (cursor) {
    const page = await listRecordSetPage(zoneId, cursor);
    const matching = page.recordSets.filter((rrset) => nameTypeKey(rrset) === wanted);
    found.push(...matching);
    // The group is contiguous; continue only when the page ended inside it.
    const last = page.recordSets.at(-1);
    cursor = page.next && last && nameTypeKey(last) === wanted ? page.next : undefined;
  }
  return found;
}

function touchedGroups(changes: readonly DesiredChange[]): Map<string, { name: string; type: RRType }> {
  const groups = new Map<string, { name: string; type: RRType }>();
  for (const rrset of changes.flatMap(touchedRecordSets)) {
    groups.set(nameTypeKey(rrset), { name: normalizeName(rrset.Name ?? ""), type: rrset.Type as RRType });
  }
  return groups;
}

export interface ApplyPlan {
  batches: Change[][];
  /** ListResourceRecordSets calls of the concurrent-change check (a zone-wide pass counts its pages). */
  readCalls: number;
  /** ChangeResourceRecordSets calls: one per batch. */
  changeCalls: number;
}

/** What `applyRecordChanges` will send, for the preview: nothing is sent. */
export function planApply(changes: readonly DesiredChange[], zoneRecordCount = 0): ApplyPlan {
  const groups = touchedGroups(changes).size;
  const batches = changes.length > 0 ? planChangeBatches(changes) : [];
  const readCalls =
    groups > PER_GROUP_READ_LIMIT ? Math.max(1, Math.ceil(zoneRecordCount / ROUTE53_MAX_PAGE_SIZE)) : groups;
  return { batches, readCalls, changeCalls: batches.length };
}

/** The current record sets of every name+type the changes touch. */
export async function readCurrentRecordSets(
  zoneId: string,
  changes: readonly DesiredChange[],
): Promise<ResourceRecordSet[]> {
  const groups = touchedGroups(changes);
  if (groups.size > PER_GROUP_READ_LIMIT) {
    const all = await listAllRecordSets(zoneId);
    return all.filter((rrset) => groups.has(nameTypeKey(rrset)));
  }
  const pages = await mapLimit([...groups.values()], READ_CONCURRENCY, (group) =>
    listRecordSetGroup(zoneId, group.name, group.type),
  );
  return pages.flat();
}

/** "img.example.com. A blue, www.example.com. CNAME and 2 more": the record sets that changed, for the message. */
function describeChanged(changed: readonly RecordSetDiff[]): string {
  const names = changed.slice(0, 3).map((diff) => recordSectionOf(diff.key));
  const more = changed.length > 3 ? ` and ${changed.length - 3} more` : "";
  return `${names.join(", ")}${more}`;
}

/**
 * The one concurrent-change error (lib/errors), for record sets: `changed` as loaded → now, and the batches Route 53
 * had already applied ("aws": it refused a later DELETE whose record changed in between).
 */
function recordsChanged(
  changed: readonly RecordSetDiff[],
  detectedBy: "before-apply" | "aws",
  applied: readonly AppliedBatch[],
) {
  return concurrentChange({
    what: changed.length > 0 ? describeChanged(changed) : "a record you are changing",
    changes: recordSetDiffRows(changed),
    detectedBy,
    applied: applied.map((batch) => ({
      id: batch.changeId,
      label: `${batch.changeCount} change${batch.changeCount === 1 ? "" : "s"}`,
      status: batch.status,
    })),
  });
}

/**
 * Applies record changes safely: re-reads every touched name+type and refuses (sending nothing) when anything differs
 * from what the operator loaded; plans the fewest batches within the request limits (edits as DELETE of the exact
 * loaded record + CREATE, never a blind UPSERT); sends them in order. A Route 53 `InvalidChangeBatch` on a batch
 * with a DELETE is reported as a concurrent change; a failure after some batches were applied says exactly which.
 * `opts.current`: every record set of the touched name+types, read by the caller just before (saves the re-read).
 */
export async function applyRecordChanges(
  zoneId: string,
  changes: DesiredChange[],
  opts: { comment?: string; current?: readonly ResourceRecordSet[] } = {},
): Promise<ApplyOutcome> {
  if (changes.length === 0) return { batches: [], changeCount: 0 };

  const loaded = loadedRecordSets(changes);
  const keys = watchedKeys(changes);
  const current = opts.current ?? (await readCurrentRecordSets(zoneId, changes));
  const changedBefore = detectConcurrentChanges(loaded, current, keys);
  if (changedBefore.length > 0) throw recordsChanged(changedBefore, "before-apply", []);

  const batches = planChangeBatches(changes);
  const result = await applyChangeBatches(zoneId, batches, opts.comment);
  if (!result.failedAt) {
    return { batches: result.applied, changeCount: batches.reduce((sum, batch) => sum + batch.length, 0) };
  }

  const { index, error } = result.failedAt;
  const mapped = error instanceof AwsError ? error : toAwsError(error, "apply the DNS change");
  const failedBatch = batches[index] ?? [];

  if (mapped.code === "InvalidChangeBatch" && failedBatch.some((change) => change.Action === "DELETE")) {
    // Describe what changed between our check and the apply; the refusal stands even if that re-read fails.
    const changedNow = await readCurrentRecordSets(zoneId, changes)
      .then((now) => detectConcurrentChanges(loaded, now, keys))
      .catch(() => []);
    throw recordsChanged(changedNow, "aws", result.applied);
  }

  if (result.applied.length === 0) throw mapped;

  const details: PartialApplyDetails = {
    applied: result.applied,
    failedBatch: index + 1,
    totalBatches: batches.length,
    error: { code: mapped.code, message: mapped.message },
  };
  // Route 53 applied the earlier batches: told as a partial outcome with their change ids, not as a failure.
  throw new PartialOutcome({
    done: `Applied ${result.applied.length} of ${batches.length} change batches`,
    created: result.applied.map((batch) => ({ kind: "Route 53 change", id: batch.changeId })),
    failedStep: `batch ${index + 1}`,
    cause: mapped,
    facts: { ...details },
    message:
      `Applied ${result.applied.length} of ${batches.length} change batches (${result.applied.map((b) => b.changeId).join(", ")}); ` +
      `batch ${index + 1} was refused, so ${notSent(batches.length - index - 1)}. Route 53 said: ${mapped.message}`,
  });
}
