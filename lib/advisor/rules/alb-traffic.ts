import { idleTimeoutSeconds } from "@/lib/alb/config-queries";

import { defineAlbRule } from "../define-rule";
import { loadBalancerRef } from "../refs";

// Timeouts and what the last hour of metrics shows (metrics are only in the snapshot when they were read).

export const keepAliveShorterThanIdle = defineAlbRule(
  {
    id: "alb-keep-alive-shorter-than-idle",
    // Critical rather than a warning (the misconfiguration list used to call it one): under ordinary traffic the
    // ALB keeps reusing idle connections, so a target that closes them first turns into a steady trickle of 502s.
    severity: "critical",
    summary: "Targets' HTTP keep-alive not longer than the load balancer's idle timeout",
    httpCodes: [502],
  },
  (config) => {
    const idle = idleTimeoutSeconds(config);
    const keepAlive = config.targetKeepAliveSeconds;
    if (keepAlive === undefined || keepAlive > idle) return [];
    return [
      {
        subject: config.loadBalancer.arn,
        title: `Targets of ${config.loadBalancer.name} close idle connections after ${keepAlive} s, before the ${idle} s idle timeout`,
        explanation:
          "The load balancer reuses connections to targets; when a target closes one the ALB is about to use, the request fails with 502.",
        recommendation: `Set the targets' keep-alive timeout above ${idle} s (e.g. nginx keepalive_timeout ${idle + 5}s), or lower the ALB idle timeout.`,
        resources: [loadBalancerRef(config.loadBalancer)],
      },
    ];
  },
);

export const elb502WithoutTarget5xx = defineAlbRule(
  {
    id: "alb-502-without-target-5xx",
    severity: "warning",
    summary: "The load balancer returned 502s while targets returned no 5XX",
    httpCodes: [502],
  },
  (config) => {
    const metrics = config.metrics;
    if (!metrics?.elb502 || (metrics.target5xx ?? 0) > 0) return [];
    return [
      {
        subject: config.loadBalancer.arn,
        title: `${metrics.elb502} ELB 502s in the last hour on ${config.loadBalancer.name} while targets returned no 5XX`,
        explanation:
          "Users got 502s the application never produced: the usual cause is connections the targets closed (a keep-alive shorter than the idle timeout), not errors in the app.",
        resources: [loadBalancerRef(config.loadBalancer)],
      },
    ];
  },
);

export const slowTargets = defineAlbRule(
  {
    id: "alb-targets-near-idle-timeout",
    severity: "critical",
    summary: "Targets answer in close to or over the idle timeout",
    httpCodes: [460, 504],
  },
  (config) => {
    const idle = idleTimeoutSeconds(config);
    const slowest = config.metrics?.targetResponseTimeP99 ?? config.metrics?.targetResponseTimeAvg;
    if (slowest === undefined || slowest < idle * 0.8) return [];
    return [
      {
        subject: config.loadBalancer.arn,
        title: `Targets of ${config.loadBalancer.name} answer in up to ${slowest.toFixed(1)} s, close to or over the ${idle} s idle timeout`,
        explanation: "Requests that take longer than the idle timeout are cut off and users get a 504.",
        recommendation:
          "Make the slow endpoints faster, or raise the idle timeout above their worst response time.",
        resources: [loadBalancerRef(config.loadBalancer)],
      },
    ];
  },
);

export const targetConnectionErrors = defineAlbRule(
  {
    id: "alb-target-connection-errors",
    severity: "critical",
    summary: "The load balancer failed to open connections to targets",
    httpCodes: [502, 504],
  },
  (config) => {
    const errors = config.metrics?.targetConnectionErrors ?? 0;
    if (errors <= 0) return [];
    return [
      {
        subject: config.loadBalancer.arn,
        title: `${errors} failed connections from ${config.loadBalancer.name} to targets in the last hour`,
        explanation:
          "TargetConnectionErrorCount counts connections the load balancer could not open (security groups, network ACLs or a stopped application); each one is a user request answered 502 or 504.",
        resources: [loadBalancerRef(config.loadBalancer)],
      },
    ];
  },
);

export const ALB_TRAFFIC_RULES = [
  keepAliveShorterThanIdle,
  elb502WithoutTarget5xx,
  slowTargets,
  targetConnectionErrors,
];
