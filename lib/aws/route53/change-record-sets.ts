import type { Change, ChangeStatus } from "@aws-sdk/client-route-53";
import { ChangeResourceRecordSetsCommand, GetChangeCommand } from "@aws-sdk/client-route-53";

import { clients } from "../clients";
import { callAws } from "../errors";

export interface AppliedBatch {
  changeId: string;
  status: ChangeStatus;
  changeCount: number;
  submittedAt?: string;
}

/** Sends one atomic change batch; Route 53 applies all of it or none of it. */
export async function applyChangeBatch(
  hostedZoneId: string,
  changes: Change[],
  comment?: string,
): Promise<AppliedBatch> {
  const response = await callAws("apply the DNS change", () =>
    clients.route53().send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: hostedZoneId,
        ChangeBatch: { Changes: changes, Comment: comment?.slice(0, 256) },
      }),
    ),
  );
  return {
    changeId: (response.ChangeInfo?.Id ?? "").replace(/^\/change\//, ""),
    status: response.ChangeInfo?.Status ?? "PENDING",
    changeCount: changes.length,
    submittedAt: response.ChangeInfo?.SubmittedAt?.toISOString(),
  };
}

export interface AppliedBatches {
  applied: AppliedBatch[];
  /** Set when a batch failed: the batches before it were applied, this one and those after were not. */
  failedAt?: { index: number; error: unknown };
}

/**
 * Sends batches one after another and stops at the first failure, reporting exactly which were applied.
 * Each batch is atomic; a plan of several batches is not, which the caller must tell the operator.
 */
export async function applyChangeBatches(
  hostedZoneId: string,
  batches: Change[][],
  comment?: string,
): Promise<AppliedBatches> {
  const applied: AppliedBatch[] = [];
  for (const [index, batch] of batches.entries()) {
    try {
      applied.push(await applyChangeBatch(hostedZoneId, batch, comment));
    } catch (error) {
      return { applied, failedAt: { index, error } };
    }
  }
  return { applied };
}

/** The propagation status of a change: PENDING until every Route 53 name server has it, then INSYNC. */
export async function getChangeStatus(changeId: string): Promise<ChangeStatus> {
  const response = await callAws("read the status of the DNS change", () =>
    clients.route53().send(new GetChangeCommand({ Id: changeId })),
  );
  return response.ChangeInfo?.Status ?? "PENDING";
}
