import { healthyAlbConfig } from "@/lib/alb/alb-config.fixture";
import type { AlbConfig } from "@/lib/alb/types";
import type { CertificateSummary } from "@/lib/aws/acm/types";
import type { HealthCheckSummary } from "@/lib/aws/route53/health-checks";
import type { ResourceRecordSet } from "@/lib/route53/record-set";

import type { AdvisorSnapshot, ZoneSnapshot } from "./types";

// Small builders for rule tests: a clean region snapshot to break one thing at a time.

export const NOW = "2026-08-01T00:00:00.000Z";
export const ZONE_ID = "Z1";

/** A region (us-east-1) with the healthy test ALB, its certificate, and one public zone aliasing it. */
export function cleanSnapshot(change?: (snapshot: AdvisorSnapshot, alb: AlbConfig) => void): AdvisorSnapshot {
  const alb = healthyAlbConfig();
  const snapshot: AdvisorSnapshot = {
    region: "us-east-1",
    takenAt: NOW,
    loadBalancers: [alb],
    targetGroups: alb.targetGroups,
    certificates: alb.certificates ?? [],
    securityGroups: alb.securityGroups ?? [],
    zones: [
      zone("example.com.", [
        aliasRecord("www.example.com.", {
          dns: "dualstack.web-1.us-east-1.elb.amazonaws.com.",
          zoneId: "Z35SXDOTRQ7X7K",
        }),
      ]),
    ],
    healthChecks: [],
  };
  change?.(snapshot, alb);
  return snapshot;
}

export function zone(
  name: string,
  records: ResourceRecordSet[],
  options: { isPrivate?: boolean; id?: string } = {},
): ZoneSnapshot {
  return {
    zone: {
      id: options.id ?? ZONE_ID,
      name,
      isPrivate: options.isPrivate ?? false,
      recordCount: records.length + 2,
    },
    records,
  };
}

export function aRecord(
  name: string,
  values: string[],
  extra: Partial<ResourceRecordSet> = {},
): ResourceRecordSet {
  return { Name: name, Type: "A", TTL: 60, ResourceRecords: values.map((Value) => ({ Value })), ...extra };
}

export function cnameRecord(name: string, target: string): ResourceRecordSet {
  return { Name: name, Type: "CNAME", TTL: 300, ResourceRecords: [{ Value: target }] };
}

export function aliasRecord(
  name: string,
  target: { dns: string; zoneId: string; evaluate?: boolean },
  extra: Partial<ResourceRecordSet> = {},
): ResourceRecordSet {
  return {
    Name: name,
    Type: "A",
    AliasTarget: {
      DNSName: target.dns,
      HostedZoneId: target.zoneId,
      EvaluateTargetHealth: target.evaluate ?? true,
    },
    ...extra,
  };
}

export function healthCheck(id: string): HealthCheckSummary {
  return {
    id,
    type: "HTTPS",
    endpoint: `${id}.example.com:443`,
    fullyQualifiedDomainName: `${id}.example.com`,
    port: 443,
    childHealthChecks: [],
    isInverted: false,
    isDisabled: false,
  };
}

export function certificate(arn: string, extra: Partial<CertificateSummary> = {}): CertificateSummary {
  return {
    arn,
    domainName: "example.org",
    subjectAlternativeNames: ["example.org"],
    status: "ISSUED",
    type: "AMAZON_ISSUED",
    notAfter: "2027-06-01T00:00:00Z",
    inUseBy: [],
    domainValidations: [],
    ...extra,
  };
}

/** The rule ids a snapshot triggers. */
export function ruleIdsOf(findings: { ruleId: string }[]): string[] {
  return [...new Set(findings.map((finding) => finding.ruleId))];
}

/** A change to the clean snapshot that triggers a rule, and a close one that must not. */
export interface RuleCase {
  triggers: (snapshot: AdvisorSnapshot, alb: AlbConfig) => void;
  doesNot: (snapshot: AdvisorSnapshot, alb: AlbConfig) => void;
}

/** The records of the clean snapshot's zone (example.com.), to push to. */
export function recordsOf(snapshot: AdvisorSnapshot) {
  return snapshot.zones[0]!.records;
}
