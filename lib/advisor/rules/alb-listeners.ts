import { booleanAttribute } from "@/lib/alb/config-queries";
import type { AlbListener } from "@/lib/alb/types";
import { isLegacySslPolicyName } from "@/lib/aws/elbv2/ssl-policy-order";

import { defineAlbRule } from "../define-rule";
import { listenerRef, loadBalancerRef } from "../refs";

// Listeners and load balancer attributes.

function redirectsToHttps(listener: AlbListener): boolean {
  const action = listener.defaultActions.find((candidate) => candidate.spec);
  return action?.spec?.type === "redirect" && action.spec.protocol === "HTTPS";
}

export const httpWithoutRedirect = defineAlbRule(
  {
    id: "alb-http-without-https-redirect",
    severity: "warning",
    summary: "Internet-facing HTTP listener that does not redirect to HTTPS",
  },
  (config) =>
    config.loadBalancer.scheme !== "internet-facing"
      ? []
      : config.listeners
          .filter((listener) => listener.protocol === "HTTP" && !redirectsToHttps(listener))
          .map((listener) => ({
            subject: listener.arn,
            title: `HTTP listener on port ${listener.port} of ${config.loadBalancer.name} serves traffic unencrypted`,
            explanation:
              "Its default action answers plain HTTP instead of redirecting to HTTPS, so anyone on the path can read or change what users send and receive (cookies included).",
            recommendation: "Change the default action to a 301 redirect to HTTPS:443.",
            resources: [listenerRef(listener, config.loadBalancer), loadBalancerRef(config.loadBalancer)],
            fix: {
              kind: "listener-redirect-to-https",
              loadBalancerName: config.loadBalancer.name,
              listenerArn: listener.arn,
              port: listener.port,
            },
          })),
);

export const legacyTlsPolicy = defineAlbRule(
  {
    id: "alb-legacy-tls-policy",
    severity: "warning",
    summary: "HTTPS listener with a legacy security policy (TLS 1.0/1.1 or weak ciphers)",
  },
  (config) =>
    config.listeners
      .filter(
        (listener) =>
          listener.protocol === "HTTPS" && listener.sslPolicy && isLegacySslPolicyName(listener.sslPolicy),
      )
      .map((listener) => ({
        subject: listener.arn,
        title: `HTTPS:${listener.port} on ${config.loadBalancer.name} uses the legacy policy ${listener.sslPolicy}`,
        explanation:
          "The policy still negotiates TLS 1.0/1.1 or weak ciphers, which browsers and compliance scans flag.",
        recommendation: "Switch to ELBSecurityPolicy-TLS13-1-2-2021-06 (TLS 1.3 with 1.2 fallback).",
        resources: [listenerRef(listener, config.loadBalancer)],
      })),
);

export const deletionProtectionOff = defineAlbRule(
  { id: "alb-deletion-protection-off", severity: "warning", summary: "Deletion protection is off" },
  (config) =>
    booleanAttribute(config.attributes, "deletion_protection.enabled") === true
      ? []
      : [
          {
            subject: config.loadBalancer.arn,
            title: `Deletion protection is off on ${config.loadBalancer.name}`,
            explanation:
              "One wrong click or API call deletes the load balancer; its DNS name goes with it, and every alias to it stops answering.",
            recommendation: "Turn on deletion protection under Attributes.",
            resources: [loadBalancerRef(config.loadBalancer)],
          },
        ],
);

export const accessLogsOff = defineAlbRule(
  { id: "alb-access-logs-off", severity: "info", summary: "Access logs are off" },
  (config) =>
    booleanAttribute(config.attributes, "access_logs.s3.enabled") === true
      ? []
      : [
          {
            subject: config.loadBalancer.arn,
            title: `Access logs are off on ${config.loadBalancer.name}`,
            explanation:
              "Without them, elb_status_code and target_status_code cannot be told apart when users report errors.",
            recommendation: "Enable access logs to an S3 bucket.",
            resources: [loadBalancerRef(config.loadBalancer)],
          },
        ],
);

export const invalidHeadersKept = defineAlbRule(
  { id: "alb-invalid-headers-kept", severity: "info", summary: "Invalid HTTP header fields reach targets" },
  (config) =>
    booleanAttribute(config.attributes, "routing.http.drop_invalid_header_fields.enabled") === true
      ? []
      : [
          {
            subject: config.loadBalancer.arn,
            title: `${config.loadBalancer.name} passes invalid HTTP headers to targets`,
            explanation:
              "Headers whose names break the HTTP grammar reach the application; dropping them is the safer setting.",
            recommendation: "Enable 'Drop invalid header fields'.",
            resources: [loadBalancerRef(config.loadBalancer)],
          },
        ],
);

export const desyncMonitor = defineAlbRule(
  { id: "alb-desync-monitor-only", severity: "warning", summary: "Desync mitigation only monitors" },
  (config) =>
    config.attributes["routing.http.desync_mitigation_mode"] !== "monitor"
      ? []
      : [
          {
            subject: config.loadBalancer.arn,
            title: `Desync mitigation on ${config.loadBalancer.name} only monitors`,
            explanation:
              "In monitor mode the load balancer forwards ambiguous requests, so HTTP request smuggling attempts reach the targets.",
            recommendation: "Use defensive (the default) or strictest.",
            resources: [loadBalancerRef(config.loadBalancer)],
          },
        ],
);

export const ALB_LISTENER_RULES = [
  httpWithoutRedirect,
  legacyTlsPolicy,
  deletionProtectionOff,
  accessLogsOff,
  invalidHeadersKept,
  desyncMonitor,
];
