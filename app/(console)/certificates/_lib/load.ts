import "server-only";

import { listCertificates } from "@/lib/aws/acm/certificates";
import type { CertificateSummary } from "@/lib/aws/acm/types";
import { listLoadBalancersWithListeners } from "@/lib/aws/elbv2/load-balancers";
import { listRules } from "@/lib/aws/elbv2/rules";
import { AwsError, toAwsError } from "@/lib/aws/errors";
import { listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { listAllRecordSets } from "@/lib/aws/route53/list-record-sets";

import {
  type CertificateUse,
  certificateIdFromArn,
  certificateUses,
  type HostCoverage,
  hostName,
  type LoadBalancerWithHosts,
  ruleHostsOf,
  uncoveredHostsFor,
} from "./usage";

export interface CertificateView {
  id: string;
  certificate: CertificateSummary;
  uses: CertificateUse[];
  /** How many hostnames reach the listeners using it. */
  checkedHosts: number;
  uncovered: HostCoverage[];
}

export interface CertificateInventory {
  certificates: CertificateView[];
  /** Reads that failed without making the page useless (e.g. Route 53 not readable): coverage is then partial. */
  warnings: string[];
}

function messageOf(error: unknown, action: string): string {
  return (error instanceof AwsError ? error : toAwsError(error, action)).message;
}

/** Names (per ALB DNS name) that Route 53 aliases or CNAMEs point at, over every hosted zone of the account. */
async function namesPointingAt(dnsNames: Set<string>): Promise<Map<string, string[]>> {
  const byTarget = new Map<string, string[]>();
  if (dnsNames.size === 0) return byTarget;
  const zones = await listHostedZones();
  const perZone = await Promise.all(zones.map((zone) => listAllRecordSets(zone.id)));
  for (const record of perZone.flat()) {
    const target =
      record.AliasTarget?.DNSName ??
      (record.Type === "CNAME" ? record.ResourceRecords?.[0]?.Value : undefined);
    if (!target || !record.Name) continue;
    const key = hostName(target);
    if (dnsNames.has(key)) byTarget.set(key, [...(byTarget.get(key) ?? []), hostName(record.Name)]);
  }
  return byTarget;
}

/**
 * Every certificate of the region with where it is used (load balancer + listener) and the hostnames reaching those
 * listeners that it does not cover. A failed ELB or Route 53 read leaves a warning and partial coverage.
 */
export async function loadCertificateInventory(region: string): Promise<CertificateInventory> {
  const warnings: string[] = [];
  const [certificates, lbs] = await Promise.all([
    listCertificates(region),
    listLoadBalancersWithListeners(region).catch((error: unknown) => {
      warnings.push(
        `Could not read the load balancers, so where certificates are used is incomplete: ${messageOf(error, "list the load balancers")}`,
      );
      return [];
    }),
  ]);

  const usedArns = new Set(certificates.map((cert) => cert.arn));
  const [withRules, aliasNames] = await Promise.all([
    Promise.all(
      lbs.map(async (lb) => ({
        ...lb,
        listeners: await Promise.all(
          lb.listeners.map(async (listener) => {
            const usesOurs = listener.certificates.some((cert) => usedArns.has(cert.certificateArn));
            const rules = usesOurs ? await listRules(region, listener.arn).catch(() => []) : [];
            return { ...listener, ruleHosts: ruleHostsOf(rules.map((rule) => rule.conditions)) };
          }),
        ),
      })),
    ),
    namesPointingAt(new Set(lbs.map((lb) => hostName(lb.dnsName)))).catch((error: unknown) => {
      warnings.push(
        `Could not read Route 53, so names aliased to the load balancers are not checked: ${messageOf(error, "list the hosted zones")}`,
      );
      return new Map<string, string[]>();
    }),
  ]);

  const withHosts: LoadBalancerWithHosts[] = withRules.map((lb) => ({
    arn: lb.arn,
    name: lb.name,
    dnsName: lb.dnsName,
    listeners: lb.listeners,
    aliasHosts: aliasNames.get(hostName(lb.dnsName)) ?? [],
  }));

  const views = certificates
    .map((certificate): CertificateView => {
      const uses = certificateUses(certificate, withHosts);
      const coverage = uncoveredHostsFor(certificate, uses, withHosts, certificates);
      return {
        id: certificateIdFromArn(certificate.arn),
        certificate,
        uses,
        checkedHosts: coverage.checked,
        uncovered: coverage.uncovered,
      };
    })
    .sort((a, b) => a.certificate.domainName.localeCompare(b.certificate.domainName));
  return { certificates: views, warnings };
}
