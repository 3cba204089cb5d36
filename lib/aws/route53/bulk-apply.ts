import "server-only";

import { type DesiredChange, planChangeBatches } from "@/lib/route53/change-batch";

import { AwsError, toAwsError } from "../errors";
import { type AppliedBatch, applyChangeBatches } from "./change-record-sets";

export interface BulkApplyOutcome {
  batches: AppliedBatch[];
  changeCount: number;
}

/** How many ChangeResourceRecordSets requests the changes need (the fewest within the request limits). */
export function countBatches(changes: readonly DesiredChange[]): number {
  return changes.length === 0 ? 0 : planChangeBatches(changes).length;
}

/**
 * Applies changes in the fewest batches, one after another, each atomic. A failure after some batches were applied
 * says exactly which were; a failure of the first leaves everything unchanged.
 */
export async function applyBulkChanges(zoneId: string, changes: DesiredChange[], comment?: string): Promise<BulkApplyOutcome> {
  if (changes.length === 0) return { batches: [], changeCount: 0 };
  const batches = planChangeBatches(changes);
  const result = await applyChangeBatches(zoneId, batches, comment);
  if (!result.failedAt) return { batches: result.applied, changeCount: batches.reduce((sum, batch) => sum + batch.length, 0) };

  const mapped = result.failedAt.error instanceof AwsError ? result.failedAt.error : toAwsError(result.failedAt.error, "apply the DNS change");
  if (result.applied.length === 0) throw mapped;
  throw new AwsError({
    kind: mapped.kind,
    code: "PartiallyApplied",
    message:
      `Applied ${result.applied.length} of ${batches.length} change batches (${result.applied.map((b) => b.changeId).join(", ")}); ` +
      `batch ${result.failedAt.index + 1} failed, so it and the ones after it were not applied. ${mapped.message}`,
  });
}
