import type { ResourceRecordSet } from "@aws-sdk/client-route-53";

import { ActionRefusal } from "@/lib/errors/action-refusal";
import type { DesiredChange } from "@/lib/route53/change-batch";
import { toResourceRecordSet } from "@/lib/route53/convert";
import { diffRecordSets, type RecordSetDiff } from "@/lib/route53/diff";
import { recordKey } from "@/lib/route53/record-key";
import { validateRecordSetInZone } from "@/lib/route53/validate-in-zone";
import type { RecordChangeInput } from "@/lib/schemas/record-change";

import { planApply } from "./apply-record-changes";
import { getHostedZone } from "./hosted-zones";
import { listAllRecordSets } from "./list-record-sets";

export interface PreparedRecordChange {
  zoneName: string;
  desired: DesiredChange[];
  diff: RecordSetDiff[];
  /** Change batches (ChangeResourceRecordSets calls) and the re-reads before them. */
  batchCount: number;
  awsCalls: number;
  /** The SDK changes in each batch, as "DELETE img.example.com. A blue" lines. */
  batchSummaries: string[][];
}

function describe(rrset: ResourceRecordSet): string {
  return [rrset.Name, rrset.Type, rrset.SetIdentifier].filter(Boolean).join(" ");
}

/**
 * Validates one created or edited record against the zone as it is now (policies, CNAME rules, quotas, uniqueness)
 * and turns it into the change to apply: a create, or a replace of the exact loaded record. Refuses with field
 * errors (code "InvalidInput") when the zone rules are broken, and with "NoChange" when an edit changes nothing.
 */
export async function prepareRecordChange(input: RecordChangeInput): Promise<PreparedRecordChange> {
  const { zoneId, before: loaded, ...record } = input;
  const [zone, existing] = await Promise.all([getHostedZone(zoneId), listAllRecordSets(zoneId)]);
  if (!zone) throw new ActionRefusal("This hosted zone no longer exists.", "NoSuchHostedZone");

  const before = loaded as ResourceRecordSet | undefined;
  const fieldErrors = validateRecordSetInZone(record, existing, zone.name, { originalKey: before ? recordKey(before) : undefined });
  if (Object.keys(fieldErrors).length > 0) {
    throw new ActionRefusal("Some fields need attention: nothing was sent to AWS.", "InvalidInput", fieldErrors);
  }

  const after = toResourceRecordSet(record);
  const diff = diffRecordSets(before ? [before] : [], [after]);
  if (diff.length === 0) throw new ActionRefusal("This edit changes nothing: there is nothing to apply.", "NoChange");

  const desired: DesiredChange[] = before ? [{ kind: "replace", before, after }] : [{ kind: "create", after }];
  const plan = planApply(desired, zone.recordCount);
  return {
    zoneName: zone.name,
    desired,
    diff,
    batchCount: plan.changeCalls,
    awsCalls: plan.readCalls + plan.changeCalls,
    batchSummaries: plan.batches.map((batch) => batch.map((change) => `${change.Action} ${describe(change.ResourceRecordSet ?? {Name: "", Type: undefined})}`)),
  };
}
