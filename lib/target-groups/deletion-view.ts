import type { TargetGroupSummary, TargetHealthEntry } from "@/lib/alb/domain";
import type { DiffView } from "@/lib/diff/diff-row";

/**
 * What deleting a target group takes away, as the review shows it and the delete action compares it: a group someone
 * attached to a load balancer or registered targets in since the review is not deleted.
 */
export function targetGroupDeletionView(
  group: Pick<TargetGroupSummary, "name" | "loadBalancerArns">,
  targets: readonly Pick<TargetHealthEntry, "targetId" | "port">[],
): DiffView {
  return {
    "Target group": group.name,
    "Used by load balancers": group.loadBalancerArns.map((arn) => arn.split("/").at(-2) ?? arn).sort(),
    "Registered targets": targets
      .map((target) => `${target.targetId}${target.port ? `:${target.port}` : ""}`)
      .sort(),
  };
}
