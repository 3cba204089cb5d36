import { describe, expect, it } from "vitest";

import { healthyAlbConfig } from "@/lib/alb/alb-config.fixture";
import type { AlbConfig } from "@/lib/alb/types";

import { albFindings } from "./alb-findings";

const NOW = new Date("2026-08-01T00:00:00Z");
const ids = (config: AlbConfig) => albFindings(config, NOW).map((finding) => finding.ruleId);

function modify(change: (config: AlbConfig) => void): AlbConfig {
  const config = healthyAlbConfig();
  change(config);
  return config;
}

describe("albFindings", () => {
  it("finds nothing wrong with a well-configured ALB", () => {
    expect(albFindings(healthyAlbConfig(), NOW)).toEqual([]);
  });

  it.each<[string, (config: AlbConfig) => void, string, string]>([
    ["fewer than 2 AZs", (c) => void c.loadBalancer.availabilityZones.pop(), "alb-single-az", "critical"],
    [
      "a private subnet on an internet-facing ALB",
      (c) => void (c.subnets![0]!.isPublic = false),
      "alb-private-subnet",
      "critical",
    ],
    [
      "an LB security group not admitting 443",
      (c) => void c.securityGroups![0]!.ingress.shift(),
      "alb-listener-port-blocked",
      "critical",
    ],
    [
      "a target SG not admitting the LB",
      (c) => void (c.securityGroups![1]!.ingress = []),
      "alb-target-port-blocked",
      "critical",
    ],
    [
      "a NACL denying ephemeral ports",
      (c) =>
        void c.networkAcls![0]!.entries.unshift({
          ruleNumber: 50,
          isEgress: false,
          protocol: "6",
          action: "deny",
          fromPort: 1024,
          toPort: 65535,
        }),
      "alb-nacl-blocks-ephemeral-ports",
      "critical",
    ],
    [
      "an HTTP listener without redirect",
      (c) => void (c.listeners[1]!.defaultActions = c.listeners[0]!.defaultActions),
      "alb-http-without-https-redirect",
      "warning",
    ],
    [
      "a legacy TLS policy",
      (c) => void (c.listeners[0]!.sslPolicy = "ELBSecurityPolicy-2016-08"),
      "alb-legacy-tls-policy",
      "warning",
    ],
    [
      "a pending certificate",
      (c) => void (c.certificates![0]!.status = "PENDING_VALIDATION"),
      "acm-certificate-not-issued-in-use",
      "critical",
    ],
    [
      "a certificate expiring in 20 days",
      (c) => void (c.certificates![0]!.notAfter = "2026-08-21T00:00:00Z"),
      "acm-certificate-expiring-in-use",
      "critical",
    ],
    [
      "a certificate expiring in 3 days",
      (c) => void (c.certificates![0]!.notAfter = "2026-08-04T00:00:00Z"),
      "acm-certificate-expiring-in-use",
      "critical",
    ],
    [
      "an imported certificate",
      (c) => void (c.certificates![0]!.type = "IMPORTED"),
      "acm-imported-certificate-in-use",
      "info",
    ],
    [
      "a hostname the certificate does not cover",
      (c) => void (c.aliasRecords![0]!.name = "a.b.example.com"),
      "acm-host-not-covered",
      "warning",
    ],
    [
      "deletion protection off",
      (c) => void (c.attributes["deletion_protection.enabled"] = "false"),
      "alb-deletion-protection-off",
      "warning",
    ],
    [
      "access logs off",
      (c) => void (c.attributes["access_logs.s3.enabled"] = "false"),
      "alb-access-logs-off",
      "info",
    ],
    [
      "invalid headers not dropped",
      (c) => void delete c.attributes["routing.http.drop_invalid_header_fields.enabled"],
      "alb-invalid-headers-kept",
      "info",
    ],
    [
      "desync mode monitor",
      (c) => void (c.attributes["routing.http.desync_mitigation_mode"] = "monitor"),
      "alb-desync-monitor-only",
      "warning",
    ],
    [
      "a used TG with no targets",
      (c) => void (c.targetGroups[0]!.targets = []),
      "alb-target-group-empty",
      "critical",
    ],
    [
      "all targets unhealthy",
      (c) => c.targetGroups[0]!.targets.forEach((t) => (t.state = "unhealthy")),
      "alb-all-targets-unhealthy",
      "critical",
    ],
    [
      "a health check answered by a redirect",
      (c) =>
        void Object.assign(c.targetGroups[0]!.targets[0]!, {
          state: "unhealthy",
          reasonCode: "Target.ResponseCodeMismatch",
        }),
      "alb-health-check-code-mismatch",
      "warning",
    ],
    [
      "health-check timeout ≥ interval",
      (c) => void (c.targetGroups[0]!.healthCheck.timeoutSeconds = 30),
      "alb-health-check-timeout-not-below-interval",
      "warning",
    ],
    [
      "a TG no listener uses",
      (c) => void (c.listeners[0]!.defaultActions = c.listeners[1]!.defaultActions),
      "elbv2-target-group-unused",
      "info",
    ],
    [
      "a reserved app-cookie prefix",
      (c) => void (c.targetGroups[0]!.attributes["stickiness.app_cookie.cookie_name"] = "AWSALBAPP-1"),
      "alb-reserved-stickiness-cookie",
      "critical",
    ],
    [
      "an alias pointing elsewhere",
      (c) => void (c.aliasRecords![0]!.aliasHostedZoneId = "Z2P70J7EXAMPLE"),
      "route53-alias-zone-id-mismatch",
      "critical",
    ],
    [
      "EvaluateTargetHealth on an empty TG",
      (c) => void (c.targetGroups[0]!.targets = []),
      "route53-alias-evaluates-empty-load-balancer",
      "warning",
    ],
    [
      "target keep-alive shorter than idle timeout",
      (c) => void (c.targetKeepAliveSeconds = 5),
      "alb-keep-alive-shorter-than-idle",
      "critical",
    ],
    [
      "ELB 502s without target 5XX",
      (c) => void (c.metrics = { elb502: 12, target5xx: 0 }),
      "alb-502-without-target-5xx",
      "warning",
    ],
  ])("flags %s", (_name, change, id, severity) => {
    const findings = albFindings(modify(change), NOW);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: id, severity }));
  });

  it("sorts critical findings first", () => {
    const config = modify((c) => {
      c.attributes["access_logs.s3.enabled"] = "false";
      c.loadBalancer.availabilityZones.pop();
    });
    expect(ids(config)).toEqual(["alb-single-az", "alb-access-logs-off"]);
  });

  it("flags near-quota rule counts", () => {
    const config = modify((c) => {
      c.listeners[0]!.rules = Array.from({ length: 85 }, (_, i) => ({
        arn: `r${i}`,
        priority: i + 1,
        isDefault: false,
        conditions: [],
        actions: [],
      }));
    });
    expect(ids(config)).toContain("alb-rules-near-quota");
  });
});
