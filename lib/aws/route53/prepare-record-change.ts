import type { ResourceRecordSet } from "@aws-sdk/client-route-53";

import { recordSetDiffRows } from "@/lib/diff/record-sets";
import { ActionRefusal } from "@/lib/errors/action-refusal";
import { concurrentChange } from "@/lib/errors/concurrent-change";
import type { DesiredChange } from "@/lib/route53/change-batch";
import { toResourceRecordSet } from "@/lib/route53/convert";
import { diffRecordSets, type RecordSetDiff } from "@/lib/route53/diff";
import { recordKey } from "@/lib/route53/record-key";
import { validateRecordSetInZone } from "@/lib/route53/validate-in-zone";
import { normalizeName } from "@/lib/route53/names";
import type { RecordSetInput } from "@/lib/schemas/record";
import type { RecordChangeInput } from "@/lib/schemas/record-change";

import { type ApplyOutcome, applyRecordChanges, planApply } from "./apply-record-changes";
import { getHostedZone } from "./hosted-zones";
import { listRecordSetsAtName } from "./read-record-sets";

export interface PreparedRecordChange {
  zoneName: string;
  desired: DesiredChange[];
  /** The record as it is in Route 53 now ("Now" in the preview) → as it will be after the apply. */
  diff: RecordSetDiff[];
  /** The edited record as re-read now; undefined for a create. The preview hands it back as the record to replace. */
  now?: ResourceRecordSet;
  /** True when the record in Route 53 differs from the one the operator loaded. */
  isChangedSinceLoaded: boolean;
  /** Every record set at the names concerned, as just read: the apply's compare-and-swap reuses this read. */
  current: ResourceRecordSet[];
  /** Change batches (ChangeResourceRecordSets calls) and the reads before them. */
  batchCount: number;
  awsCalls: number;
  /** The SDK changes in each batch, as "DELETE img.example.com. A blue" lines. */
  batchSummaries: string[][];
}

function describe(rrset: ResourceRecordSet): string {
  return [rrset.Name, rrset.Type, rrset.SetIdentifier].filter(Boolean).join(" ");
}

function deletedMeanwhile(loaded: ResourceRecordSet) {
  return concurrentChange({
    what: describe(loaded),
    changes: recordSetDiffRows(diffRecordSets([loaded], [])),
    message: `Someone else deleted ${describe(loaded)} since you loaded it. Nothing was changed. Go back to the zone to see its records.`,
  });
}

/** An alias to a record of this zone must point at an existing record set of the same name and type. */
async function aliasTargetErrors(
  zoneId: string,
  record: RecordSetInput,
  alreadyRead: ResourceRecordSet[],
): Promise<Record<string, string[]>> {
  const alias = record.alias;
  if (!alias || alias.hostedZoneId !== zoneId) return {};
  const target = normalizeName(alias.dnsName);
  const atTarget = alreadyRead.some((rrset) => normalizeName(rrset.Name ?? "") === target)
    ? alreadyRead.filter((rrset) => normalizeName(rrset.Name ?? "") === target)
    : await listRecordSetsAtName(zoneId, target);
  if (atTarget.some((rrset) => rrset.Type === record.type)) return {};
  return { alias: [`There is no ${record.type} record named ${target} in this zone to point the alias at.`] };
}

/**
 * Validates one created or edited record against the zone as it is now (policies, CNAME rules, quotas, uniqueness)
 * and turns it into the change to apply: a create, or a replace of the exact loaded record. Reads only the record
 * sets at the names concerned (one ListResourceRecordSets page each), never the whole zone. Refuses with field
 * errors (code "InvalidInput") when the zone rules are broken, with "NoChange" when an edit changes nothing, and with
 * a concurrent change when the loaded record is gone.
 */
export async function prepareRecordChange(input: RecordChangeInput): Promise<PreparedRecordChange> {
  const { zoneId, before: loadedInput, ...record } = input;
  const loaded = loadedInput as ResourceRecordSet | undefined;
  const names = [
    ...new Set([normalizeName(record.name), ...(loaded ? [normalizeName(loaded.Name ?? "")] : [])]),
  ];
  const [zone, ...atNames] = await Promise.all([
    getHostedZone(zoneId),
    ...names.map((name) => listRecordSetsAtName(zoneId, name)),
  ]);
  if (!zone) throw new ActionRefusal("This hosted zone no longer exists.", "NoSuchHostedZone");

  const current = atNames.flat();
  const now = loaded ? current.find((rrset) => recordKey(rrset) === recordKey(loaded)) : undefined;
  if (loaded && !now) throw deletedMeanwhile(loaded);

  const fieldErrors = {
    ...validateRecordSetInZone(record, current, zone.name, {
      originalKey: loaded ? recordKey(loaded) : undefined,
    }),
  };
  if (Object.keys(fieldErrors).length === 0)
    Object.assign(fieldErrors, await aliasTargetErrors(zoneId, record, current));
  if (Object.keys(fieldErrors).length > 0) {
    throw new ActionRefusal(
      "Some fields need attention: nothing was sent to AWS.",
      "InvalidInput",
      fieldErrors,
    );
  }

  const after = toResourceRecordSet(record);
  const diff = diffRecordSets(now ? [now] : [], [after]);
  if (diff.length === 0)
    throw new ActionRefusal("This edit changes nothing: there is nothing to apply.", "NoChange");

  const desired: DesiredChange[] = loaded
    ? [{ kind: "replace", before: loaded, after }]
    : [{ kind: "create", after }];
  const plan = planApply(desired, zone.recordCount);
  return {
    zoneName: zone.name,
    desired,
    diff,
    now,
    isChangedSinceLoaded:
      loaded !== undefined && now !== undefined && diffRecordSets([loaded], [now]).length > 0,
    current,
    batchCount: plan.changeCalls,
    awsCalls: names.length + plan.changeCalls,
    batchSummaries: plan.batches.map((batch) =>
      batch.map(
        (change) => `${change.Action} ${describe(change.ResourceRecordSet ?? { Name: "", Type: undefined })}`,
      ),
    ),
  };
}

/**
 * Applies one created or edited record: prepares it against Route 53 as it is now, then applies it with that same
 * read as the compare-and-swap baseline (one ListResourceRecordSets page per name concerned, no second read).
 */
export async function applyRecordChange(
  input: RecordChangeInput,
  comment: string,
): Promise<{ prepared: PreparedRecordChange; outcome: ApplyOutcome }> {
  const prepared = await prepareRecordChange(input);
  const outcome = await applyRecordChanges(input.zoneId, prepared.desired, {
    comment,
    current: prepared.current,
  });
  return { prepared, outcome };
}
