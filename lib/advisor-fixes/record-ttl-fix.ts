import "server-only";

import { z } from "zod";

import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import { prepareRecordChange } from "@/lib/aws/route53/prepare-record-change";
import { listRecordSetsAtName } from "@/lib/aws/route53/read-record-sets";
import { recordSetDiffRows } from "@/lib/diff/record-sets";
import type { DiffRow } from "@/lib/diff/diff-row";
import { ActionRefusal } from "@/lib/errors/action-refusal";
import { fromResourceRecordSet } from "@/lib/route53/convert";
import { normalizeName } from "@/lib/route53/names";
import { type RecordChangeFormValues, recordChangeSchema } from "@/lib/schemas/record-change";

// The advisor's "Fix" for a health-checked record cached too long: the record editor's own change (same payload, the
// record as Route 53 holds it now as `before`), previewed like the editor previews it and applied by its
// applyRecordChangesAction, which re-reads the zone and refuses a record changed since.

export const recordTtlFixSchema = z.object({
  zoneId: z.string().regex(/^[A-Za-z0-9]{1,32}$/, { error: "That is not a hosted zone id." }),
  name: z.string().trim().min(1).max(1024),
  type: z.string().trim().min(1).max(10),
  setIdentifier: z.string().max(128).optional(),
  ttl: z.number().int().min(0).max(2_147_483_647),
});
export type RecordTtlFixInput = z.input<typeof recordTtlFixSchema>;

export interface RecordTtlFixPreview {
  rows: DiffRow[];
  /** The record editor's change, ready for applyRecordChangesAction. */
  apply: RecordChangeFormValues;
}

export async function previewRecordTtlFix(
  input: z.output<typeof recordTtlFixSchema>,
): Promise<RecordTtlFixPreview> {
  const [zone, atName] = await Promise.all([
    getHostedZone(input.zoneId),
    listRecordSetsAtName(input.zoneId, normalizeName(input.name)),
  ]);
  if (!zone) throw new ActionRefusal("This hosted zone no longer exists.", "NoSuchHostedZone");
  const record = atName.find(
    (candidate) =>
      candidate.Type === input.type && (candidate.SetIdentifier ?? "") === (input.setIdentifier ?? ""),
  );
  if (!record) {
    throw new ActionRefusal(
      `${input.name} ${input.type} is no longer in the zone: someone may have deleted it. Reload the advisor.`,
      "NotFound",
    );
  }
  if (record.AliasTarget) {
    throw new ActionRefusal(
      "An alias record has no TTL of its own: Route 53 uses its target's.",
      "InvalidInput",
    );
  }
  const apply: RecordChangeFormValues = {
    ...fromResourceRecordSet(record),
    ttl: input.ttl,
    zoneId: zone.id,
    before: record as RecordChangeFormValues["before"],
  };
  const prepared = await prepareRecordChange(recordChangeSchema.parse(apply));
  return { rows: recordSetDiffRows(prepared.diff), apply };
}
