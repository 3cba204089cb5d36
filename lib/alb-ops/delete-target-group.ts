import "server-only";

import type { TargetGroupSummary } from "@/lib/alb/domain";
import { deleteTargetGroup } from "@/lib/aws/elbv2/target-group-writes";
import { describeTargetHealth, listTargetGroups } from "@/lib/aws/elbv2/target-groups";
import { AwsError } from "@/lib/aws/errors";
import type { DiffView } from "@/lib/diff/diff-row";
import { ActionRefusal } from "@/lib/errors/action-refusal";
import { refuseIfChanged } from "@/lib/errors/concurrent-change";
import { targetGroupDeletionView } from "@/lib/target-groups/deletion-view";

/** The target group as AWS holds it now, with what deleting it would take away. */
export async function readTargetGroupForDeletion(
  region: string,
  targetGroupArn: string,
): Promise<{ group: TargetGroupSummary; view: DiffView }> {
  const [group] = await listTargetGroups(region, { arns: [targetGroupArn] }).catch((error: unknown) => {
    if (error instanceof AwsError && error.kind === "not-found") return [];
    throw error;
  });
  if (!group) {
    throw new ActionRefusal(
      `The target group ${targetGroupArn.split("/").at(-2) ?? targetGroupArn} no longer exists in ${region}.`,
      "NotFound",
    );
  }
  const targets = await describeTargetHealth(region, group.arn);
  return { group, view: targetGroupDeletionView(group, targets) };
}

/** AWS refuses to delete a group a listener or rule forwards to (ResourceInUse): say so before trying. */
export function refuseIfInUse(group: TargetGroupSummary): void {
  if (group.loadBalancerArns.length === 0) return;
  throw new ActionRefusal(
    `${group.name} is used by a load balancer: remove it from the listeners and rules that forward to it first. Nothing was deleted.`,
    "ResourceInUse",
  );
}

/**
 * Deletes a target group still as the operator reviewed it (same load balancers, same registered targets: a change
 * since the review is refused with what changed) and used by no load balancer.
 */
export async function deleteUnusedTargetGroup(region: string, targetGroupArn: string, expected: DiffView) {
  const { group, view } = await readTargetGroupForDeletion(region, targetGroupArn);
  refuseIfChanged(expected, view, { what: `target group ${group.name}` });
  refuseIfInUse(group);
  await deleteTargetGroup(region, group.arn);
  return { group, view };
}
