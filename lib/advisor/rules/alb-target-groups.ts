import {
  allActions,
  forwardedTargetGroupArns,
  listenerName,
  listenersForwardingTo,
  registeredTargets,
} from "@/lib/alb/config-queries";
import { healthCheckPort } from "@/lib/alb/network";
import type { AlbConfig, AlbTargetGroup } from "@/lib/alb/types";

import { defineAlbRule, defineRule } from "../define-rule";
import { listenerRef, loadBalancerRef, targetGroupRef } from "../refs";

// Target groups: used or not, registered targets, their health and health checks.

const RESERVED_COOKIE = /^(AWSALB|AWSALBAPP|AWSALBTG)/i;

function forwardedGroups(config: AlbConfig): AlbTargetGroup[] {
  const arns = forwardedTargetGroupArns(config);
  return config.targetGroups.filter((group) => arns.has(group.arn));
}

export const targetGroupUnused = defineRule(
  {
    id: "elbv2-target-group-unused",
    severity: "info",
    service: "elbv2",
    summary: "Target group used by no listener or rule",
    perLoadBalancer: true,
  },
  (snapshot) => {
    const used = new Set(snapshot.loadBalancers.flatMap((config) => [...forwardedTargetGroupArns(config)]));
    return snapshot.targetGroups
      .filter((group) => !used.has(group.arn))
      .map((group) => ({
        subject: group.arn,
        title: `Target group ${group.name} is used by no listener or rule`,
        explanation:
          "No load balancer forwards to it, so its targets get no traffic (their health shows Target.NotInUse) while it still counts toward the target group quota and invites mistakes.",
        recommendation: "Delete it, or point a listener rule at it if it was meant to serve traffic.",
        resources: [targetGroupRef(group)],
        fix: { kind: "delete-target-group", targetGroupArn: group.arn, targetGroupName: group.name },
      }));
  },
);

export const targetGroupEmpty = defineAlbRule(
  {
    id: "alb-target-group-empty",
    severity: "critical",
    summary: "A listener forwards to a target group with no registered targets",
    httpCodes: [503],
  },
  (config) =>
    forwardedGroups(config)
      .filter((group) => registeredTargets(group).length === 0)
      .map((group) => ({
        subject: `${config.loadBalancer.arn}:${group.arn}`,
        title: `${group.name} has no registered targets`,
        explanation: `${listenersForwardingTo(config, group).map(listenerName).join(", ")} of ${config.loadBalancer.name} forward to it, and a load balancer answers 503 for requests routed to a target group with no registered targets.`,
        recommendation: "Register targets, or point the listener at a target group that has some.",
        resources: [targetGroupRef(group), loadBalancerRef(config.loadBalancer)],
      })),
);

export const allTargetsUnhealthy = defineAlbRule(
  {
    id: "alb-all-targets-unhealthy",
    severity: "critical",
    summary: "Every target of a used target group is unhealthy",
    httpCodes: [504],
  },
  (config) =>
    forwardedGroups(config)
      .filter((group) => {
        const registered = registeredTargets(group);
        return registered.length > 0 && registered.every((target) => target.state === "unhealthy");
      })
      .map((group) => {
        const reasons = [...new Set(group.targets.map((target) => target.reasonCode ?? "unknown"))];
        return {
          subject: `${config.loadBalancer.arn}:${group.arn}`,
          title: `Every target in ${group.name} is unhealthy (${reasons.join(", ")})`,
          explanation:
            "When no target is healthy the load balancer fails open and routes to all of them anyway, so users get whatever the broken targets answer (often 502 or 504) while dashboards still show traffic flowing.",
          recommendation: "Find out why the health check fails (the reason codes above) and fix the targets.",
          resources: [targetGroupRef(group), loadBalancerRef(config.loadBalancer)],
        };
      }),
);

export const someTargetsUnhealthy = defineAlbRule(
  {
    id: "alb-some-targets-unhealthy",
    severity: "warning",
    summary: "Some targets of a used target group are unhealthy",
    httpCodes: [504],
  },
  (config) =>
    forwardedGroups(config).flatMap((group) => {
      const unhealthy = group.targets.filter((target) => target.state === "unhealthy");
      const registered = registeredTargets(group);
      if (unhealthy.length === 0 || unhealthy.length === registered.length) return [];
      const reasons = [...new Set(unhealthy.map((target) => target.reasonCode ?? "unknown"))].join(", ");
      return [
        {
          subject: `${config.loadBalancer.arn}:${group.arn}`,
          title: `${unhealthy.length} of ${registered.length} targets in ${group.name} are unhealthy (${reasons})`,
          explanation:
            "The load balancer stops routing to unhealthy targets; the remaining healthy ones carry all traffic and may be overloaded into slow answers or 504s.",
          resources: [targetGroupRef(group), loadBalancerRef(config.loadBalancer)],
        },
      ];
    }),
);

export const healthCheckCodeMismatch = defineAlbRule(
  {
    id: "alb-health-check-code-mismatch",
    severity: "warning",
    summary: "Health checks answered with an unexpected status code",
  },
  (config) =>
    config.targetGroups
      .filter((group) => group.targets.some((target) => target.reasonCode === "Target.ResponseCodeMismatch"))
      .map((group) => ({
        subject: group.arn,
        title: `${group.name}'s health check gets the wrong status code`,
        explanation: `Targets answer the health check on ${group.healthCheck.path ?? "/"} with a code outside ${group.healthCheck.matcher ?? "200"} (often a redirect or a 401), so they are marked unhealthy and taken out of rotation.`,
        recommendation: "Point the health check at an unauthenticated path that answers 200.",
        resources: [targetGroupRef(group)],
      })),
);

export const healthCheckTimeout = defineAlbRule(
  {
    id: "alb-health-check-timeout-not-below-interval",
    severity: "warning",
    summary: "Health-check timeout not shorter than its interval",
  },
  (config) =>
    config.targetGroups
      .filter(({ healthCheck: { intervalSeconds, timeoutSeconds } }) =>
        intervalSeconds !== undefined && timeoutSeconds !== undefined
          ? timeoutSeconds >= intervalSeconds
          : false,
      )
      .map((group) => ({
        subject: group.arn,
        title: `${group.name}'s health-check timeout (${group.healthCheck.timeoutSeconds} s) is not shorter than its interval (${group.healthCheck.intervalSeconds} s)`,
        explanation:
          "AWS requires the timeout to be shorter than the interval (the emulator accepts it); checks overlap and a slow target is never marked unhealthy in time.",
        recommendation: "Make the timeout shorter than the interval.",
        resources: [targetGroupRef(group)],
      })),
);

export const reservedCookie = defineAlbRule(
  {
    id: "alb-reserved-stickiness-cookie",
    severity: "critical",
    summary: "Application stickiness cookie with a reserved AWSALB prefix",
  },
  (config) =>
    config.targetGroups
      .filter((group) => RESERVED_COOKIE.test(group.attributes["stickiness.app_cookie.cookie_name"] ?? ""))
      .map((group) => ({
        subject: group.arn,
        title: `${group.name}'s stickiness cookie ${group.attributes["stickiness.app_cookie.cookie_name"]} uses a reserved prefix`,
        explanation:
          "AWSALB, AWSALBAPP and AWSALBTG are the load balancer's own cookies; AWS rejects the name, and the application's cookie would be overwritten, so users lose their sessions.",
        recommendation: "Rename the application cookie.",
        resources: [targetGroupRef(group)],
      })),
);

export const shortDeregistration = defineAlbRule(
  {
    id: "alb-deregistration-shorter-than-idle",
    severity: "warning",
    summary: "Deregistration delay shorter than the idle timeout",
    httpCodes: [502],
  },
  (config) => {
    const idle = Number(config.attributes["idle_timeout.timeout_seconds"] ?? "60");
    return forwardedGroups(config)
      .filter((group) => Number(group.attributes["deregistration_delay.timeout_seconds"] ?? "300") < idle)
      .map((group) => {
        const delay = Number(group.attributes["deregistration_delay.timeout_seconds"] ?? "300");
        return {
          subject: `${config.loadBalancer.arn}:${group.arn}`,
          title: `${group.name}'s deregistration delay (${delay} s) is shorter than ${config.loadBalancer.name}'s idle timeout (${idle} s)`,
          explanation:
            "When a target is deregistered (every deployment), requests still running after the delay are cut off and users get 502.",
          recommendation: "Raise the deregistration delay to at least your slowest request.",
          resources: [targetGroupRef(group), loadBalancerRef(config.loadBalancer)],
        };
      });
  },
);

export const targetsOutsideZones = defineAlbRule(
  {
    id: "alb-targets-outside-zones",
    severity: "critical",
    summary: "No target of a used target group is in the load balancer's Availability Zones",
    httpCodes: [503],
  },
  (config) => {
    const zones = new Set(config.loadBalancer.availabilityZones.map((az) => az.zoneName));
    return forwardedGroups(config)
      .filter((group) => {
        if (group.targets.length === 0) return false;
        const inZone = group.targets.filter(
          (target) =>
            !target.availabilityZone ||
            target.availabilityZone === "all" ||
            zones.has(target.availabilityZone),
        );
        const notInUse = group.targets.filter((target) => target.reasonCode === "Target.NotInUse");
        return inZone.length === 0 || notInUse.length === group.targets.length;
      })
      .map((group) => ({
        subject: `${config.loadBalancer.arn}:${group.arn}`,
        title: `No target of ${group.name} is in an Availability Zone ${config.loadBalancer.name} uses`,
        explanation: `The load balancer is enabled in ${[...zones].join(", ")}; targets in other zones receive no traffic, so requests get 503.`,
        recommendation:
          "Enable the targets' zones on the load balancer (Edit subnets) or run targets in its zones.",
        resources: [targetGroupRef(group), loadBalancerRef(config.loadBalancer)],
      }));
  },
);

export const protocolVersionOverHttp = defineAlbRule(
  {
    id: "alb-grpc-or-http2-over-plain-http",
    severity: "critical",
    summary: "gRPC/HTTP2 target group behind a plain HTTP listener",
    httpCodes: [464, 505],
  },
  (config) =>
    config.targetGroups
      .filter((group) => group.protocolVersion === "GRPC" || group.protocolVersion === "HTTP2")
      .flatMap((group) =>
        listenersForwardingTo(config, group)
          .filter((listener) => listener.protocol !== "HTTPS")
          .map((listener) => ({
            subject: `${listener.arn}:${group.arn}`,
            title: `${listenerName(listener)} of ${config.loadBalancer.name} forwards to ${group.protocolVersion} group ${group.name}`,
            explanation: `HTTP/2 and gRPC are only negotiated on HTTPS listeners, so requests arriving over plain HTTP are HTTP/1.1, which a ${group.protocolVersion} target group refuses with 464.`,
            recommendation: "Route to it from an HTTPS listener only.",
            resources: [listenerRef(listener, config.loadBalancer), targetGroupRef(group)],
          })),
      ),
);

function healthCheckSignature(group: AlbTargetGroup, target: { port?: number }): string {
  const check = group.healthCheck;
  return [
    check.protocol ?? "HTTP",
    healthCheckPort(group, target),
    check.path ?? "/",
    check.matcher ?? "200",
  ].join(" ");
}

export const targetInGroupsWithDifferentChecks = defineAlbRule(
  {
    id: "alb-target-in-groups-with-different-health-checks",
    severity: "warning",
    summary: "One target in two target groups of a listener, health-checked differently",
  },
  (config) =>
    config.listeners.flatMap((listener) => {
      const arns = new Set(
        allActions(listener).flatMap((action) =>
          action.spec?.type === "forward" ? action.spec.targetGroups.map((tg) => tg.targetGroupArn) : [],
        ),
      );
      const groups = config.targetGroups.filter((group) => arns.has(group.arn));
      const byTarget = new Map<string, { group: AlbTargetGroup; signature: string }[]>();
      for (const group of groups) {
        for (const target of registeredTargets(group)) {
          const id = `${target.targetId}:${target.port ?? group.port ?? ""}`;
          byTarget.set(id, [
            ...(byTarget.get(id) ?? []),
            { group, signature: healthCheckSignature(group, target) },
          ]);
        }
      }
      return [...byTarget.entries()]
        .filter(([, entries]) => new Set(entries.map((entry) => entry.signature)).size > 1)
        .map(([targetId, entries]) => ({
          subject: `${listener.arn}:${targetId}`,
          title: `${targetId} is in ${entries.map((entry) => entry.group.name).join(" and ")} on ${listenerName(listener)} of ${config.loadBalancer.name}, with different health checks`,
          explanation: `Each target group judges health on its own (${entries.map((entry) => `${entry.group.name}: ${entry.signature}`).join("; ")}), so the same target can be in service for one rule and out for another: users see it answer on some paths and fail on others.`,
          recommendation: "Give both target groups the same health check.",
          resources: [
            listenerRef(listener, config.loadBalancer),
            ...entries.map((entry) => targetGroupRef(entry.group)),
          ],
        }));
    }),
);

export const ALB_TARGET_GROUP_RULES = [
  targetGroupUnused,
  targetGroupEmpty,
  allTargetsUnhealthy,
  someTargetsUnhealthy,
  healthCheckCodeMismatch,
  healthCheckTimeout,
  reservedCookie,
  shortDeregistration,
  targetsOutsideZones,
  protocolVersionOverHttp,
  targetInGroupsWithDifferentChecks,
];
