import "server-only";

import { ActionRefusal } from "@/lib/errors/action-refusal";
import { refuseIfChanged } from "@/lib/errors/concurrent-change";
import { PartialOutcome } from "@/lib/errors/partial-outcome";
import {
  type AlbDeletionOutcome,
  type AlbDeletionPlan,
  describeDeletion,
  executeAlbDeletion,
} from "@/lib/alb/deletion";
import { aliasRecordKey, aliasRecordLabel } from "@/lib/alb/dependents";
import type { AliasRecordRef } from "@/lib/alb/types";
import { deleteSecurityGroup } from "@/lib/aws/ec2/security-groups";
import { deleteLoadBalancer, waitForLoadBalancerDeleted } from "@/lib/aws/elbv2/load-balancer-writes";
import { deleteTargetGroup } from "@/lib/aws/elbv2/target-group-writes";
import { AwsError } from "@/lib/aws/errors";
import { applyRecordChanges, listRecordSetGroup } from "@/lib/aws/route53/apply-record-changes";

// A deleted ALB's network interfaces take a while to go; until then its security group answers DependencyViolation.
const SECURITY_GROUP_ATTEMPTS = 6;
const SECURITY_GROUP_RETRY_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A record set as lib/aws reads and writes it. */
type ResourceRecordSet = Awaited<ReturnType<typeof listRecordSetGroup>>[number];

type RecordSetGroupReader = (
  zoneId: string,
  name: string,
  type: AliasRecordRef["type"],
) => Promise<ResourceRecordSet[]>;

/**
 * The chosen records exactly as Route 53 holds them now, by `aliasRecordKey` (so each DELETE matches and the undo
 * recreates them as they were). Read before anything is deleted: a record that is gone refuses the whole deletion
 * as a concurrent change, with nothing sent.
 */
export async function readChosenRecords(
  records: AliasRecordRef[],
  readGroup: RecordSetGroupReader = (zoneId, name, type) => listRecordSetGroup(zoneId, `${name}.`, type),
): Promise<Map<string, ResourceRecordSet>> {
  const found = new Map<string, ResourceRecordSet>();
  await Promise.all(
    records.map(async (record) => {
      const group = await readGroup(record.zoneId, record.name, record.type);
      const current = group.find((rrset) => (rrset.SetIdentifier ?? "") === (record.setIdentifier ?? ""));
      if (current) found.set(aliasRecordKey(record), current);
    }),
  );
  const section = "DNS records pointing here";
  refuseIfChanged(
    { [section]: records.map(aliasRecordLabel) },
    { [section]: records.filter((record) => found.has(aliasRecordKey(record))).map(aliasRecordLabel) },
    { what: "the DNS records pointing at this load balancer", detectedBy: "before-apply" },
  );
  return found;
}

async function deleteSecurityGroupWhenFree(region: string, id: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deleteSecurityGroup(region, id);
    } catch (error) {
      if (
        !(error instanceof AwsError && error.code === "DependencyViolation") ||
        attempt >= SECURITY_GROUP_ATTEMPTS
      )
        throw error;
      await sleep(SECURITY_GROUP_RETRY_MS);
    }
  }
}

/**
 * Deletes the load balancer and what was chosen with it through lib/aws (steps and rollback: lib/alb/deletion).
 * Throws a concurrent change, before anything is deleted, when a chosen record is no longer in its zone.
 */
export async function deleteLoadBalancerWithDependents(
  region: string,
  plan: AlbDeletionPlan,
): Promise<AlbDeletionOutcome> {
  const current = await readChosenRecords(plan.aliasRecords);
  return executeAlbDeletion(plan, {
    deleteAliasRecords: async (zoneId, records) => {
      const recordSets = records.flatMap((record) => current.get(aliasRecordKey(record)) ?? []);
      const outcome = await applyRecordChanges(
        zoneId,
        recordSets.map((before) => ({ kind: "delete", before })),
        { comment: `Routeboard: delete aliases to load balancer ${plan.loadBalancer.name}` },
      );
      return {
        changeId: outcome.batches[0]?.changeId,
        restore: async () => {
          await applyRecordChanges(
            zoneId,
            recordSets.map((after) => ({ kind: "create", after })),
            { comment: `Routeboard: restore aliases to load balancer ${plan.loadBalancer.name}` },
          );
        },
      };
    },
    deleteLoadBalancer: (arn) => deleteLoadBalancer(region, arn),
    waitUntilDeleted: (arn) =>
      waitForLoadBalancerDeleted(region, arn, { minDelaySeconds: 2, maxWaitSeconds: 120 }),
    deleteTargetGroup: (arn) => deleteTargetGroup(region, arn),
    deleteSecurityGroup: (id) => deleteSecurityGroupWhenFree(region, id),
  });
}

export const PROTECTED =
  "Deletion protection is on for this load balancer, so it cannot be deleted. Turn deletion protection off in the attributes first (that change is audited too), then delete it.";

/** The outcome as the action's result: success only when everything chosen is gone, else a refusal saying exactly how far it got. */
export function deletionResult(outcome: AlbDeletionOutcome, lb: { arn: string; name: string }) {
  const message = describeDeletion(outcome);
  if (outcome.status === "deleted") {
    return {
      data: { arn: lb.arn, deleted: outcome.deleted },
      summary: `${message} (${lb.arn})`,
      details: { ...outcome },
      message,
    };
  }
  if (
    outcome.status === "rolled-back" &&
    outcome.failure.code === "OperationNotPermitted" &&
    outcome.notRestored.length === 0
  ) {
    throw new ActionRefusal(
      outcome.rolledBack.length ? `${PROTECTED} ${message}` : PROTECTED,
      "DeletionProtectionEnabled",
      undefined,
      { ...outcome },
    );
  }
  if (outcome.status === "partial") {
    throw new PartialOutcome({
      done: `Deleted ${outcome.deleted.join(", ")}`,
      created: outcome.leftBehind.map((item) => ({ kind: "left behind", id: item.resource })),
      failedStep: "deleting the rest",
      cause: outcome.leftBehind[0],
      facts: { ...outcome },
      message,
    });
  }
  if (outcome.notRestored.length > 0) {
    // The rollback could not put everything back: something is gone that the operator did not end up deleting.
    throw new PartialOutcome({
      done: `Deleted ${outcome.notRestored.join(", ")}`,
      failedStep: outcome.failure.resource,
      cause: outcome.failure,
      facts: { ...outcome },
      message,
    });
  }
  throw new ActionRefusal(message, "RolledBack", undefined, { ...outcome });
}
