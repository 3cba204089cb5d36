import "server-only";

import { getCertificate } from "@/lib/aws/acm/certificates";
import type { CertificateSummary } from "@/lib/aws/acm/types";
import { getAlbMetricsLastHour } from "@/lib/aws/cloudwatch/metrics";
import type { MetricSeries } from "@/lib/aws/cloudwatch/types";
import { listInstances } from "@/lib/aws/ec2/instances";
import { listNetworkAcls } from "@/lib/aws/ec2/network-acls";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listSubnets } from "@/lib/aws/ec2/subnets";
import type {
  InstanceSummary,
  NetworkAclSummary,
  SecurityGroupSummary,
  SubnetSummary,
} from "@/lib/aws/ec2/types";
import { listListeners } from "@/lib/aws/elbv2/listeners";
import { getLoadBalancerAttributes, listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listRules } from "@/lib/aws/elbv2/rules";
import { listTargetGroupsWithHealth } from "@/lib/aws/elbv2/target-groups";
import type {
  Attributes,
  ListenerRule,
  ListenerSummary,
  LoadBalancerSummary,
  TargetGroupSummary,
  TargetHealthEntry,
} from "@/lib/aws/elbv2/types";
import { AwsError } from "@/lib/aws/errors";
import { listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";

import type { AlbConfig, AlbMetricSnapshot, AliasRecordRef } from "./types";

/** What the reads in lib/aws returned for one ALB; the optional parts may be missing when a read failed. */
export interface AlbReads {
  loadBalancer: LoadBalancerSummary;
  attributes: Attributes;
  listeners: ListenerSummary[];
  /** Listener ARN → its rules (the default rule included or not: default rules are skipped). */
  rulesByListener?: Record<string, ListenerRule[]>;
  targetGroups: (TargetGroupSummary & { attributes: Attributes; targets: TargetHealthEntry[] })[];
  subnets?: SubnetSummary[];
  securityGroups?: SecurityGroupSummary[];
  instances?: InstanceSummary[];
  networkAcls?: NetworkAclSummary[];
  certificates?: CertificateSummary[];
  aliasRecords?: AliasRecordRef[];
  metrics?: MetricSeries[];
  targetKeepAliveSeconds?: number;
}

/** The Route 53 record shape this module reads (structurally the SDK's ResourceRecordSet). */
export interface RecordSetLike {
  Name?: string;
  Type?: string;
  AliasTarget?: { DNSName?: string; HostedZoneId?: string; EvaluateTargetHealth?: boolean };
  ResourceRecords?: { Value?: string }[];
}

function bareDnsName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^dualstack\./, "");
}

/**
 * The records of one zone that point at the load balancer: A/AAAA aliases to its DNS name and CNAMEs
 * to it. Matching is on the DNS name only, so a wrong alias hosted zone id still shows up (and is flagged).
 */
export function aliasRecordsPointingAt(
  lb: Pick<LoadBalancerSummary, "dnsName">,
  zone: { id: string; isPrivate?: boolean },
  recordSets: readonly RecordSetLike[],
): AliasRecordRef[] {
  const dns = bareDnsName(lb.dnsName);
  const refs: AliasRecordRef[] = [];
  for (const record of recordSets) {
    const type = record.Type;
    if (type !== "A" && type !== "AAAA" && type !== "CNAME") continue;
    const name = (record.Name ?? "").replace(/\.$/, "");
    if (record.AliasTarget?.DNSName && bareDnsName(record.AliasTarget.DNSName) === dns) {
      refs.push({
        zoneId: zone.id,
        ...(zone.isPrivate !== undefined ? { zoneIsPrivate: zone.isPrivate } : {}),
        name,
        type,
        aliasDnsName: record.AliasTarget.DNSName,
        ...(record.AliasTarget.HostedZoneId ? { aliasHostedZoneId: record.AliasTarget.HostedZoneId } : {}),
        ...(record.AliasTarget.EvaluateTargetHealth !== undefined
          ? { evaluateTargetHealth: record.AliasTarget.EvaluateTargetHealth }
          : {}),
      });
    } else if (
      type === "CNAME" &&
      (record.ResourceRecords ?? []).some((value) => bareDnsName(value.Value ?? "") === dns)
    ) {
      refs.push({
        zoneId: zone.id,
        ...(zone.isPrivate !== undefined ? { zoneIsPrivate: zone.isPrivate } : {}),
        name,
        type,
      });
    }
  }
  return refs;
}

/**
 * The last hour's series as the checks' snapshot. ALB count metrics are only published for minutes
 * with such responses, so once the load balancer reported anything in the hour a count with no data
 * points is 0, not unknown.
 */
export function metricSnapshot(series: readonly MetricSeries[]): AlbMetricSnapshot {
  const find = (metric: MetricSeries["metric"], stat: MetricSeries["stat"]) =>
    series.find((item) => item.metric === metric && item.stat === stat && !item.targetGroup);
  const hasTraffic = series.some((item) => !item.targetGroup && item.points.length > 0);
  const count = (metric: MetricSeries["metric"]) =>
    find(metric, "Sum")?.aggregate ?? (hasTraffic ? 0 : undefined);

  const snapshot: AlbMetricSnapshot = {};
  const elb5xx = count("HTTPCode_ELB_5XX_Count");
  const target5xx = count("HTTPCode_Target_5XX_Count");
  const avg = find("TargetResponseTime", "Average")?.aggregate;
  const p99 = find("TargetResponseTime", "p99")?.aggregate;
  if (elb5xx !== undefined) snapshot.elb5xx = elb5xx;
  if (target5xx !== undefined) snapshot.target5xx = target5xx;
  if (avg !== undefined) snapshot.targetResponseTimeAvg = avg;
  if (p99 !== undefined) snapshot.targetResponseTimeP99 = p99;

  for (const [metric, key] of [
    ["HTTPCode_ELB_502_Count", "elb502"],
    ["HTTPCode_ELB_503_Count", "elb503"],
    ["HTTPCode_ELB_504_Count", "elb504"],
    ["TargetConnectionErrorCount", "targetConnectionErrors"],
  ] as const) {
    const value = find(metric, "Sum")?.aggregate;
    if (value !== undefined) snapshot[key] = value;
  }

  const unhealthy = series.filter((item) => item.metric === "UnHealthyHostCount" && item.targetGroup);
  if (unhealthy.length > 0) {
    snapshot.unhealthyHosts = Object.fromEntries(
      unhealthy.map((item) => [item.targetGroup ?? "", item.aggregate ?? 0]),
    );
  }
  return snapshot;
}

/** Builds the AlbConfig the checks (findMisconfigurations, diagnose) read from the raw reads. Pure. */
export function assembleAlbConfig(reads: AlbReads): AlbConfig {
  const listeners = reads.listeners.map((listener) => ({
    ...listener,
    rules: (reads.rulesByListener?.[listener.arn] ?? []).filter((rule) => !rule.isDefault),
  }));
  const usedCertificateArns = new Set(
    reads.listeners.flatMap((listener) => listener.certificates.map((cert) => cert.certificateArn)),
  );
  const lbSubnetIds = new Set(reads.loadBalancer.availabilityZones.map((zone) => zone.subnetId));

  const config: AlbConfig = {
    loadBalancer: reads.loadBalancer,
    attributes: reads.attributes,
    listeners,
    targetGroups: reads.targetGroups,
  };
  if (reads.subnets) config.subnets = reads.subnets.filter((subnet) => lbSubnetIds.has(subnet.id));
  if (reads.securityGroups) config.securityGroups = reads.securityGroups;
  if (reads.instances) config.instances = reads.instances;
  if (reads.networkAcls) config.networkAcls = reads.networkAcls;
  if (reads.certificates)
    config.certificates = reads.certificates.filter((cert) => usedCertificateArns.has(cert.arn));
  if (reads.aliasRecords) config.aliasRecords = reads.aliasRecords;
  if (reads.metrics) config.metrics = metricSnapshot(reads.metrics);
  if (reads.targetKeepAliveSeconds !== undefined)
    config.targetKeepAliveSeconds = reads.targetKeepAliveSeconds;
  return config;
}

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
      : optional("DNS records", unread, async () => {
          const zones = (await listHostedZones()).slice(0, options.maxZones ?? 50);
          const perZone = await Promise.all(
            zones.map(async (zone) =>
              aliasRecordsPointingAt(loadBalancer, zone, await listAllRecordSets(zone.id)),
            ),
          );
          return perZone.flat();
        }),
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
