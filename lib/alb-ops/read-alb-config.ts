import "server-only";

import { assembleAlbConfig } from "@/lib/alb/assemble-config";
import type { AlbConfig } from "@/lib/alb/types";
import { getCertificate } from "@/lib/aws/acm/certificates";
import type { CertificateSummary } from "@/lib/aws/acm/types";
import { getAlbMetricsLastHour } from "@/lib/aws/cloudwatch/metrics";
import { listInstances } from "@/lib/aws/ec2/instances";
import { listNetworkAcls } from "@/lib/aws/ec2/network-acls";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listSubnets } from "@/lib/aws/ec2/subnets";
import { listListeners } from "@/lib/aws/elbv2/listeners";
import { getLoadBalancerAttributes, listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listRules } from "@/lib/aws/elbv2/rules";
import { listTargetGroupsWithHealth } from "@/lib/aws/elbv2/target-groups";
import { AwsError } from "@/lib/aws/errors";

import { readAliasRecordsTo } from "./alias-records-to";

/** A part of the configuration that could not be read, so its checks stay silent. */
export interface UnreadPart {
  part:
    | "rules"
    | "subnets"
    | "security groups"
    | "instances"
    | "network ACLs"
    | "certificates"
    | "DNS records"
    | "metrics";
  message: string;
}

export interface ReadAlbConfigOptions {
  /** Read the last hour of CloudWatch metrics (default true). */
  metrics?: boolean;
  /** Scan the account's hosted zones for records pointing at the ALB (default true; one read per zone). */
  aliasRecords?: boolean;
  /** Stop scanning zones after this many (default 50). */
  maxZones?: number;
  now?: Date;
}

async function optional<T>(
  part: UnreadPart["part"],
  unread: UnreadPart[],
  read: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    unread.push({ part, message: error.message });
    return undefined;
  }
}

/**
 * Reads everything about the ALB named `name` in `region` and assembles its AlbConfig. The load
 * balancer, its attributes, listeners and target groups must read; every other part is optional and,
 * when its read fails, listed in `unread` instead. Undefined when no ALB has that name.
 */
export async function readAlbConfig(
  region: string,
  name: string,
  options: ReadAlbConfigOptions = {},
): Promise<{ config: AlbConfig; unread: UnreadPart[] } | undefined> {
  const [loadBalancer] = await listLoadBalancers(region, { names: [name] });
  if (!loadBalancer) return undefined;

  const [attributes, listeners, targetGroups] = await Promise.all([
    getLoadBalancerAttributes(region, loadBalancer.arn),
    listListeners(region, loadBalancer.arn),
    listTargetGroupsWithHealth(region, { loadBalancerArn: loadBalancer.arn }),
  ]);

  const unread: UnreadPart[] = [];
  const instanceIds = [
    ...new Set(
      targetGroups
        .filter((group) => group.targetType === "instance")
        .flatMap((group) => group.targets.map((target) => target.targetId)),
    ),
  ];
  const certificateArns = [
    ...new Set(listeners.flatMap((listener) => listener.certificates.map((cert) => cert.certificateArn))),
  ];

  const [rules, subnets, instances, networkAcls, certificates, aliasRecords, metrics] = await Promise.all([
    optional("rules", unread, async () =>
      Object.fromEntries(
        await Promise.all(
          listeners.map(async (listener) => [listener.arn, await listRules(region, listener.arn)] as const),
        ),
      ),
    ),
    optional("subnets", unread, () =>
      listSubnets(region, { subnetIds: loadBalancer.availabilityZones.map((zone) => zone.subnetId) }),
    ),
    instanceIds.length === 0
      ? Promise.resolve([])
      : optional("instances", unread, () => listInstances(region, { instanceIds })),
    optional("network ACLs", unread, () => listNetworkAcls(region, loadBalancer.vpcId)),
    optional("certificates", unread, async () =>
      (await Promise.all(certificateArns.map((arn) => getCertificate(region, arn)))).filter(
        (cert): cert is CertificateSummary => cert !== undefined,
      ),
    ),
    options.aliasRecords === false
      ? Promise.resolve(undefined)
      : optional("DNS records", unread, () =>
          readAliasRecordsTo(loadBalancer, { maxZones: options.maxZones ?? 50 }),
        ),
    options.metrics === false
      ? Promise.resolve(undefined)
      : optional("metrics", unread, () =>
          getAlbMetricsLastHour(region, loadBalancer.arn, {
            targetGroupArns: targetGroups.map((group) => group.arn),
            ...(options.now ? { now: options.now } : {}),
          }),
        ),
  ]);

  // The targets' groups are read after the instances, which name them.
  const groupIds = [
    ...new Set([
      ...loadBalancer.securityGroupIds,
      ...(instances ?? []).flatMap((instance) => instance.securityGroupIds),
    ]),
  ];
  const securityGroups =
    groupIds.length === 0
      ? []
      : await optional("security groups", unread, () => listSecurityGroups(region, { groupIds }));

  const config = assembleAlbConfig({
    loadBalancer,
    attributes,
    listeners,
    targetGroups,
    ...(rules ? { rulesByListener: rules } : {}),
    ...(subnets ? { subnets } : {}),
    ...(securityGroups ? { securityGroups } : {}),
    ...(instances ? { instances } : {}),
    ...(networkAcls ? { networkAcls } : {}),
    ...(certificates ? { certificates } : {}),
    ...(aliasRecords ? { aliasRecords } : {}),
    ...(metrics ? { metrics } : {}),
  });
  return { config, unread };
}
