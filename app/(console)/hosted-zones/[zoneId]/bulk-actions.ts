"use server";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { defineQuery } from "@/lib/actions/define-query";
import { countOf } from "@/lib/format/count";
import { applyRecordChanges, planApply } from "@/lib/aws/route53/apply-record-changes";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import type { DesiredChange } from "@/lib/route53/change-batch";
import { diffRecordSets, type RecordSetDiff } from "@/lib/route53/diff";
import { type ImportConflict, planImport } from "@/lib/route53/import-plan";
import { normalizeName } from "@/lib/route53/names";
import { planWeightChanges } from "@/lib/route53/weights";
import { parseBindZone, parseJsonRecordSets } from "@/lib/route53/zone-file";
import {
  bulkWeightsSchema,
  type BulkWeightsInput,
  importRecordsSchema,
  type ImportRecordsInput,
} from "@/lib/schemas/zone-bulk";

const READ_DENIED = "You are not allowed to read this zone.";

export interface ImportPreview {
  zoneName: string;
  /** Lines (BIND) or entries (JSON) that could not be read; they are not imported. */
  parseErrors: { line: number | null; message: string }[];
  warnings: { line: number; message: string }[];
  skipped: { line: number | null; name: string; type: string; reason: string }[];
  creates: ResourceRecordSet[];
  conflicts: ImportConflict[];
  /** ChangeResourceRecordSets requests the creates need, applied one after another. */
  batchCount: number;
}

export interface WeightsPreview {
  diff: RecordSetDiff[];
  /** The weighted records the plan was computed from; sent back on apply so its DELETEs match them exactly. */
  loaded: ResourceRecordSet[];
  batchCount: number;
}

export interface BulkApplied {
  changeIds: string[];
  recordSets: number;
  batchCount: number;
}

async function zoneName(zoneId: string): Promise<string> {
  const zone = await getHostedZone(zoneId);
  if (!zone) throw new ActionRefusal("This hosted zone no longer exists.", "NoSuchHostedZone");
  return zone.name;
}

async function buildImportPreview(input: ImportRecordsInput): Promise<ImportPreview> {
  const [name, existing] = await Promise.all([zoneName(input.zoneId), listAllRecordSets(input.zoneId)]);
  const parseErrors: ImportPreview["parseErrors"] = [];
  const warnings: ImportPreview["warnings"] = [];
  const skipped: ImportPreview["skipped"] = [];
  let incoming: ResourceRecordSet[];

  if (input.format === "bind") {
    const parsed = parseBindZone(input.text, name);
    incoming = parsed.recordSets;
    parseErrors.push(...parsed.errors);
    warnings.push(...parsed.warnings);
    skipped.push(...parsed.skipped);
  } else {
    const parsed = parseJsonRecordSets(input.text);
    incoming = parsed.recordSets.map((rrset) => ({ ...rrset, Name: normalizeName(rrset.Name ?? "") }));
    parseErrors.push(
      ...parsed.errors.map((error) => ({
        line: error.index === null ? null : error.index + 1,
        message: error.message,
      })),
    );
  }

  const plan = planImport(name, existing, incoming);
  parseErrors.push(...plan.errors.map((error) => ({ line: null, message: error.message })));
  skipped.push(
    ...plan.skipped.map((skip) => ({
      line: null,
      name: skip.recordSet.Name ?? "",
      type: skip.recordSet.Type ?? "",
      reason: skip.reason,
    })),
  );
  const changes: DesiredChange[] = plan.creates.map((after) => ({ kind: "create", after }));
  return {
    zoneName: name,
    parseErrors,
    warnings,
    skipped,
    creates: plan.creates,
    conflicts: plan.conflicts,
    batchCount: planApply(changes).changeCalls,
  };
}

/** Parses a BIND zone file or JSON and says what importing it would create, skip and conflict with. Reads only. */
export const previewImportAction = defineQuery({
  name: "route53.previewImport",
  schema: importRecordsSchema,
  deniedMessage: READ_DENIED,
  // The file is not echoed back: it can be megabytes.
  secretKeys: ["text"],
  run: buildImportPreview,
});

/** "Created 49 record sets in one change batch (change C1)." — "applied one after another" only when there are several. */
function importedMessage(recordSets: number, changeIds: readonly string[]): string {
  const created = `Created ${countOf(recordSets, "record set")}`;
  if (changeIds.length === 1) return `${created} in one change batch (change ${changeIds[0] ?? ""}).`;
  return `${created} in ${changeIds.length} change batches, applied one after another (changes ${changeIds.join(", ")}).`;
}

export const applyImportAction = defineAction({
  name: "route53.importRecords",
  schema: importRecordsSchema,
  permission: "change-dns",
  target: (input) => input.zoneId,
  // The file itself is not echoed back nor audited: it can be megabytes.
  secretKeys: ["text"],
  run: async (input) => {
    // Planned again against the zone as it is now; applyRecordChanges refuses if any of these names appeared since.
    const preview = await buildImportPreview(input);
    if (preview.creates.length === 0)
      throw new ActionRefusal(
        "There is nothing to import: every record set was skipped, has an error or conflicts.",
        "NothingToImport",
      );
    const outcome = await applyRecordChanges(
      input.zoneId,
      preview.creates.map((after) => ({ kind: "create", after })),
      { comment: `Routeboard: import ${preview.creates.length} record sets (${input.format})` },
    );
    const changeIds = outcome.batches.map((batch) => batch.changeId);
    const batches = `${changeIds.length} batch${changeIds.length === 1 ? "" : "es"}`;
    return {
      data: { changeIds, recordSets: preview.creates.length, batchCount: changeIds.length },
      summary: `Imported ${preview.creates.length} record sets into ${preview.zoneName} in ${batches}`,
      details: {
        changeIds,
        format: input.format,
        skipped: preview.skipped.length,
        conflicts: preview.conflicts.length,
        errors: preview.parseErrors.length,
      },
      message: importedMessage(preview.creates.length, changeIds),
    };
  },
  revalidate: (input) => [`/hosted-zones/${input.zoneId}`, "/hosted-zones"],
});

function weightPlan(input: BulkWeightsInput, records: readonly ResourceRecordSet[]) {
  const plan = planWeightChanges(records, input.weights, input.names);
  if (plan.problems.length > 0)
    throw new ActionRefusal(plan.problems.join(" "), "InvalidWeights", { weights: plan.problems });
  if (plan.changes.length === 0)
    throw new ActionRefusal(
      "Every chosen record already has these weights: nothing to change.",
      "NothingToChange",
    );
  return plan.changes;
}

/** The before/after diff of setting the weights on the chosen names. Reads only. */
export const previewWeightsAction = defineQuery({
  name: "route53.previewWeights",
  schema: bulkWeightsSchema,
  deniedMessage: READ_DENIED,
  run: async (input): Promise<WeightsPreview> => {
    const names = new Set(input.names.map(normalizeName));
    const records = (await listAllRecordSets(input.zoneId)).filter(
      (r) => names.has(normalizeName(r.Name ?? "")) && r.Weight !== undefined,
    );
    const changes = weightPlan(input, records);
    const before = changes.flatMap((change) => (change.kind === "replace" ? [change.before] : []));
    const after = changes.flatMap((change) => (change.kind === "replace" ? [change.after] : []));
    return {
      diff: diffRecordSets(before, after),
      loaded: records,
      batchCount: planApply(changes).changeCalls,
    };
  },
});

export const applyWeightsAction = defineAction({
  name: "route53.setWeights",
  schema: bulkWeightsSchema,
  permission: "change-dns",
  target: (input) => input.zoneId,
  secretKeys: ["loaded"],
  run: async (input) => {
    if (!input.loaded) throw new ActionRefusal("Preview the change first.", "PreviewRequired");
    // Re-planned from the records the operator previewed: only weights change, and each DELETE must match exactly.
    const changes = weightPlan(input, input.loaded as ResourceRecordSet[]);
    const weights = Object.entries(input.weights)
      .map(([id, weight]) => `${id} ${weight}`)
      .join(" / ");
    const outcome = await applyRecordChanges(input.zoneId, changes, {
      comment: `Routeboard: weights ${weights}`,
    });
    const changeIds = outcome.batches.map((batch) => batch.changeId);
    return {
      data: { changeIds, recordSets: changes.length, batchCount: changeIds.length },
      summary: `Set weights ${weights} on ${input.names.join(", ")} (${changes.length} records)`,
      details: { changeIds, names: input.names, weights: input.weights },
      message: `Set ${weights} on ${input.names.length} name${input.names.length === 1 ? "" : "s"}: ${changes.length} records changed (change ${changeIds.join(", ")}).`,
    };
  },
  revalidate: (input) => [`/hosted-zones/${input.zoneId}`],
});
