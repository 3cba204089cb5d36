import {
  authenticateActions,
  booleanAttribute,
  fixedResponsesWithStatus,
  forwardedTargetGroupArns,
  idleTimeoutSeconds,
  listenerName,
  listenersForwardingTo,
  registeredTargets,
} from "../config-queries";
import { aclsBlockingEphemeralPorts, unreachableTargets } from "../network";
import type { AlbConfig, Finding } from "../types";
import { httpCodeInfo } from "./codes";

type Check = (config: AlbConfig) => Finding[];

function forwardedGroups(config: AlbConfig) {
  const arns = forwardedTargetGroupArns(config);
  return config.targetGroups.filter((group) => arns.has(group.arn));
}

const authChecks: Check = (config) => {
  const auth = authenticateActions(config);
  if (auth.length === 0) {
    return [
      {
        id: "no-authenticate-actions",
        severity: "info",
        title: "No rule of this load balancer authenticates users",
        detail:
          "So the load balancer does not generate this code for authentication: it comes from the targets.",
      },
    ];
  }
  return auth.map(({ listener, action }) => ({
    id: `authenticate:${listenerName(listener)}`,
    severity: "info" as const,
    title: `${listenerName(listener)} authenticates with ${action.type.replace("authenticate-", "")}`,
    detail:
      "The identity provider's endpoints must be reachable from the load balancer (outbound HTTPS in its security group), and its client id, secret and redirect URI must match.",
    resource: listener.arn,
  }));
};

const idleTimeoutCheck =
  (why: string): Check =>
  (config) => [
    {
      id: "idle-timeout",
      severity: "info",
      title: `Idle timeout is ${idleTimeoutSeconds(config)} s`,
      detail: why.replace("{idle}", String(idleTimeoutSeconds(config))),
      fix: "Change it under Attributes → Idle timeout (1–4000 s).",
    },
  ];

const slowTargetCheck: Check = (config) => {
  const idle = idleTimeoutSeconds(config);
  const p99 = config.metrics?.targetResponseTimeP99;
  const avg = config.metrics?.targetResponseTimeAvg;
  if (p99 === undefined && avg === undefined) {
    return [
      {
        id: "response-time-unknown",
        severity: "info",
        title: `Compare TargetResponseTime with the ${idle} s idle timeout`,
        detail:
          "No TargetResponseTime data for the last hour. Requests slower than the idle timeout end in 504.",
      },
    ];
  }
  const slowest = p99 ?? avg ?? 0;
  if (slowest >= idle * 0.8) {
    return [
      {
        id: "slow-targets",
        severity: "critical",
        title: `Targets answer in up to ${slowest.toFixed(1)} s, close to or over the ${idle} s idle timeout`,
        detail: "Requests that take longer than the idle timeout are cut off with a 504.",
        fix: "Make the slow endpoints faster, or raise the idle timeout above their worst response time.",
      },
    ];
  }
  return [
    {
      id: "response-time-ok",
      severity: "info",
      title: `TargetResponseTime (${slowest.toFixed(2)} s) is well under the ${idle} s idle timeout`,
      detail: "Slow responses are unlikely to be the cause.",
    },
  ];
};

const securityGroupCheck: Check = (config) =>
  forwardedGroups(config).flatMap((group) =>
    unreachableTargets(config, group).map((problem) => ({
      id: `target-sg:${group.name}:${problem.targetId}:${problem.port}`,
      severity: "critical" as const,
      title: `${problem.targetId}'s security groups do not admit the load balancer on ${problem.kind === "traffic" ? "traffic" : "health-check"} port ${problem.port}`,
      detail: `None of ${problem.groupIds.join(", ")} allows TCP ${problem.port} from the load balancer's security group (${config.loadBalancer.securityGroupIds.join(", ")}). The connection never opens: 504 after 10 s, and failing health checks.`,
      fix: `Add an inbound rule on ${problem.groupIds[0] ?? "the target's group"}: TCP ${problem.port} from ${config.loadBalancer.securityGroupIds[0] ?? "the load balancer's security group"}.`,
      resource: problem.targetId,
    })),
  );

const aclCheck: Check = (config) =>
  aclsBlockingEphemeralPorts(config).map((problem) => ({
    id: `nacl-ephemeral:${problem.aclId}:${problem.direction}`,
    severity: "critical" as const,
    title: `Network ACL ${problem.aclId} blocks ${problem.direction} ephemeral port ${problem.port}`,
    detail:
      "Network ACLs are stateless: the return traffic of every connection uses ports 1024–65535, and a subnet of the load balancer must allow them both ways.",
    fix: `Allow TCP 1024–65535 ${problem.direction} in ${problem.aclId} (before any deny rule).`,
    resource: problem.aclId,
  }));

const unhealthyCheck: Check = (config) =>
  forwardedGroups(config).flatMap((group) => {
    const unhealthy = group.targets.filter((target) => target.state === "unhealthy");
    if (unhealthy.length === 0) return [];
    const reasons = [...new Set(unhealthy.map((target) => target.reasonCode ?? "unknown"))].join(", ");
    return [
      {
        id: `unhealthy:${group.name}`,
        severity: unhealthy.length === group.targets.length ? ("critical" as const) : ("warning" as const),
        title: `${unhealthy.length} of ${group.targets.length} targets in ${group.name} are unhealthy (${reasons})`,
        detail:
          unhealthy.length === group.targets.length
            ? "Every target is unhealthy, so the load balancer fails open and sends traffic to all of them anyway."
            : "The remaining healthy targets carry all traffic and may be overloaded.",
        resource: group.arn,
      },
    ];
  });

const keepAliveCheck: Check = (config) => {
  const idle = idleTimeoutSeconds(config);
  const findings: Finding[] = [];
  const keepAlive = config.targetKeepAliveSeconds;
  if (keepAlive !== undefined && keepAlive <= idle) {
    findings.push({
      id: "keep-alive-shorter-than-idle",
      severity: "critical",
      title: `Targets close idle connections after ${keepAlive} s, before the ${idle} s idle timeout`,
      detail:
        "The load balancer reuses connections to targets; when a target closes one the ALB is about to use, the request fails with 502.",
      fix: `Set the targets' keep-alive timeout above ${idle} s (e.g. nginx keepalive_timeout ${idle + 5}s), or lower the ALB idle timeout.`,
    });
  } else if (keepAlive === undefined) {
    findings.push({
      id: "keep-alive-unknown",
      severity: "info",
      title: `Check that the targets' HTTP keep-alive timeout is longer than the ${idle} s idle timeout`,
      detail: "A shorter keep-alive on the targets (e.g. Node.js's 5 s default) causes sporadic 502s.",
    });
  }
  const metrics = config.metrics;
  if (metrics?.elb502 !== undefined && metrics.elb502 > 0 && (metrics.target5xx ?? 0) === 0) {
    findings.push({
      id: "elb-502-without-target-5xx",
      severity: "warning",
      title: `${metrics.elb502} ELB 502s in the last hour while targets returned no 5XX`,
      detail: "This is the keep-alive pattern: connections closed by the target, not errors in the app.",
    });
  }
  return findings;
};

const tlsToTargetCheck: Check = (config) =>
  forwardedGroups(config)
    .filter((group) => group.protocol === "HTTPS")
    .map((group) => ({
      id: `https-target:${group.name}`,
      severity: "info" as const,
      title: `${group.name} talks HTTPS to its targets`,
      detail:
        "A TLS handshake failure to the target (unsupported protocol or cipher) shows as 502 and in TargetTLSNegotiationErrorCount.",
      resource: group.arn,
    }));

const drainingCheck: Check = (config) =>
  forwardedGroups(config).flatMap((group) => {
    const delay = Number(group.attributes["deregistration_delay.timeout_seconds"] ?? "300");
    if (delay >= idleTimeoutSeconds(config)) return [];
    return [
      {
        id: `short-deregistration:${group.name}`,
        severity: "warning" as const,
        title: `${group.name}'s deregistration delay (${delay} s) is shorter than the idle timeout`,
        detail: "Requests still running when the delay ends are cut off with 502 during deployments.",
        fix: "Raise the deregistration delay to at least your slowest request.",
        resource: group.arn,
      },
    ];
  });

const lambdaCheck =
  (what: string): Check =>
  (config) =>
    config.targetGroups
      .filter((group) => group.targetType === "lambda")
      .map((group) => ({
        id: `lambda:${group.name}`,
        severity: "warning" as const,
        title: `${group.name} is a Lambda target group`,
        detail: what,
        resource: group.arn,
      }));

const emptyGroupCheck: Check = (config) =>
  forwardedGroups(config)
    .filter((group) => registeredTargets(group).length === 0)
    .map((group) => ({
      id: `empty-target-group:${group.name}`,
      severity: "critical" as const,
      title: `${group.name} has no registered targets`,
      detail: `${listenersForwardingTo(config, group).map(listenerName).join(", ")} forward to it, so those requests get 503.`,
      fix: "Register targets, or point the listener at a target group that has some.",
      resource: group.arn,
    }));

const zoneMismatchCheck: Check = (config) => {
  const zones = new Set(config.loadBalancer.availabilityZones.map((az) => az.zoneName));
  return forwardedGroups(config).flatMap((group) => {
    const inZone = group.targets.filter(
      (target) =>
        !target.availabilityZone || target.availabilityZone === "all" || zones.has(target.availabilityZone),
    );
    const notInUse = group.targets.filter((target) => target.reasonCode === "Target.NotInUse");
    if (group.targets.length > 0 && (inZone.length === 0 || notInUse.length === group.targets.length)) {
      return [
        {
          id: `targets-outside-zones:${group.name}`,
          severity: "critical" as const,
          title: `No target of ${group.name} is in an Availability Zone the load balancer uses`,
          detail: `The load balancer is enabled in ${[...zones].join(", ")}; targets in other zones receive no traffic.`,
          fix: "Enable the targets' zones on the load balancer (Edit subnets) or run targets in its zones.",
          resource: group.arn,
        },
      ];
    }
    return [];
  });
};

const fixedResponseCheck =
  (status: number): Check =>
  (config) =>
    fixedResponsesWithStatus(config, status).map(({ listener }) => ({
      id: `fixed-response-${status}:${listenerName(listener)}`,
      severity: "info" as const,
      title: `A rule on ${listenerName(listener)} answers ${status} itself`,
      detail: `A fixed-response action returns ${status} without contacting a target; check whether the requests match that rule.`,
      resource: listener.arn,
    }));

const protocolVersionCheck: Check = (config) =>
  config.targetGroups
    .filter((group) => group.protocolVersion === "GRPC" || group.protocolVersion === "HTTP2")
    .flatMap((group) => {
      const listeners = listenersForwardingTo(config, group);
      const plain = listeners.filter((listener) => listener.protocol !== "HTTPS");
      return [
        {
          id: `protocol-version:${group.name}`,
          severity: plain.length > 0 ? ("critical" as const) : ("warning" as const),
          title: `${group.name} expects ${group.protocolVersion} requests`,
          detail:
            plain.length > 0
              ? `${plain.map(listenerName).join(", ")} forward to it over plain HTTP, where HTTP/2 and gRPC are not negotiated: those requests get 464.`
              : `HTTP/1.1 clients routed to it get 464. Route only ${group.protocolVersion} traffic there (e.g. a rule on content-type application/grpc).`,
          resource: group.arn,
        },
      ];
    });

const desyncCheck: Check = (config) => {
  const mode = config.attributes["routing.http.desync_mitigation_mode"];
  if (mode !== "strictest") return [];
  return [
    {
      id: "desync-strictest",
      severity: "info",
      title: "Desync mitigation is in strictest mode",
      detail: "Requests that are not strictly RFC 7230 compliant are rejected with 400.",
    },
  ];
};

const http2Check: Check = (config) =>
  booleanAttribute(config.attributes, "routing.http2.enabled") === false
    ? [
        {
          id: "http2-disabled",
          severity: "info",
          title: "HTTP/2 is disabled on the load balancer",
          detail: "Clients that only speak HTTP/2 can get 505.",
        },
      ]
    : [];

const wafCheck: Check = (config) => [
  {
    id: "waf",
    severity: "info",
    title: "Check the AWS WAF web ACL associated with the load balancer",
    detail: `The load balancer answers 403 for requests WAF blocks, and 500 when WAF errors${
      booleanAttribute(config.attributes, "waf.fail_open.enabled")
        ? " (fail-open is on, so WAF errors pass through instead)"
        : ""
    }. Sampled requests in the web ACL show which rule matched.`,
  },
];

const connectionErrorsCheck: Check = (config) =>
  (config.metrics?.targetConnectionErrors ?? 0) > 0
    ? [
        {
          id: "target-connection-errors",
          severity: "critical",
          title: `${config.metrics?.targetConnectionErrors} failed connections to targets in the last hour`,
          detail:
            "TargetConnectionErrorCount counts connections the load balancer could not open: security groups, NACLs or a stopped app.",
        },
      ]
    : [];

const metricsSplit =
  (kind: "5xx"): Check =>
  (config) => {
    const metrics = config.metrics;
    if (kind !== "5xx" || metrics?.elb5xx === undefined || metrics.target5xx === undefined) return [];
    return [
      {
        id: "5xx-split",
        severity: "info",
        title: `Last hour: ${metrics.elb5xx} 5XX from the load balancer, ${metrics.target5xx} from targets`,
        detail: "HTTPCode_ELB_5XX_Count vs HTTPCode_Target_5XX_Count: the larger side is where to look.",
      },
    ];
  };

const clientTimeoutCheck: Check = idleTimeoutCheck(
  "A 460 means the client hung up first. If clients (or a proxy in front) time out sooner than targets answer, they see errors while the ALB logs 460.",
);

const CHECKS: Record<number, Check[]> = {
  400: [desyncCheck],
  401: [authChecks],
  403: [wafCheck, fixedResponseCheck(403)],
  405: [],
  408: [
    idleTimeoutCheck(
      "The client has {idle} s of silence before the ALB answers 408 and closes the connection.",
    ),
  ],
  413: [lambdaCheck("Requests to Lambda targets are limited to 1 MB of body; larger ones get 413.")],
  414: [],
  460: [clientTimeoutCheck, slowTargetCheck],
  463: [],
  464: [protocolVersionCheck],
  500: [wafCheck, authChecks, metricsSplit("5xx")],
  501: [],
  502: [
    keepAliveCheck,
    tlsToTargetCheck,
    drainingCheck,
    lambdaCheck("A Lambda error or an invalid response body shows as 502."),
    connectionErrorsCheck,
    metricsSplit("5xx"),
  ],
  503: [emptyGroupCheck, zoneMismatchCheck, fixedResponseCheck(503), metricsSplit("5xx")],
  504: [
    slowTargetCheck,
    securityGroupCheck,
    aclCheck,
    unhealthyCheck,
    connectionErrorsCheck,
    metricsSplit("5xx"),
  ],
  505: [http2Check, protocolVersionCheck],
  561: [authChecks],
};

/**
 * Concrete findings for one HTTP code from THIS load balancer's configuration, worst first. An
 * empty list means nothing in the configuration explains the code (see httpCodeInfo for the causes).
 */
export function diagnose(code: number, config: AlbConfig): Finding[] {
  if (!httpCodeInfo(code)) return [];
  const order = { critical: 0, warning: 1, info: 2 };
  return (CHECKS[code] ?? [])
    .flatMap((check) => check(config))
    .sort((a, b) => order[a.severity] - order[b.severity]);
}
