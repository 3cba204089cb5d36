import { describe, expect, it } from "vitest";

import { CERT_ARN, healthyAlbConfig } from "./alb-config.fixture";
import { findMisconfigurations } from "./misconfigurations";
import type { AlbConfig } from "./types";

const NOW = new Date("2026-08-01T00:00:00Z");
const ids = (config: AlbConfig) => findMisconfigurations(config, NOW).map((finding) => finding.id);

function modify(change: (config: AlbConfig) => void): AlbConfig {
  const config = healthyAlbConfig();
  change(config);
  return config;
}

describe("findMisconfigurations", () => {
  it("finds nothing wrong with a well-configured ALB", () => {
    expect(findMisconfigurations(healthyAlbConfig(), NOW)).toEqual([]);
  });

  it.each<[string, (config: AlbConfig) => void, string, string]>([
    ["fewer than 2 AZs", (c) => void c.loadBalancer.availabilityZones.pop(), "single-az", "critical"],
    [
      "a private subnet on an internet-facing ALB",
      (c) => void (c.subnets![0]!.isPublic = false),
      "private-subnet:subnet-a",
      "critical",
    ],
    [
      "an LB security group not admitting 443",
      (c) => void c.securityGroups![0]!.ingress.shift(),
      "lb-sg-port:443",
      "critical",
    ],
    [
      "a target SG not admitting the LB",
      (c) => void (c.securityGroups![1]!.ingress = []),
      "target-sg:web-tg:i-1:8080",
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
      "nacl-ephemeral:acl-1:inbound",
      "warning",
    ],
    [
      "an HTTP listener without redirect",
      (c) => void (c.listeners[1]!.defaultActions = c.listeners[0]!.defaultActions),
      "http-without-redirect:80",
      "warning",
    ],
    [
      "a legacy TLS policy",
      (c) => void (c.listeners[0]!.sslPolicy = "ELBSecurityPolicy-2016-08"),
      "legacy-tls:443",
      "warning",
    ],
    [
      "a pending certificate",
      (c) => void (c.certificates![0]!.status = "PENDING_VALIDATION"),
      `certificate-status:${CERT_ARN}`,
      "critical",
    ],
    [
      "a certificate expiring in 20 days",
      (c) => void (c.certificates![0]!.notAfter = "2026-08-21T00:00:00Z"),
      `certificate-expiry:${CERT_ARN}`,
      "warning",
    ],
    [
      "a certificate expiring in 3 days",
      (c) => void (c.certificates![0]!.notAfter = "2026-08-04T00:00:00Z"),
      `certificate-expiry:${CERT_ARN}`,
      "critical",
    ],
    [
      "an imported certificate",
      (c) => void (c.certificates![0]!.type = "IMPORTED"),
      `certificate-imported:${CERT_ARN}`,
      "info",
    ],
    [
      "a hostname the certificate does not cover",
      (c) => void (c.aliasRecords![0]!.name = "a.b.example.com"),
      "certificate-coverage:a.b.example.com",
      "warning",
    ],
    [
      "deletion protection off",
      (c) => void (c.attributes["deletion_protection.enabled"] = "false"),
      "deletion-protection-off",
      "warning",
    ],
    [
      "access logs off",
      (c) => void (c.attributes["access_logs.s3.enabled"] = "false"),
      "access-logs-off",
      "info",
    ],
    [
      "invalid headers not dropped",
      (c) => void delete c.attributes["routing.http.drop_invalid_header_fields.enabled"],
      "invalid-headers-kept",
      "info",
    ],
    [
      "desync mode monitor",
      (c) => void (c.attributes["routing.http.desync_mitigation_mode"] = "monitor"),
      "desync-monitor",
      "warning",
    ],
    [
      "a used TG with no targets",
      (c) => void (c.targetGroups[0]!.targets = []),
      "tg-empty:web-tg",
      "critical",
    ],
    [
      "all targets unhealthy",
      (c) => c.targetGroups[0]!.targets.forEach((t) => (t.state = "unhealthy")),
      "tg-all-unhealthy:web-tg",
      "critical",
    ],
    [
      "a health check answered by a redirect",
      (c) =>
        void Object.assign(c.targetGroups[0]!.targets[0]!, {
          state: "unhealthy",
          reasonCode: "Target.ResponseCodeMismatch",
        }),
      "tg-health-mismatch:web-tg",
      "warning",
    ],
    [
      "health-check timeout ≥ interval",
      (c) => void (c.targetGroups[0]!.healthCheck.timeoutSeconds = 30),
      "tg-health-timeout:web-tg",
      "warning",
    ],
    [
      "a TG no listener uses",
      (c) => void (c.listeners[0]!.defaultActions = c.listeners[1]!.defaultActions),
      "tg-unused:web-tg",
      "info",
    ],
    [
      "a reserved app-cookie prefix",
      (c) => void (c.targetGroups[0]!.attributes["stickiness.app_cookie.cookie_name"] = "AWSALBAPP-1"),
      "tg-reserved-cookie:web-tg",
      "critical",
    ],
    [
      "an alias pointing elsewhere",
      (c) => void (c.aliasRecords![0]!.aliasHostedZoneId = "Z2P70J7EXAMPLE"),
      "alias-mismatch:www.example.com",
      "critical",
    ],
    [
      "EvaluateTargetHealth on an empty TG",
      (c) => void (c.targetGroups[0]!.targets = []),
      "alias-evaluate-empty:www.example.com",
      "warning",
    ],
    [
      "target keep-alive shorter than idle timeout",
      (c) => void (c.targetKeepAliveSeconds = 5),
      "keep-alive-shorter-than-idle",
      "warning",
    ],
    [
      "ELB 502s without target 5XX",
      (c) => void (c.metrics = { elb502: 12, target5xx: 0 }),
      "elb-502-pattern",
      "warning",
    ],
  ])("flags %s", (_name, change, id, severity) => {
    const findings = findMisconfigurations(modify(change), NOW);
    expect(findings).toContainEqual(expect.objectContaining({ id, severity }));
  });

  it("sorts critical findings first", () => {
    const config = modify((c) => {
      c.attributes["access_logs.s3.enabled"] = "false";
      c.loadBalancer.availabilityZones.pop();
    });
    expect(ids(config)).toEqual(["single-az", "access-logs-off"]);
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
    expect(ids(config)).toContain("rules-quota");
  });
});
