import type { AlbConfig } from "@/lib/alb/types";
import type { ResourceRecordSet } from "@/lib/route53/record-set";

import { ADVISOR_RULES } from "./rules";
import { runAdvisor } from "./scan";
import type { AdvisorSnapshot, Finding, ZoneSnapshot } from "./types";

/** The Region in an ELBv2 ARN ("arn:aws:elasticloadbalancing:eu-west-1:…"). */
export function regionOfArn(arn: string): string {
  return arn.split(":")[3] ?? "";
}

/** The records that point at the load balancer, as the zones the Route 53 rules read. */
function aliasZones(config: AlbConfig): ZoneSnapshot[] {
  const zones = new Map<string, ZoneSnapshot>();
  for (const ref of config.aliasRecords ?? []) {
    const zone = zones.get(ref.zoneId) ?? {
      zone: {
        id: ref.zoneId,
        name: ref.zoneName ?? "",
        isPrivate: ref.zoneIsPrivate ?? false,
        recordCount: 0,
      },
      records: [],
    };
    const record: ResourceRecordSet = {
      Name: `${ref.name}.`,
      Type: ref.type,
      ...(ref.setIdentifier ? { SetIdentifier: ref.setIdentifier } : {}),
      ...(ref.aliasDnsName
        ? {
            AliasTarget: {
              DNSName: ref.aliasDnsName,
              HostedZoneId: ref.aliasHostedZoneId,
              EvaluateTargetHealth: ref.evaluateTargetHealth,
            },
          }
        : {}),
    };
    zone.records.push(record);
    zones.set(ref.zoneId, zone);
  }
  return [...zones.values()];
}

/** A snapshot holding one load balancer and only what its AlbConfig knows. */
export function albSnapshot(config: AlbConfig, now: Date = new Date()): AdvisorSnapshot {
  return {
    region: regionOfArn(config.loadBalancer.arn),
    takenAt: now.toISOString(),
    loadBalancers: [config],
    targetGroups: config.targetGroups,
    certificates: config.certificates ?? [],
    securityGroups: config.securityGroups ?? [],
    zones: aliasZones(config),
    healthChecks: [],
  };
}

/**
 * The advisor's findings about one load balancer, for its page and its Troubleshoot panel: the rules that can judge
 * an ALB from its own configuration, run on a snapshot of it alone.
 */
export function albFindings(config: AlbConfig, now: Date = new Date()): Finding[] {
  return runAdvisor(
    albSnapshot(config, now),
    ADVISOR_RULES.filter((rule) => rule.perLoadBalancer),
  );
}
