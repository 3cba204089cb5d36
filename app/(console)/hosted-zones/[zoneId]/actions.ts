"use server";

import { defineAction } from "@/lib/actions/define-action";
import { defineQuery } from "@/lib/actions/define-query";
import { applyRecordChanges } from "@/lib/aws/route53/apply-record-changes";
import { applyRecordChange, prepareRecordChange } from "@/lib/aws/route53/prepare-record-change";
import type { RecordChangeApplied, RecordChangePreview } from "@/components/record-editor/types";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import { recordChangeSchema, recordDeleteSchema } from "@/lib/schemas/record-change";

function summaryOf(input: {
  name: string;
  type: string;
  routing: { policy: string; setIdentifier?: string };
}): string {
  const identifier =
    "setIdentifier" in input.routing && input.routing.setIdentifier ? `, ${input.routing.setIdentifier}` : "";
  return `${input.type} record ${input.name} (${input.routing.policy}${identifier})`;
}

/**
 * Validates a created or edited record against the zone as it is now and returns the diff from the record as it is in
 * Route 53 now (re-read, not as the page loaded it) and the batch plan. Reads only: nothing is sent or audited.
 */
export const previewRecordChangeAction = defineQuery({
  name: "route53.previewRecordChange",
  schema: recordChangeSchema,
  deniedMessage: "You are not allowed to read this zone.",
  run: async (input): Promise<RecordChangePreview> => {
    const { diff, batchCount, awsCalls, batchSummaries, now, isChangedSinceLoaded } =
      await prepareRecordChange(input);
    return { diff, batchCount, awsCalls, batchSummaries, now, isChangedSinceLoaded };
  },
});

export const applyRecordChangesAction = defineAction({
  name: "route53.applyRecordChanges",
  schema: recordChangeSchema,
  permission: "change-dns",
  target: (input) => input.zoneId,
  run: async (input) => {
    const { prepared, outcome } = await applyRecordChange(
      input,
      `Routeboard: ${input.before ? "edit" : "create"} ${summaryOf(input)}`,
    );
    const changeIds = outcome.batches.map((batch) => batch.changeId);
    const data: RecordChangeApplied = { changeIds, statuses: outcome.batches.map((batch) => batch.status) };
    const verb = input.before ? "Changed" : "Created";
    return {
      data,
      summary: `${verb} ${summaryOf(input)}`,
      details: {
        changeIds,
        diff: prepared.diff.map((entry) => ({
          key: entry.key,
          kind: entry.kind,
          fieldChanges: entry.fieldChanges,
        })),
      },
      message: `${verb} ${summaryOf(input)}: change ${changeIds.join(", ")} submitted.`,
    };
  },
  revalidate: (input) => [`/hosted-zones/${input.zoneId}`],
});

export const deleteRecordAction = defineAction({
  name: "route53.deleteRecord",
  schema: recordDeleteSchema,
  permission: "change-dns",
  target: (input) => input.zoneId,
  run: async (input) => {
    const before = input.before as ResourceRecordSet;
    const outcome = await applyRecordChanges(input.zoneId, [{ kind: "delete", before }], {
      comment: `Routeboard: delete ${input.before.Type} ${input.before.Name}`,
    });
    const changeIds = outcome.batches.map((batch) => batch.changeId);
    const data: RecordChangeApplied = { changeIds, statuses: outcome.batches.map((batch) => batch.status) };
    const what = [
      input.before.Type,
      "record",
      input.before.Name,
      input.before.SetIdentifier ? `(${input.before.SetIdentifier})` : "",
    ]
      .join(" ")
      .trim();
    return {
      data,
      summary: `Deleted ${what}`,
      details: { changeIds },
      message: `Deleted ${what}: change ${changeIds.join(", ")} submitted.`,
    };
  },
  revalidate: (input) => [`/hosted-zones/${input.zoneId}`],
});
