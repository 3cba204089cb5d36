import { allActions, listenerName } from "@/lib/alb/config-queries";
import { MAX_RECORDS_PER_POLICY_GROUP, RECORDS_PER_HOSTED_ZONE } from "@/lib/route53/limits";

import { defineAlbRule, defineRule } from "../define-rule";
import { listenerRef, loadBalancerRef, recordRef, zoneRef } from "../refs";
import { recordGroups } from "./route53-groups";

// Quotas close to their limit: the next change an operator makes would be refused.

/** Warn at this share of a quota: early enough to ask AWS for an increase (it takes days). */
export const NEAR_QUOTA = 0.8;

/** ALB User Guide "Quotas for your Application Load Balancers": rules per load balancer, default rules excluded. */
export const RULES_PER_LOAD_BALANCER = 100;
/** Same page: certificates per load balancer, the default certificate excluded. */
export const CERTIFICATES_PER_LISTENER = 25;
/** ELBv2 API Reference, ForwardActionConfig › TargetGroups: at most 5 target groups per forward action. */
export const TARGET_GROUPS_PER_FORWARD = 5;

export const zoneRecordsNearQuota = defineRule(
  {
    id: "route53-zone-records-near-quota",
    severity: "warning",
    service: "route53",
    summary: `Hosted zone close to ${RECORDS_PER_HOSTED_ZONE.toLocaleString("en-US")} records`,
  },
  (snapshot) =>
    snapshot.zones.flatMap(({ zone, records }) => {
      const count = Math.max(zone.recordCount, records.length);
      if (count < RECORDS_PER_HOSTED_ZONE * NEAR_QUOTA) return [];
      return [
        {
          subject: zone.id,
          title: `${zone.name} holds ${count.toLocaleString("en-US")} of ${RECORDS_PER_HOSTED_ZONE.toLocaleString("en-US")} records`,
          explanation:
            "Route 53 refuses new records once a zone reaches its quota (10,000 by default), so the next deployment that adds a name fails.",
          recommendation: "Request a quota increase, or split the zone.",
          resources: [zoneRef(zone)],
        },
      ];
    }),
);

export const policyRecordsNearQuota = defineRule(
  {
    id: "route53-policy-records-near-quota",
    severity: "warning",
    service: "route53",
    summary: `Weighted, latency, geolocation or multivalue records of one name close to ${MAX_RECORDS_PER_POLICY_GROUP}`,
  },
  (snapshot) =>
    recordGroups(snapshot).flatMap((group) => {
      const count = group.records.filter((record) => record.SetIdentifier).length;
      if (count < MAX_RECORDS_PER_POLICY_GROUP * NEAR_QUOTA) return [];
      return [
        {
          subject: `${group.zone.zone.id}/${group.name}/${group.type}`,
          title: `${group.name} ${group.type} has ${count} of ${MAX_RECORDS_PER_POLICY_GROUP} records`,
          explanation: `Route 53 allows at most ${MAX_RECORDS_PER_POLICY_GROUP} weighted (or latency, geolocation, multivalue) records per name and type; adding more is refused.`,
          resources: group.records.slice(0, 1).map((record) => recordRef(group.zone.zone.id, record)),
        },
      ];
    }),
);

export const rulesNearQuota = defineAlbRule(
  {
    id: "alb-rules-near-quota",
    severity: "warning",
    summary: `Load balancer close to ${RULES_PER_LOAD_BALANCER} listener rules`,
  },
  (config) => {
    const count = config.listeners.reduce(
      (sum, l) => sum + l.rules.filter((rule) => !rule.isDefault).length,
      0,
    );
    if (count < RULES_PER_LOAD_BALANCER * NEAR_QUOTA) return [];
    return [
      {
        subject: config.loadBalancer.arn,
        title: `${config.loadBalancer.name} uses ${count} of ${RULES_PER_LOAD_BALANCER} rules`,
        explanation: `An Application Load Balancer holds at most ${RULES_PER_LOAD_BALANCER} rules (default rules excluded) unless the quota is raised; the next rule is refused.`,
        recommendation: "Request a quota increase, or merge rules (up to 5 values per condition).",
        resources: [loadBalancerRef(config.loadBalancer)],
      },
    ];
  },
);

export const certificatesNearQuota = defineAlbRule(
  {
    id: "alb-listener-certificates-near-quota",
    severity: "warning",
    service: "acm",
    summary: `Listener close to ${CERTIFICATES_PER_LISTENER} certificates`,
  },
  (config) =>
    config.listeners.flatMap((listener) => {
      const count = listener.certificates.filter((cert) => !cert.isDefault).length;
      if (count < CERTIFICATES_PER_LISTENER * NEAR_QUOTA) return [];
      return [
        {
          subject: listener.arn,
          title: `${listenerName(listener)} on ${config.loadBalancer.name} holds ${count} of ${CERTIFICATES_PER_LISTENER} extra certificates`,
          explanation: `A load balancer holds at most ${CERTIFICATES_PER_LISTENER} certificates beside the default one; the next name that needs its own certificate cannot be served over HTTPS.`,
          recommendation: "Combine names into multi-name (SAN) or wildcard certificates.",
          resources: [listenerRef(listener, config.loadBalancer)],
        },
      ];
    }),
);

export const forwardAtQuota = defineAlbRule(
  {
    id: "alb-forward-target-groups-at-quota",
    severity: "info",
    summary: `Forward action using all ${TARGET_GROUPS_PER_FORWARD} target-group slots`,
  },
  (config) =>
    config.listeners.flatMap((listener) =>
      allActions(listener).some(
        (action) =>
          action.spec?.type === "forward" && action.spec.targetGroups.length >= TARGET_GROUPS_PER_FORWARD,
      )
        ? [
            {
              subject: listener.arn,
              title: `A forward action on ${listenerName(listener)} of ${config.loadBalancer.name} uses all ${TARGET_GROUPS_PER_FORWARD} target-group slots`,
              explanation: `A weighted forward holds at most ${TARGET_GROUPS_PER_FORWARD} target groups, so a canary or blue/green step that needs one more group is refused.`,
              resources: [listenerRef(listener, config.loadBalancer)],
            },
          ]
        : [],
    ),
);

export const QUOTA_RULES = [
  zoneRecordsNearQuota,
  policyRecordsNearQuota,
  rulesNearQuota,
  certificatesNearQuota,
  forwardAtQuota,
];
