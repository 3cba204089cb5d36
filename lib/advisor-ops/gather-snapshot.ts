import "server-only";

import { assembleAlbConfig, aliasRecordsPointingAt, bareDnsName } from "@/lib/alb/assemble-config";
import type { AlbConfig, AlbTargetGroup } from "@/lib/alb/types";
import { readListeners } from "@/lib/alb-ops/read-listeners";
import type { AdvisorSnapshot, ZoneSnapshot } from "@/lib/advisor/types";
import { listCertificates } from "@/lib/aws/acm/certificates";
import type { InstanceSummary, NetworkAclSummary, SubnetSummary } from "@/lib/aws/ec2/types";
import { listInstances } from "@/lib/aws/ec2/instances";
import { listNetworkAcls } from "@/lib/aws/ec2/network-acls";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listSubnets } from "@/lib/aws/ec2/subnets";
import { getLoadBalancerAttributes, listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listRules } from "@/lib/aws/elbv2/rules";
import {
  describeTargetHealth,
  getTargetGroupAttributes,
  listTargetGroups,
} from "@/lib/aws/elbv2/target-groups";
import { AwsError } from "@/lib/aws/errors";
import { undefinedWhenMissing } from "@/lib/aws/when-missing";
import { getHealthCheckStatuses, listHealthChecks } from "@/lib/aws/route53/health-checks";
import { listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";

import { mapLimit } from "@/lib/async/map-limit";

/**
 * In-flight limits per API family. ELBv2 Describe* calls share a per-account token bucket; ListResourceRecordSets
 * allows about 5 requests/s per account (DG "Quotas"). Within these the SDK's adaptive retries absorb a throttle.
 */
export const ELB_CONCURRENCY = 8;
export const ZONE_CONCURRENCY = 4;

export interface GatherOptions {
  /** Read each health check's status (GetHealthCheckStatus, about 4/s per account). Default true. */
  healthCheckStatuses?: boolean;
  now?: Date;
}

type Unread = NonNullable<AdvisorSnapshot["unread"]>;

async function optional<T>(part: string, unread: Unread, fallback: T, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    unread.push({ part, message: error.message });
    return fallback;
  }
}

// A resource deleted after the listing named it (someone else's change while the scan runs, routine on a busy
// account) is left out, as a scan a moment later would: without that, one vanished ALB failed the region's scan.
const present = <T>(value: T | undefined): value is T => value !== undefined;

/** Instance targets' zones from the instances and subnets already read (DescribeTargetHealth omits them). */
function withZones(
  group: AlbTargetGroup,
  instances: InstanceSummary[],
  subnets: SubnetSummary[],
): AlbTargetGroup {
  const zoneOf = (id: string) => {
    const instance = instances.find((candidate) => candidate.id === id);
    return (
      subnets.find((subnet) => subnet.id === instance?.subnetId)?.availabilityZone ??
      instance?.availabilityZone
    );
  };
  return {
    ...group,
    targets: group.targets.map((target) =>
      target.availabilityZone ? target : { ...target, availabilityZone: zoneOf(target.targetId) },
    ),
  };
}

/** A zone's A/AAAA aliases and CNAMEs by the bare DNS name they point at. */
function recordsByTarget(records: readonly ZoneSnapshot["records"][number][]) {
  const byTarget = new Map<string, ZoneSnapshot["records"]>();
  const add = (target: string, record: ZoneSnapshot["records"][number]) => {
    const key = bareDnsName(target);
    const list = byTarget.get(key);
    if (list) list.push(record);
    else byTarget.set(key, [record]);
  };
  for (const record of records) {
    if (record.AliasTarget?.DNSName) add(record.AliasTarget.DNSName, record);
    else if (record.Type === "CNAME")
      for (const value of record.ResourceRecords ?? []) add(value.Value ?? "", record);
  }
  return byTarget;
}

async function readZones(unread: Unread): Promise<ZoneSnapshot[] | undefined> {
  try {
    const zones = await listHostedZones();
    const read = await mapLimit(zones, ZONE_CONCURRENCY, async (zone) => {
      const records = await undefinedWhenMissing(() => listAllRecordSets(zone.id));
      return records && { zone, records };
    });
    return read.filter(present);
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    unread.push({ part: "hosted zones", message: error.message });
    return undefined;
  }
}

/**
 * Everything the advisor's rules read for one Region (load balancers, listeners and rules, target groups with
 * attributes and health, certificates, security groups, subnets, instances, network ACLs) plus every Route 53 zone
 * with its records and every health check. The load balancers and target groups must read; any other part that
 * fails is listed in `unread` and its rules stay silent.
 */
export async function gatherAdvisorSnapshot(
  region: string,
  options: GatherOptions = {},
): Promise<AdvisorSnapshot> {
  const takenAt = (options.now ?? new Date()).toISOString();
  const unread: Unread = [];

  const [
    loadBalancers,
    groupSummaries,
    certificates,
    securityGroups,
    subnets,
    instances,
    zones,
    healthChecks,
  ] = await Promise.all([
    listLoadBalancers(region).then((all) => all.filter((lb) => lb.type === "application")),
    listTargetGroups(region),
    optional("certificates", unread, [], () => listCertificates(region)),
    optional("security groups", unread, [], () => listSecurityGroups(region)),
    optional("subnets", unread, [] as SubnetSummary[], () => listSubnets(region)),
    optional("instances", unread, [] as InstanceSummary[], () => listInstances(region)),
    readZones(unread),
    optional("health checks", unread, [], () => listHealthChecks()),
  ]);

  const [perLoadBalancer, targetGroups, aclsByVpc, statuses] = await Promise.all([
    mapLimit(loadBalancers, ELB_CONCURRENCY, (lb) =>
      undefinedWhenMissing(async () => {
        const [attributes, listeners] = await Promise.all([
          getLoadBalancerAttributes(region, lb.arn),
          readListeners(region, lb.arn),
        ]);
        const withRules = await Promise.all(
          listeners.map(async (listener) => {
            const rules = await undefinedWhenMissing(() => listRules(region, listener.arn));
            return rules && { listener, rules };
          }),
        ).then((read) => read.filter(present));
        return {
          lb,
          attributes,
          listeners: withRules.map(({ listener }) => listener),
          rulesByListener: Object.fromEntries(withRules.map(({ listener, rules }) => [listener.arn, rules])),
        };
      }),
    ).then((read) => read.filter(present)),
    mapLimit(groupSummaries, ELB_CONCURRENCY, (group) =>
      undefinedWhenMissing(async () => {
        const [attributes, targets] = await Promise.all([
          getTargetGroupAttributes(region, group.arn),
          describeTargetHealth(region, group.arn),
        ]);
        return withZones({ ...group, attributes, targets }, instances, subnets);
      }),
    ).then((read) => read.filter(present)),
    Promise.all(
      [...new Set(loadBalancers.map((lb) => lb.vpcId))].map(
        async (vpcId) =>
          [
            vpcId,
            await optional("network ACLs", unread, [] as NetworkAclSummary[], () =>
              listNetworkAcls(region, vpcId),
            ),
          ] as const,
      ),
    ).then((entries) => new Map(entries)),
    options.healthCheckStatuses === false || healthChecks.length === 0
      ? Promise.resolve(undefined)
      : optional("health check statuses", unread, undefined, () => getHealthCheckStatuses(healthChecks)),
  ]);

  // Each zone's aliases and CNAMEs indexed by target once, rather than every record scanned for every ALB.
  const pointing = new Map(
    (zones ?? []).map(({ zone, records }) => [zone.id, recordsByTarget(records)] as const),
  );
  const configs: AlbConfig[] = perLoadBalancer.map(({ lb, attributes, listeners, rulesByListener }) =>
    assembleAlbConfig({
      loadBalancer: lb,
      attributes,
      listeners,
      rulesByListener,
      targetGroups: targetGroups.filter((group) => group.loadBalancerArns.includes(lb.arn)),
      subnets,
      securityGroups,
      instances,
      networkAcls: aclsByVpc.get(lb.vpcId) ?? [],
      certificates,
      ...(zones
        ? {
            aliasRecords: zones.flatMap(({ zone }) =>
              aliasRecordsPointingAt(lb, zone, pointing.get(zone.id)?.get(bareDnsName(lb.dnsName)) ?? []),
            ),
          }
        : {}),
    }),
  );

  return {
    region,
    takenAt,
    loadBalancers: configs,
    targetGroups,
    certificates,
    securityGroups,
    zones: zones ?? [],
    // Without the records, every health check would look unused.
    healthChecks: zones ? healthChecks : [],
    ...(statuses
      ? {
          healthCheckStatuses: Object.fromEntries(
            Object.entries(statuses).map(([id, status]) => [id, status.status] as const),
          ),
        }
      : {}),
    ...(unread.length > 0 ? { unread } : {}),
  };
}
