import {
  authenticateActions,
  booleanAttribute,
  fixedResponsesWithStatus,
  forwardedTargetGroupArns,
  idleTimeoutSeconds,
  listenerName,
  listenersForwardingTo,
} from "@/lib/alb/config-queries";
import type { AlbConfig } from "@/lib/alb/types";

import { listenerRef, loadBalancerRef, targetGroupRef } from "./refs";
import type { Finding, ResourceRef, Severity } from "./types";

// What the Troubleshoot panel adds under an HTTP code beside the advisor's findings: context that is not a
// misconfiguration (which rules authenticate, the idle timeout, where WAF sits…), so it never reaches /advisor.

type Hint = (config: AlbConfig) => Finding[];

function hint(
  id: string,
  severity: Severity,
  subject: string,
  parts: { title: string; explanation: string; recommendation?: string; resources: ResourceRef[] },
): Finding {
  return { key: `${id}:${subject}`, ruleId: id, severity, service: "elbv2", ...parts };
}

const lbOnly = (config: AlbConfig) => [loadBalancerRef(config.loadBalancer)];

const authentication: Hint = (config) => {
  const auth = authenticateActions(config);
  if (auth.length === 0)
    return [
      hint("hint-no-authenticate-actions", "info", config.loadBalancer.arn, {
        title: "No rule of this load balancer authenticates users",
        explanation:
          "So the load balancer does not generate this code for authentication: it comes from the targets.",
        resources: lbOnly(config),
      }),
    ];
  return auth.map(({ listener, action }) =>
    hint("hint-authenticate", "info", listener.arn, {
      title: `${listenerName(listener)} authenticates with ${action.type.replace("authenticate-", "")}`,
      explanation:
        "The identity provider's endpoints must be reachable from the load balancer (outbound HTTPS in its security group), and its client id, secret and redirect URI must match.",
      resources: [listenerRef(listener, config.loadBalancer)],
    }),
  );
};

const idleTimeout =
  (why: string): Hint =>
  (config) => [
    hint("hint-idle-timeout", "info", config.loadBalancer.arn, {
      title: `Idle timeout is ${idleTimeoutSeconds(config)} s`,
      explanation: why.replace("{idle}", String(idleTimeoutSeconds(config))),
      recommendation: "Change it under Attributes → Idle timeout (1–4000 s).",
      resources: lbOnly(config),
    }),
  ];

const responseTime: Hint = (config) => {
  const idle = idleTimeoutSeconds(config);
  const slowest = config.metrics?.targetResponseTimeP99 ?? config.metrics?.targetResponseTimeAvg;
  if (slowest === undefined)
    return [
      hint("hint-response-time-unknown", "info", config.loadBalancer.arn, {
        title: `Compare TargetResponseTime with the ${idle} s idle timeout`,
        explanation:
          "No TargetResponseTime data for the last hour. Requests slower than the idle timeout end in 504.",
        resources: lbOnly(config),
      }),
    ];
  if (slowest >= idle * 0.8) return []; // the alb-targets-near-idle-timeout finding says it
  return [
    hint("hint-response-time-ok", "info", config.loadBalancer.arn, {
      title: `TargetResponseTime (${slowest.toFixed(2)} s) is well under the ${idle} s idle timeout`,
      explanation: "Slow responses are unlikely to be the cause.",
      resources: lbOnly(config),
    }),
  ];
};

const keepAliveUnknown: Hint = (config) =>
  config.targetKeepAliveSeconds !== undefined
    ? []
    : [
        hint("hint-keep-alive-unknown", "info", config.loadBalancer.arn, {
          title: `Check that the targets' HTTP keep-alive timeout is longer than the ${idleTimeoutSeconds(config)} s idle timeout`,
          explanation:
            "A shorter keep-alive on the targets (e.g. Node.js's 5 s default) causes sporadic 502s.",
          resources: lbOnly(config),
        }),
      ];

const tlsToTargets: Hint = (config) => {
  const forwarded = forwardedTargetGroupArns(config);
  return config.targetGroups
    .filter((group) => forwarded.has(group.arn) && group.protocol === "HTTPS")
    .map((group) =>
      hint("hint-https-to-targets", "info", group.arn, {
        title: `${group.name} talks HTTPS to its targets`,
        explanation:
          "A TLS handshake failure to the target (unsupported protocol or cipher) shows as 502 and in TargetTLSNegotiationErrorCount.",
        resources: [targetGroupRef(group)],
      }),
    );
};

const lambda =
  (what: string): Hint =>
  (config) =>
    config.targetGroups
      .filter((group) => group.targetType === "lambda")
      .map((group) =>
        hint("hint-lambda-target", "warning", group.arn, {
          title: `${group.name} is a Lambda target group`,
          explanation: what,
          resources: [targetGroupRef(group)],
        }),
      );

const fixedResponse =
  (status: number): Hint =>
  (config) =>
    fixedResponsesWithStatus(config, status).map(({ listener }) =>
      hint(`hint-fixed-response-${status}`, "info", listener.arn, {
        title: `A rule on ${listenerName(listener)} answers ${status} itself`,
        explanation: `A fixed-response action returns ${status} without contacting a target; check whether the requests match that rule.`,
        resources: [listenerRef(listener, config.loadBalancer)],
      }),
    );

const protocolVersionOverHttps: Hint = (config) =>
  config.targetGroups
    .filter((group) => group.protocolVersion === "GRPC" || group.protocolVersion === "HTTP2")
    .filter((group) =>
      listenersForwardingTo(config, group).every((listener) => listener.protocol === "HTTPS"),
    )
    .map((group) =>
      hint("hint-protocol-version", "warning", group.arn, {
        title: `${group.name} expects ${group.protocolVersion} requests`,
        explanation: `HTTP/1.1 clients routed to it get 464. Route only ${group.protocolVersion} traffic there (e.g. a rule on content-type application/grpc).`,
        resources: [targetGroupRef(group)],
      }),
    );

const desyncStrictest: Hint = (config) =>
  config.attributes["routing.http.desync_mitigation_mode"] !== "strictest"
    ? []
    : [
        hint("hint-desync-strictest", "info", config.loadBalancer.arn, {
          title: "Desync mitigation is in strictest mode",
          explanation: "Requests that are not strictly RFC 7230 compliant are rejected with 400.",
          resources: lbOnly(config),
        }),
      ];

const http2Disabled: Hint = (config) =>
  booleanAttribute(config.attributes, "routing.http2.enabled") !== false
    ? []
    : [
        hint("hint-http2-disabled", "info", config.loadBalancer.arn, {
          title: "HTTP/2 is disabled on the load balancer",
          explanation: "Clients that only speak HTTP/2 can get 505.",
          resources: lbOnly(config),
        }),
      ];

const waf: Hint = (config) => [
  hint("hint-waf", "info", config.loadBalancer.arn, {
    title: "Check the AWS WAF web ACL associated with the load balancer",
    explanation: `The load balancer answers 403 for requests WAF blocks, and 500 when WAF errors${
      booleanAttribute(config.attributes, "waf.fail_open.enabled")
        ? " (fail-open is on, so WAF errors pass through instead)"
        : ""
    }. Sampled requests in the web ACL show which rule matched.`,
    resources: lbOnly(config),
  }),
];

const split5xx: Hint = (config) => {
  const metrics = config.metrics;
  if (metrics?.elb5xx === undefined || metrics.target5xx === undefined) return [];
  return [
    hint("hint-5xx-split", "info", config.loadBalancer.arn, {
      title: `Last hour: ${metrics.elb5xx} 5XX from the load balancer, ${metrics.target5xx} from targets`,
      explanation: "HTTPCode_ELB_5XX_Count vs HTTPCode_Target_5XX_Count: the larger side is where to look.",
      resources: lbOnly(config),
    }),
  ];
};

/** Context hints per HTTP code; the advisor's rules with that code in `httpCodes` come on top. */
export const TROUBLESHOOT_HINTS: Record<number, Hint[]> = {
  400: [desyncStrictest],
  401: [authentication],
  403: [waf, fixedResponse(403)],
  408: [
    idleTimeout("The client has {idle} s of silence before the ALB answers 408 and closes the connection."),
  ],
  413: [lambda("Requests to Lambda targets are limited to 1 MB of body; larger ones get 413.")],
  460: [
    idleTimeout(
      "A 460 means the client hung up first. If clients (or a proxy in front) time out sooner than targets answer, they see errors while the ALB logs 460.",
    ),
    responseTime,
  ],
  464: [protocolVersionOverHttps],
  500: [waf, authentication, split5xx],
  502: [
    keepAliveUnknown,
    tlsToTargets,
    lambda("A Lambda error or an invalid response body shows as 502."),
    split5xx,
  ],
  503: [fixedResponse(503), split5xx],
  504: [responseTime, split5xx],
  505: [http2Disabled],
  561: [authentication],
};
