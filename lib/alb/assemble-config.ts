import type { CertificateSummary } from "@/lib/aws/acm/types";
import type { MetricSeries } from "@/lib/aws/cloudwatch/types";
import type {
  InstanceSummary,
  NetworkAclSummary,
  SecurityGroupSummary,
  SubnetSummary,
} from "@/lib/aws/ec2/types";
import type {
  Attributes,
  ListenerRule,
  ListenerSummary,
  LoadBalancerSummary,
  TargetGroupSummary,
  TargetHealthEntry,
} from "@/lib/alb/domain";

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
  SetIdentifier?: string;
  AliasTarget?: { DNSName?: string; HostedZoneId?: string; EvaluateTargetHealth?: boolean };
  ResourceRecords?: { Value?: string }[];
}

/** A DNS name as an alias target compares: lower case, no final dot, no ELB `dualstack.` prefix. */
export function bareDnsName(name: string): string {
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
  zone: { id: string; name?: string; isPrivate?: boolean },
  recordSets: readonly RecordSetLike[],
): AliasRecordRef[] {
  const dns = bareDnsName(lb.dnsName);
  const refs: AliasRecordRef[] = [];
  for (const record of recordSets) {
    const type = record.Type;
    if (type !== "A" && type !== "AAAA" && type !== "CNAME") continue;
    const name = (record.Name ?? "").replace(/\.$/, "");
    const where = {
      zoneId: zone.id,
      ...(zone.name ? { zoneName: zone.name } : {}),
      ...(zone.isPrivate !== undefined ? { zoneIsPrivate: zone.isPrivate } : {}),
      ...(record.SetIdentifier ? { setIdentifier: record.SetIdentifier } : {}),
    };
    if (record.AliasTarget?.DNSName && bareDnsName(record.AliasTarget.DNSName) === dns) {
      refs.push({
        ...where,
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
        ...where,
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

/** Builds the AlbConfig the advisor's rules (lib/advisor) read from the raw reads. Pure. */
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
