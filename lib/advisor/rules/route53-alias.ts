import { forwardedTargetGroupArns, registeredTargets } from "@/lib/alb/config-queries";

import { defineRule } from "../define-rule";
import { loadBalancerRef, recordRef } from "../refs";
import type { AdvisorSnapshot } from "../types";
import { bareElbDnsName, elbRegionOf } from "./route53-groups";

// Alias records whose target is a load balancer of the scanned Region.

function elbAliases(snapshot: AdvisorSnapshot) {
  const byDns = new Map(
    snapshot.loadBalancers.map((config) => [bareElbDnsName(config.loadBalancer.dnsName), config] as const),
  );
  return snapshot.zones.flatMap(({ zone, records }) =>
    records.flatMap((record) => {
      const dns = record.AliasTarget?.DNSName;
      if (!dns || elbRegionOf(dns) !== snapshot.region) return [];
      return [{ zone, record, config: byDns.get(bareElbDnsName(dns)) }];
    }),
  );
}

export const aliasToMissingLoadBalancer = defineRule(
  {
    id: "route53-alias-to-missing-load-balancer",
    severity: "critical",
    service: "route53",
    summary: "Alias record to a load balancer that no longer exists",
    perLoadBalancer: true,
  },
  (snapshot) =>
    elbAliases(snapshot)
      .filter(({ config }) => !config)
      .map(({ zone, record }) => ({
        subject: recordRef(zone.id, record).id,
        title: `${recordRef(zone.id, record).label} points at a load balancer that no longer exists`,
        explanation: `Its alias target ${record.AliasTarget?.DNSName} names no load balancer in ${snapshot.region}; Route 53 answers the alias with no address (or, if someone creates an ALB that gets that name, with theirs), so users cannot reach the site.`,
        recommendation: "Point the alias at the current load balancer, or delete the record.",
        resources: [recordRef(zone.id, record)],
      })),
);

export const aliasZoneMismatch = defineRule(
  {
    id: "route53-alias-zone-id-mismatch",
    severity: "critical",
    service: "route53",
    summary: "Alias record whose hosted zone id is not the load balancer's CanonicalHostedZoneId",
    perLoadBalancer: true,
  },
  (snapshot) =>
    elbAliases(snapshot).flatMap(({ zone, record, config }) => {
      if (!config || record.AliasTarget?.HostedZoneId === config.loadBalancer.canonicalHostedZoneId)
        return [];
      return [
        {
          subject: recordRef(zone.id, record).id,
          title: `${recordRef(zone.id, record).label} aliases ${config.loadBalancer.name} with the wrong hosted zone id`,
          explanation: `The alias names hosted zone ${record.AliasTarget?.HostedZoneId ?? "?"}, but ${config.loadBalancer.name}'s CanonicalHostedZoneId is ${config.loadBalancer.canonicalHostedZoneId}. Route 53 resolves an alias inside the zone it names, so the name does not resolve to the load balancer.`,
          recommendation: "Update the alias to the load balancer's DNS name and canonical hosted zone id.",
          resources: [recordRef(zone.id, record), loadBalancerRef(config.loadBalancer)],
        },
      ];
    }),
);

export const aliasEvaluatesEmptyLoadBalancer = defineRule(
  {
    id: "route53-alias-evaluates-empty-load-balancer",
    severity: "warning",
    service: "route53",
    summary: "Alias evaluating the health of a load balancer with no registered targets",
    perLoadBalancer: true,
  },
  (snapshot) =>
    elbAliases(snapshot).flatMap(({ zone, record, config }) => {
      if (!config || record.AliasTarget?.EvaluateTargetHealth !== true) return [];
      const forwarded = forwardedTargetGroupArns(config);
      const groups = config.targetGroups.filter((group) => forwarded.has(group.arn));
      if (groups.length === 0 || groups.some((group) => registeredTargets(group).length > 0)) return [];
      return [
        {
          subject: recordRef(zone.id, record).id,
          title: `${recordRef(zone.id, record).label} evaluates ${config.loadBalancer.name}'s health, but it has no registered targets`,
          explanation:
            "Route 53 counts a target group without registered targets as unhealthy, so it treats the record as unhealthy: with failover or weighted routing, traffic goes elsewhere (or nowhere).",
          recommendation: "Register targets in the load balancer's target groups.",
          resources: [recordRef(zone.id, record), loadBalancerRef(config.loadBalancer)],
        },
      ];
    }),
);

export const ROUTE53_ALIAS_RULES = [
  aliasToMissingLoadBalancer,
  aliasZoneMismatch,
  aliasEvaluatesEmptyLoadBalancer,
];
