import "server-only";

import {
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  paginateDescribeTargetGroups,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { callAws, toAwsError } from "../errors";
import { attributesFromSdk, toTargetGroupSummary, toTargetHealthEntry } from "./map";
import { withTargetZones } from "./target-zones";
import type { Attributes, TargetGroupSummary, TargetHealthEntry } from "@/lib/alb/domain";

/**
 * Target groups of the region, or only those of one load balancer / with the given ARNs. A filtered lookup that
 * matches nothing returns [] (AWS answers TargetGroupNotFound for missing ARNs; moto also for a load balancer
 * without target groups).
 */
export async function listTargetGroups(
  region: string,
  filter: { loadBalancerArn?: string; arns?: string[] } = {},
): Promise<TargetGroupSummary[]> {
  const result: TargetGroupSummary[] = [];
  try {
    for await (const page of paginateDescribeTargetGroups(
      { client: clients.elbv2(region) },
      { LoadBalancerArn: filter.loadBalancerArn, TargetGroupArns: filter.arns },
    )) {
      result.push(...(page.TargetGroups ?? []).map(toTargetGroupSummary));
    }
  } catch (error) {
    const mapped = toAwsError(error, "list the target groups");
    if (mapped.kind === "not-found" && (filter.arns || filter.loadBalancerArn)) return [];
    throw mapped;
  }
  return result;
}

/**
 * Whether a target group of this name exists in the region (one DescribeTargetGroups by name): for the 404 of an
 * unknown name. A name AWS refuses as malformed cannot exist either.
 */
export async function targetGroupNameExists(region: string, name: string): Promise<boolean> {
  try {
    const response = await clients.elbv2(region).send(new DescribeTargetGroupsCommand({ Names: [name] }));
    return (response.TargetGroups ?? []).length > 0;
  } catch (error) {
    const mapped = toAwsError(error, "read the target group");
    if (mapped.kind === "not-found" || mapped.kind === "validation") return false;
    throw mapped;
  }
}

/** The target group's attributes as key → value. */
export async function getTargetGroupAttributes(region: string, arn: string): Promise<Attributes> {
  const response = await callAws("read the target group attributes", () =>
    clients.elbv2(region).send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn })),
  );
  return attributesFromSdk(response.Attributes);
}

/** Every registered target with its health state, reason code and AWS's description. */
export async function describeTargetHealth(
  region: string,
  targetGroupArn: string,
): Promise<TargetHealthEntry[]> {
  const response = await callAws("read the target health", () =>
    clients.elbv2(region).send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn })),
  );
  return (response.TargetHealthDescriptions ?? []).map(toTargetHealthEntry);
}

/** Every registered target with its health and Availability Zone (instances' zones come from EC2). */
export async function describeTargetHealthWithZones(
  region: string,
  targetGroupArn: string,
): Promise<TargetHealthEntry[]> {
  return withTargetZones(region, await describeTargetHealth(region, targetGroupArn));
}

/** Target groups with their attributes and per-target health and zone, for a detail page. */
export async function listTargetGroupsWithHealth(
  region: string,
  filter: { loadBalancerArn?: string; arns?: string[] } = {},
): Promise<(TargetGroupSummary & { attributes: Attributes; targets: TargetHealthEntry[] })[]> {
  const groups = await listTargetGroups(region, filter);
  return Promise.all(
    groups.map(async (group) => {
      const [attributes, targets] = await Promise.all([
        getTargetGroupAttributes(region, group.arn),
        describeTargetHealthWithZones(region, group.arn),
      ]);
      return { ...group, attributes, targets };
    }),
  );
}
