import { registeredTargets } from "@/lib/alb/config-queries";
import type { AlbConfig } from "@/lib/alb/types";
import type { ResourceRecordSet } from "@/lib/route53/record-set";

import { defineRule } from "../define-rule";
import { healthCheckRef, recordRef } from "../refs";
import type { AdvisorSnapshot } from "../types";
import { bareElbDnsName, isHealthChecked, recordGroups } from "./route53-groups";

// Route 53 routing policies and the health checks they depend on (DG "How Amazon Route 53 chooses records when
// health checking is configured": a record without a health check is always healthy).

/** A TTL at most this long lets resolvers follow a failover quickly (DG: ≤ 60 s recommended with health checks). */
export const HEALTH_CHECKED_TTL = 60;

export const failoverPrimaryWithoutHealthCheck = defineRule(
  {
    id: "route53-failover-primary-without-health-check",
    severity: "warning",
    service: "route53",
    summary: "Failover primary record without a health check",
  },
  (snapshot) =>
    snapshot.zones.flatMap(({ zone, records }) =>
      records
        .filter((record) => record.Failover === "PRIMARY" && !isHealthChecked(record))
        .map((record) => ({
          subject: recordRef(zone.id, record).id,
          title: `Failover primary ${recordRef(zone.id, record).label} has no health check`,
          explanation:
            "Route 53 treats a record without a health check as always healthy, so it keeps answering with the primary when it fails: the secondary never takes over and users hit the dead primary.",
          recommendation:
            "Attach a health check to the primary (or, for an alias, turn on Evaluate target health).",
          resources: [recordRef(zone.id, record)],
        })),
    ),
);

export const policyRecordsWithoutHealthChecks = defineRule(
  {
    id: "route53-weighted-or-multivalue-without-health-checks",
    severity: "warning",
    service: "route53",
    summary: "Weighted or multivalue records without health checks",
  },
  (snapshot) =>
    recordGroups(snapshot).flatMap((group) => {
      const policyRecords = group.records.filter(
        (record) => record.Weight !== undefined || record.MultiValueAnswer === true,
      );
      const unchecked = policyRecords.filter((record) => !isHealthChecked(record));
      if (policyRecords.length < 2 || unchecked.length === 0) return [];
      const policy = unchecked[0]?.MultiValueAnswer ? "multivalue" : "weighted";
      return [
        {
          subject: `${group.zone.zone.id}/${group.name}/${group.type}`,
          title: `${unchecked.length} of ${policyRecords.length} ${policy} records of ${group.name} ${group.type} have no health check`,
          explanation:
            "Route 53 keeps answering with a record that has no health check even when its endpoint is down, so that share of users gets errors instead of being sent to the healthy records.",
          recommendation: "Attach a health check to each record (or Evaluate target health on aliases).",
          resources: unchecked.map((record) => recordRef(group.zone.zone.id, record)),
        },
      ];
    }),
);

export const zeroWeightTakesAll = defineRule(
  {
    id: "route53-zero-weight-record-takes-all-on-failure",
    severity: "warning",
    service: "route53",
    summary: "A health-checked zero-weight record would take all traffic when the others fail",
  },
  (snapshot) =>
    recordGroups(snapshot).flatMap((group) => {
      const weighted = group.records.filter((record) => record.Weight !== undefined);
      const nonZero = weighted.filter((record) => (record.Weight ?? 0) > 0);
      return weighted
        .filter((record) => record.Weight === 0 && isHealthChecked(record) && nonZero.length > 0)
        .map((record) => ({
          subject: recordRef(group.zone.zone.id, record).id,
          title: `${recordRef(group.zone.zone.id, record).label} has weight 0 but a health check`,
          explanation: `Route 53 ignores zero-weight records while any non-zero one is healthy, and sends 100 % of the traffic to the healthy zero-weight records as soon as ${nonZero.map((r) => r.SetIdentifier).join(", ")} all fail. If this record was meant to be drained, it will suddenly take everything.`,
          recommendation:
            "Remove its health check if it is meant as a last resort, or delete it if it is drained.",
          resources: [recordRef(group.zone.zone.id, record)],
        }));
    }),
);

export const geolocationWithoutDefault = defineRule(
  {
    id: "route53-geolocation-without-default",
    severity: "warning",
    service: "route53",
    summary: "Geolocation records without a default (*) location",
  },
  (snapshot) =>
    recordGroups(snapshot).flatMap((group) => {
      const geo = group.records.filter((record) => record.GeoLocation);
      if (geo.length === 0 || geo.some((record) => record.GeoLocation?.CountryCode === "*")) return [];
      return [
        {
          subject: `${group.zone.zone.id}/${group.name}/${group.type}`,
          title: `Geolocation records of ${group.name} ${group.type} have no default location`,
          explanation:
            "Users from a location no record matches (or whose resolver's location is unknown) get an empty answer (NOERROR, no address): for them the name does not resolve.",
          recommendation: "Add a record for the Default location (*).",
          resources: geo.map((record) => recordRef(group.zone.zone.id, record)),
        },
      ];
    }),
);

function recordHealth(
  record: ResourceRecordSet,
  snapshot: AdvisorSnapshot,
  byDns: Map<string, AlbConfig>,
): "healthy" | "unhealthy" | "unknown" {
  if (record.HealthCheckId) {
    const status = snapshot.healthCheckStatuses?.[record.HealthCheckId];
    if (status !== "healthy") return status ?? "unknown";
  }
  if (record.AliasTarget?.EvaluateTargetHealth) {
    const config = byDns.get(bareElbDnsName(record.AliasTarget.DNSName ?? ""));
    if (!config) return record.HealthCheckId ? "healthy" : "unknown";
    const groups = config.targetGroups.filter((group) => registeredTargets(group).length > 0);
    const dead =
      config.targetGroups.length > 0 &&
      (groups.length === 0 ||
        groups.some((group) => registeredTargets(group).every((t) => t.state === "unhealthy")));
    return dead ? "unhealthy" : "healthy";
  }
  return record.HealthCheckId ? "healthy" : "unknown";
}

export const latencyRegionUnhealthy = defineRule(
  {
    id: "route53-latency-region-without-healthy-endpoint",
    severity: "critical",
    service: "route53",
    summary: "Latency records for a Region with no healthy endpoint",
  },
  (snapshot) => {
    const byDns = new Map(
      snapshot.loadBalancers.map((c) => [bareElbDnsName(c.loadBalancer.dnsName), c] as const),
    );
    return recordGroups(snapshot).flatMap((group) => {
      const latency = group.records.filter((record) => record.Region);
      const regions = [...new Set(latency.map((record) => record.Region ?? ""))];
      return regions.flatMap((region) => {
        const inRegion = latency.filter((record) => record.Region === region);
        const healths = inRegion.map((record) => recordHealth(record, snapshot, byDns));
        if (!healths.every((health) => health === "unhealthy")) return [];
        return [
          {
            subject: `${group.zone.zone.id}/${group.name}/${group.type}/${region}`,
            title: `${group.name} ${group.type}: no healthy endpoint for ${region}`,
            explanation: `Every latency record for ${region} is unhealthy, so Route 53 sends the users closest to ${region} to the next-lowest-latency Region${regions.length > 1 ? "" : " — and, with no other Region, treats all records as healthy and answers with the dead endpoint"}. Those users get slower answers or errors.`,
            recommendation: `Bring the ${region} endpoint back, or remove its record until it is.`,
            resources: [
              ...inRegion.map((record) => recordRef(group.zone.zone.id, record)),
              ...inRegion.flatMap((record) =>
                record.HealthCheckId
                  ? snapshot.healthChecks
                      .filter((check) => check.id === record.HealthCheckId)
                      .map(healthCheckRef)
                  : [],
              ),
            ],
          },
        ];
      });
    });
  },
);

export const longTtlOnHealthChecked = defineRule(
  {
    id: "route53-ttl-above-60-on-health-checked-record",
    severity: "warning",
    service: "route53",
    summary: `TTL above ${HEALTH_CHECKED_TTL} s on a health-checked record`,
  },
  (snapshot) =>
    snapshot.zones.flatMap(({ zone, records }) =>
      records
        .filter(
          (record) => record.HealthCheckId && record.TTL !== undefined && record.TTL > HEALTH_CHECKED_TTL,
        )
        .map((record) => ({
          subject: recordRef(zone.id, record).id,
          title: `${recordRef(zone.id, record).label} is health-checked but cached for ${record.TTL} s`,
          explanation: `When its health check fails Route 53 stops answering with it at once, but resolvers keep handing out the cached answer for up to ${record.TTL} s, so users keep hitting the failed endpoint that long. AWS recommends ${HEALTH_CHECKED_TTL} s or less with health checks.`,
          recommendation: `Lower the TTL to ${HEALTH_CHECKED_TTL} s.`,
          resources: [recordRef(zone.id, record)],
          fix: {
            kind: "set-record-ttl" as const,
            zoneId: zone.id,
            name: record.Name ?? "",
            type: record.Type ?? "",
            ...(record.SetIdentifier ? { setIdentifier: record.SetIdentifier } : {}),
            ttl: HEALTH_CHECKED_TTL,
          },
        })),
    ),
);

export const unusedHealthCheck = defineRule(
  {
    id: "route53-health-check-unused",
    severity: "info",
    service: "route53",
    summary: "Health check that no record (or calculated check) uses",
  },
  (snapshot) => {
    const used = new Set([
      ...snapshot.zones.flatMap(({ records }) => records.flatMap((record) => record.HealthCheckId ?? [])),
      ...snapshot.healthChecks.flatMap((check) => check.childHealthChecks),
    ]);
    return snapshot.healthChecks
      .filter((check) => !used.has(check.id))
      .map((check) => ({
        subject: check.id,
        title: `Health check ${check.endpoint || check.id} is used by no record`,
        explanation:
          "No record or calculated check refers to it, so its result changes no DNS answer; it still costs money and may suggest failover protection that is not there.",
        recommendation: "Attach it to the record it was meant for, or delete it.",
        resources: [healthCheckRef(check)],
      }));
  },
);

export const ROUTE53_HEALTH_RULES = [
  failoverPrimaryWithoutHealthCheck,
  policyRecordsWithoutHealthChecks,
  zeroWeightTakesAll,
  geolocationWithoutDefault,
  latencyRegionUnhealthy,
  longTtlOnHealthChecked,
  unusedHealthCheck,
];
