/**
 * What else goes with a load balancer when it is deleted, found by rules stated here (and shown to the operator):
 * the wizard does not tag what it creates, so "created for this ALB" is read as "used by nothing but this ALB".
 * Pure: the reads are passed in.
 */
import type { InstanceSummary, SecurityGroupSummary } from "@/lib/aws/ec2/types";
import type { LoadBalancerSummary, TargetGroupSummary } from "@/lib/alb/domain";

import type { AliasRecordRef } from "./types";

export interface DependentTargetGroup {
  arn: string;
  name: string;
}

export interface DependentSecurityGroup {
  id: string;
  name: string;
}

/** The records that will dangle and the groups only this load balancer uses. */
export interface AlbDependents {
  aliasRecords: AliasRecordRef[];
  targetGroups: DependentTargetGroup[];
  securityGroups: DependentSecurityGroup[];
}

/** The rules, in the words the delete form shows. */
export const DEPENDENT_RULES = {
  aliasRecords: "Records in any hosted zone whose alias (or CNAME) target is this load balancer's DNS name.",
  targetGroups: "Target groups whose only load balancer, as AWS reports it, is this one.",
  securityGroups:
    "Security groups of this load balancer that no other load balancer, no instance and no other security group's rule uses (never the VPC's default group).",
} as const;

/** Target groups whose only load balancer is `lbArn` (AWS lists every load balancer whose listeners or rules use a group). */
export function targetGroupsOnlyUsedBy(
  lbArn: string,
  groups: readonly TargetGroupSummary[],
): DependentTargetGroup[] {
  return groups
    .filter((group) => group.loadBalancerArns.length === 1 && group.loadBalancerArns[0] === lbArn)
    .map((group) => ({ arn: group.arn, name: group.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The load balancer's security groups that nothing else visible uses: no other load balancer of the Region, no
 * instance, no rule of another group (as a source), and not the VPC's default group (which cannot be deleted).
 */
export function securityGroupsOnlyUsedBy(
  lb: Pick<LoadBalancerSummary, "arn" | "securityGroupIds">,
  reads: {
    loadBalancers: readonly Pick<LoadBalancerSummary, "arn" | "securityGroupIds">[];
    instances: readonly Pick<InstanceSummary, "securityGroupIds">[];
    securityGroups: readonly SecurityGroupSummary[];
  },
): DependentSecurityGroup[] {
  const usedElsewhere = new Set([
    ...reads.loadBalancers.filter((other) => other.arn !== lb.arn).flatMap((other) => other.securityGroupIds),
    ...reads.instances.flatMap((instance) => instance.securityGroupIds),
  ]);
  const referencedBy = (id: string) =>
    reads.securityGroups.some(
      (group) =>
        group.id !== id &&
        [...group.ingress, ...group.egress].some((rule) => rule.sourceSecurityGroupIds.includes(id)),
    );
  return lb.securityGroupIds
    .map((id) => reads.securityGroups.find((group) => group.id === id))
    .filter((group): group is SecurityGroupSummary => group !== undefined)
    .filter((group) => group.name !== "default" && !usedElsewhere.has(group.id) && !referencedBy(group.id))
    .map((group) => ({ id: group.id, name: group.name }));
}

/** One record in words: "lat.example.com A (lat-us-east-1) in example.com". */
export function aliasRecordLabel(record: AliasRecordRef): string {
  const identifier = record.setIdentifier ? ` (${record.setIdentifier})` : "";
  const zone = record.zoneName ? ` in ${record.zoneName.replace(/\.$/, "")}` : "";
  return `${record.name} ${record.type}${identifier}${zone}`;
}

/** A stable key for one alias record: zone|name|type|set identifier. */
export function aliasRecordKey(
  record: Pick<AliasRecordRef, "zoneId" | "name" | "type" | "setIdentifier">,
): string {
  return `${record.zoneId}|${record.name.toLowerCase()}|${record.type}|${record.setIdentifier ?? ""}`;
}

/** The dependents as the review shows them, label → items; compared again before anything is deleted. */
export function dependentsView(dependents: AlbDependents): Record<string, string[]> {
  return {
    "DNS records pointing here": dependents.aliasRecords.map(aliasRecordLabel),
    "Target groups only it uses": dependents.targetGroups.map((group) => group.name),
    "Security groups only it uses": dependents.securityGroups.map((group) => `${group.name} (${group.id})`),
  };
}
