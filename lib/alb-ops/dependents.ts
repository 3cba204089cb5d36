import "server-only";

import { type AlbDependents, securityGroupsOnlyUsedBy, targetGroupsOnlyUsedBy } from "@/lib/alb/dependents";
import type { AliasRecordRef } from "@/lib/alb/types";
import { listInstances } from "@/lib/aws/ec2/instances";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listTargetGroups } from "@/lib/aws/elbv2/target-groups";
import type { LoadBalancerSummary } from "@/lib/alb/domain";

import { readAliasRecordsTo } from "./alias-records-to";

/**
 * The records, target groups and security groups that go with the load balancer (lib/alb/dependents states the
 * rules). `aliasRecords` may be passed when the caller already read them.
 */
export async function readAlbDependents(
  region: string,
  lb: LoadBalancerSummary,
  aliasRecords?: Promise<AliasRecordRef[]>,
): Promise<AlbDependents> {
  const [records, targetGroups, loadBalancers, instances, securityGroups] = await Promise.all([
    aliasRecords ?? readAliasRecordsTo(lb),
    listTargetGroups(region),
    listLoadBalancers(region),
    listInstances(region, { vpcId: lb.vpcId }),
    listSecurityGroups(region, { vpcId: lb.vpcId }),
  ]);
  return {
    aliasRecords: records,
    targetGroups: targetGroupsOnlyUsedBy(lb.arn, targetGroups),
    securityGroups: securityGroupsOnlyUsedBy(lb, { loadBalancers, instances, securityGroups }),
  };
}
