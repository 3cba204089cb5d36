import { describe, expect, it } from "vitest";

import { CERT_ARN, LB_ARN, TG_ARN } from "@/lib/alb/alb-config.fixture";
import type { AlbConfig } from "@/lib/alb/types";

import { runAdvisor } from "../scan";
import {
  aliasRecord,
  aRecord,
  certificate,
  cleanSnapshot,
  cnameRecord,
  healthCheck,
  ruleIdsOf,
  zone,
} from "../snapshot.fixture";
import type { AdvisorSnapshot } from "../types";
import { ADVISOR_RULES } from "./index";

type Change = (snapshot: AdvisorSnapshot, alb: AlbConfig) => void;

const idsAfter = (change: Change) => ruleIdsOf(runAdvisor(cleanSnapshot(change)));
const records = (snapshot: AdvisorSnapshot) => snapshot.zones[0]!.records;
const weighted = (id: string, weight: number, extra = {}) =>
  aRecord("api.example.com.", ["203.0.113.1"], { SetIdentifier: id, Weight: weight, ...extra });
const rules = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    arn: `r${i}`,
    priority: i + 1,
    isDefault: false,
    conditions: [],
    actions: [],
  }));

/** For every rule: a change to the clean snapshot that triggers it, and a close one that must not. */
const CASES: Record<string, { triggers: Change; doesNot: Change }> = {
  "alb-single-az": {
    triggers: (_, alb) => void alb.loadBalancer.availabilityZones.pop(),
    doesNot: (_, alb) =>
      void alb.loadBalancer.availabilityZones.push({ zoneName: "us-east-1c", subnetId: "s-c" }),
  },
  "alb-private-subnet": {
    triggers: (_, alb) => void (alb.subnets![0]!.isPublic = false),
    doesNot: (_, alb) => {
      alb.subnets![0]!.isPublic = false;
      alb.loadBalancer.scheme = "internal";
    },
  },
  "alb-listener-port-blocked": {
    triggers: (_, alb) => void alb.securityGroups![0]!.ingress.shift(),
    doesNot: (_, alb) => void alb.securityGroups![0]!.ingress.reverse(),
  },
  "alb-target-port-blocked": {
    triggers: (_, alb) => void (alb.securityGroups![1]!.ingress = []),
    doesNot: (_, alb) => void (alb.securityGroups![1]!.ingress[0]!.toPort = 8090),
  },
  "alb-nacl-blocks-ephemeral-ports": {
    triggers: (_, alb) =>
      void alb.networkAcls![0]!.entries.unshift({
        ruleNumber: 10,
        isEgress: true,
        protocol: "6",
        action: "deny",
        fromPort: 1024,
        toPort: 65535,
      }),
    doesNot: (_, alb) =>
      void alb.networkAcls![0]!.entries.unshift({
        ruleNumber: 10,
        isEgress: true,
        protocol: "6",
        action: "deny",
        fromPort: 22,
        toPort: 22,
      }),
  },
  "alb-targets-open-to-internet": {
    triggers: (_, alb) => void alb.securityGroups![1]!.ingress[0]!.cidrs.push("0.0.0.0/0"),
    doesNot: (_, alb) => void alb.securityGroups![1]!.ingress[0]!.cidrs.push("10.0.0.0/16"),
  },
  "alb-http-without-https-redirect": {
    triggers: (_, alb) => void (alb.listeners[1]!.defaultActions = alb.listeners[0]!.defaultActions),
    doesNot: (_, alb) => {
      alb.listeners[1]!.defaultActions = alb.listeners[0]!.defaultActions;
      alb.loadBalancer.scheme = "internal";
    },
  },
  "alb-legacy-tls-policy": {
    triggers: (_, alb) => void (alb.listeners[0]!.sslPolicy = "ELBSecurityPolicy-2016-08"),
    doesNot: (_, alb) => void (alb.listeners[0]!.sslPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06"),
  },
  "alb-deletion-protection-off": {
    triggers: (_, alb) => void (alb.attributes["deletion_protection.enabled"] = "false"),
    doesNot: (_, alb) => void (alb.attributes["deletion_protection.enabled"] = "true"),
  },
  "alb-access-logs-off": {
    triggers: (_, alb) => void delete alb.attributes["access_logs.s3.enabled"],
    doesNot: (_, alb) => void (alb.attributes["access_logs.s3.enabled"] = "true"),
  },
  "alb-invalid-headers-kept": {
    triggers: (_, alb) => void (alb.attributes["routing.http.drop_invalid_header_fields.enabled"] = "false"),
    doesNot: () => undefined,
  },
  "alb-desync-monitor-only": {
    triggers: (_, alb) => void (alb.attributes["routing.http.desync_mitigation_mode"] = "monitor"),
    doesNot: (_, alb) => void (alb.attributes["routing.http.desync_mitigation_mode"] = "strictest"),
  },
  "elbv2-target-group-unused": {
    triggers: (snapshot, alb) =>
      void snapshot.targetGroups.push({
        ...alb.targetGroups[0]!,
        arn: "tg/spare",
        name: "spare",
        loadBalancerArns: [],
      }),
    doesNot: (_, alb) => void (alb.listeners[1]!.defaultActions = alb.listeners[0]!.defaultActions),
  },
  "alb-target-group-empty": {
    triggers: (_, alb) => void (alb.targetGroups[0]!.targets = []),
    doesNot: (_, alb) => void alb.targetGroups[0]!.targets.pop(),
  },
  "alb-all-targets-unhealthy": {
    triggers: (_, alb) => alb.targetGroups[0]!.targets.forEach((target) => (target.state = "unhealthy")),
    doesNot: (_, alb) => alb.targetGroups[0]!.targets.forEach((target) => (target.state = "draining")),
  },
  "alb-some-targets-unhealthy": {
    triggers: (_, alb) => void (alb.targetGroups[0]!.targets[0]!.state = "unhealthy"),
    doesNot: (_, alb) => void (alb.targetGroups[0]!.targets[0]!.state = "initial"),
  },
  "alb-health-check-code-mismatch": {
    triggers: (_, alb) => void (alb.targetGroups[0]!.targets[1]!.reasonCode = "Target.ResponseCodeMismatch"),
    doesNot: (_, alb) =>
      void (alb.targetGroups[0]!.targets[1]!.reasonCode = "Target.DeregistrationInProgress"),
  },
  "alb-health-check-timeout-not-below-interval": {
    triggers: (_, alb) => void (alb.targetGroups[0]!.healthCheck.timeoutSeconds = 30),
    doesNot: (_, alb) => void (alb.targetGroups[0]!.healthCheck.timeoutSeconds = 29),
  },
  "alb-reserved-stickiness-cookie": {
    triggers: (_, alb) =>
      void (alb.targetGroups[0]!.attributes["stickiness.app_cookie.cookie_name"] = "AWSALBTG"),
    doesNot: (_, alb) =>
      void (alb.targetGroups[0]!.attributes["stickiness.app_cookie.cookie_name"] = "session"),
  },
  "alb-deregistration-shorter-than-idle": {
    triggers: (_, alb) =>
      void (alb.targetGroups[0]!.attributes["deregistration_delay.timeout_seconds"] = "10"),
    doesNot: (_, alb) =>
      void (alb.targetGroups[0]!.attributes["deregistration_delay.timeout_seconds"] = "60"),
  },
  "alb-targets-outside-zones": {
    triggers: (_, alb) =>
      alb.targetGroups[0]!.targets.forEach((target) => (target.availabilityZone = "us-east-1f")),
    doesNot: (_, alb) => void (alb.targetGroups[0]!.targets[0]!.availabilityZone = "us-east-1f"),
  },
  "alb-grpc-or-http2-over-plain-http": {
    triggers: (_, alb) => {
      alb.targetGroups[0]!.protocolVersion = "GRPC";
      alb.listeners[1]!.defaultActions = alb.listeners[0]!.defaultActions;
    },
    doesNot: (_, alb) => void (alb.targetGroups[0]!.protocolVersion = "GRPC"),
  },
  "alb-target-in-groups-with-different-health-checks": {
    triggers: (snapshot, alb) => {
      const other = {
        ...alb.targetGroups[0]!,
        arn: "tg/other",
        name: "other",
        healthCheck: { enabled: true, path: "/ping" },
      };
      alb.targetGroups.push(other);
      alb.listeners[0]!.rules = [
        {
          arn: "rule/1",
          priority: 1,
          isDefault: false,
          conditions: [{ field: "path-pattern", values: ["/api/*"] }],
          actions: [
            {
              type: "forward",
              summary: "",
              spec: { type: "forward", targetGroups: [{ targetGroupArn: "tg/other" }] },
            },
          ],
        },
      ];
      snapshot.targetGroups = alb.targetGroups;
    },
    doesNot: (snapshot, alb) => {
      alb.targetGroups.push({ ...alb.targetGroups[0]!, arn: "tg/other", name: "other" });
      alb.listeners[0]!.rules = [
        {
          arn: "rule/1",
          priority: 1,
          isDefault: false,
          conditions: [{ field: "path-pattern", values: ["/api/*"] }],
          actions: [
            {
              type: "forward",
              summary: "",
              spec: { type: "forward", targetGroups: [{ targetGroupArn: "tg/other" }] },
            },
          ],
        },
      ];
      snapshot.targetGroups = alb.targetGroups;
    },
  },
  "alb-keep-alive-shorter-than-idle": {
    triggers: (_, alb) => void (alb.targetKeepAliveSeconds = 60),
    doesNot: (_, alb) => void (alb.targetKeepAliveSeconds = 75),
  },
  "alb-502-without-target-5xx": {
    triggers: (_, alb) => void (alb.metrics = { elb502: 3, target5xx: 0 }),
    doesNot: (_, alb) => void (alb.metrics = { elb502: 3, target5xx: 9 }),
  },
  "alb-targets-near-idle-timeout": {
    triggers: (_, alb) => void (alb.metrics = { targetResponseTimeP99: 55 }),
    doesNot: (_, alb) => void (alb.metrics = { targetResponseTimeP99: 2 }),
  },
  "alb-target-connection-errors": {
    triggers: (_, alb) => void (alb.metrics = { targetConnectionErrors: 4 }),
    doesNot: (_, alb) => void (alb.metrics = { targetConnectionErrors: 0 }),
  },
  "acm-certificate-not-issued-in-use": {
    triggers: (snapshot) => void (snapshot.certificates[0]!.status = "EXPIRED"),
    doesNot: (snapshot) => void (snapshot.certificates[0]!.notAfter = "2026-12-01T00:00:00Z"),
  },
  "acm-certificate-expiring-in-use": {
    triggers: (snapshot) => void (snapshot.certificates[0]!.notAfter = "2026-08-20T00:00:00Z"),
    doesNot: (snapshot) => void (snapshot.certificates[0]!.notAfter = "2026-09-02T00:00:00Z"),
  },
  "acm-imported-certificate-in-use": {
    triggers: (snapshot) => void (snapshot.certificates[0]!.type = "IMPORTED"),
    doesNot: (snapshot) => void (snapshot.certificates[0]!.type = "PRIVATE"),
  },
  "acm-certificate-unused": {
    triggers: (snapshot) => void snapshot.certificates.push(certificate("arn:cert/spare")),
    doesNot: (snapshot) =>
      void snapshot.certificates.push(
        certificate("arn:cert/cf", { inUseBy: ["arn:aws:cloudfront::1:distribution/E1"] }),
      ),
  },
  "acm-pending-without-validation-record": {
    triggers: (snapshot) =>
      void snapshot.certificates.push(
        certificate("arn:cert/new", {
          status: "PENDING_VALIDATION",
          domainName: "new.example.com",
          domainValidations: [
            {
              domainName: "new.example.com",
              validationMethod: "DNS",
              resourceRecord: {
                name: "_abc.new.example.com.",
                type: "CNAME",
                value: "_x.acm-validations.aws.",
              },
            },
          ],
        }),
      ),
    doesNot: (snapshot) => {
      snapshot.certificates.push(
        certificate("arn:cert/new", {
          status: "PENDING_VALIDATION",
          domainValidations: [
            {
              domainName: "new.example.com",
              validationMethod: "DNS",
              resourceRecord: {
                name: "_abc.new.example.com.",
                type: "CNAME",
                value: "_x.acm-validations.aws.",
              },
            },
          ],
        }),
      );
      records(snapshot).push(cnameRecord("_ABC.new.example.com.", "_x.acm-validations.aws."));
    },
  },
  "acm-wildcard-misses-routed-host": {
    triggers: (_, alb) =>
      void (alb.listeners[0]!.rules = [
        {
          arn: "rule/1",
          priority: 1,
          isDefault: false,
          conditions: [{ field: "host-header", values: ["a.b.example.com"] }],
          actions: [],
        },
      ]),
    doesNot: (_, alb) =>
      void (alb.listeners[0]!.rules = [
        {
          arn: "rule/1",
          priority: 1,
          isDefault: false,
          conditions: [{ field: "host-header", values: ["b.example.com"] }],
          actions: [],
        },
      ]),
  },
  "acm-host-not-covered": {
    triggers: (_, alb) => void (alb.aliasRecords![0]!.name = "shop.example.net"),
    doesNot: (_, alb) => void (alb.aliasRecords![0]!.name = "SHOP.example.com"),
  },
  "route53-alias-to-missing-load-balancer": {
    triggers: (snapshot) =>
      void records(snapshot).push(
        aliasRecord("old.example.com.", {
          dns: "old-9.us-east-1.elb.amazonaws.com.",
          zoneId: "Z35SXDOTRQ7X7K",
        }),
      ),
    doesNot: (snapshot) =>
      void records(snapshot).push(
        aliasRecord("eu.example.com.", {
          dns: "old-9.eu-west-1.elb.amazonaws.com.",
          zoneId: "Z32O12XQLNTSW2",
        }),
      ),
  },
  "route53-alias-zone-id-mismatch": {
    triggers: (snapshot) => void (records(snapshot)[0]!.AliasTarget!.HostedZoneId = "Z2P70J7EXAMPLE"),
    doesNot: (snapshot) =>
      void (records(snapshot)[0]!.AliasTarget!.DNSName = "WEB-1.us-east-1.elb.amazonaws.com"),
  },
  "route53-alias-evaluates-empty-load-balancer": {
    triggers: (_, alb) => void (alb.targetGroups[0]!.targets = []),
    doesNot: (snapshot, alb) => {
      alb.targetGroups[0]!.targets = [];
      records(snapshot)[0]!.AliasTarget!.EvaluateTargetHealth = false;
    },
  },
  "route53-failover-primary-without-health-check": {
    triggers: (snapshot) =>
      void records(snapshot).push(
        aRecord("f.example.com.", ["203.0.113.1"], { SetIdentifier: "p", Failover: "PRIMARY" }),
      ),
    doesNot: (snapshot) =>
      void records(snapshot).push(
        aRecord("f.example.com.", ["203.0.113.1"], { SetIdentifier: "s", Failover: "SECONDARY" }),
      ),
  },
  "route53-weighted-or-multivalue-without-health-checks": {
    triggers: (snapshot) =>
      void records(snapshot).push(weighted("a", 1, { HealthCheckId: "hc-a" }), weighted("b", 1)),
    doesNot: (snapshot) => void records(snapshot).push(weighted("a", 1)),
  },
  "route53-zero-weight-record-takes-all-on-failure": {
    triggers: (snapshot) =>
      void records(snapshot).push(
        weighted("a", 10, { HealthCheckId: "hc-a" }),
        weighted("z", 0, { HealthCheckId: "hc-z" }),
      ),
    doesNot: (snapshot) =>
      void records(snapshot).push(
        weighted("a", 10, { HealthCheckId: "hc-a" }),
        weighted("z", 0, { HealthCheckId: "hc-z", Weight: 5 }),
      ),
  },
  "route53-geolocation-without-default": {
    triggers: (snapshot) =>
      void records(snapshot).push(
        aRecord("g.example.com.", ["203.0.113.1"], {
          SetIdentifier: "de",
          GeoLocation: { CountryCode: "DE" },
        }),
      ),
    doesNot: (snapshot) =>
      void records(snapshot).push(
        aRecord("g.example.com.", ["203.0.113.1"], {
          SetIdentifier: "de",
          GeoLocation: { CountryCode: "DE" },
        }),
        aRecord("g.example.com.", ["203.0.113.2"], {
          SetIdentifier: "any",
          GeoLocation: { CountryCode: "*" },
        }),
      ),
  },
  "route53-latency-region-without-healthy-endpoint": {
    triggers: (snapshot) => {
      records(snapshot).push(
        aRecord("l.example.com.", ["203.0.113.1"], {
          SetIdentifier: "eu",
          Region: "eu-west-1",
          HealthCheckId: "hc-eu",
        }),
        aRecord("l.example.com.", ["203.0.113.2"], {
          SetIdentifier: "us",
          Region: "us-east-1",
          HealthCheckId: "hc-us",
        }),
      );
      snapshot.healthCheckStatuses = { "hc-eu": "unhealthy", "hc-us": "healthy" };
    },
    doesNot: (snapshot) => {
      records(snapshot).push(
        aRecord("l.example.com.", ["203.0.113.1"], {
          SetIdentifier: "eu",
          Region: "eu-west-1",
          HealthCheckId: "hc-eu",
        }),
        aRecord("l.example.com.", ["203.0.113.3"], { SetIdentifier: "eu2", Region: "eu-west-1" }),
      );
      snapshot.healthCheckStatuses = { "hc-eu": "unhealthy" };
    },
  },
  "route53-ttl-above-60-on-health-checked-record": {
    triggers: (snapshot) =>
      void records(snapshot).push(
        aRecord("t.example.com.", ["203.0.113.1"], { TTL: 300, HealthCheckId: "hc-t" }),
      ),
    doesNot: (snapshot) =>
      void records(snapshot).push(aRecord("t.example.com.", ["203.0.113.1"], { TTL: 300 })),
  },
  "route53-health-check-unused": {
    triggers: (snapshot) => void snapshot.healthChecks.push(healthCheck("hc-lost")),
    doesNot: (snapshot) => {
      snapshot.healthChecks.push(healthCheck("hc-used"));
      records(snapshot).push(aRecord("u.example.com.", ["203.0.113.1"], { HealthCheckId: "hc-used" }));
    },
  },
  "route53-private-ip-in-public-zone": {
    triggers: (snapshot) => void records(snapshot).push(aRecord("db.example.com.", ["10.0.3.4"])),
    doesNot: (snapshot) =>
      void snapshot.zones.push(
        zone("internal.", [aRecord("db.internal.", ["10.0.3.4"])], { isPrivate: true, id: "Z9" }),
      ),
  },
  "route53-cname-chain-leaves-zone": {
    triggers: (snapshot) =>
      void records(snapshot).push(
        cnameRecord("a.example.com.", "b.example.com."),
        cnameRecord("b.example.com.", "shop.example.net."),
      ),
    doesNot: (snapshot) => void records(snapshot).push(cnameRecord("a.example.com.", "shop.example.net.")),
  },
  "route53-zone-records-near-quota": {
    triggers: (snapshot) => void (snapshot.zones[0]!.zone.recordCount = 8_500),
    doesNot: (snapshot) => void (snapshot.zones[0]!.zone.recordCount = 7_999),
  },
  "route53-policy-records-near-quota": {
    triggers: (snapshot) =>
      void records(snapshot).push(
        ...Array.from({ length: 80 }, (_, i) => weighted(`w${i}`, 1, { HealthCheckId: "hc" })),
      ),
    doesNot: (snapshot) =>
      void records(snapshot).push(
        ...Array.from({ length: 79 }, (_, i) => weighted(`w${i}`, 1, { HealthCheckId: "hc" })),
      ),
  },
  "alb-rules-near-quota": {
    triggers: (_, alb) => void (alb.listeners[0]!.rules = rules(80)),
    doesNot: (_, alb) => void (alb.listeners[0]!.rules = rules(79)),
  },
  "alb-listener-certificates-near-quota": {
    triggers: (_, alb) =>
      void alb.listeners[0]!.certificates.push(
        ...Array.from({ length: 20 }, () => ({ certificateArn: CERT_ARN, isDefault: false })),
      ),
    doesNot: (_, alb) =>
      void alb.listeners[0]!.certificates.push(
        ...Array.from({ length: 19 }, () => ({ certificateArn: CERT_ARN, isDefault: false })),
      ),
  },
  "alb-forward-target-groups-at-quota": {
    triggers: (_, alb) => {
      const spec = alb.listeners[0]!.defaultActions[0]!.spec;
      if (spec?.type === "forward")
        spec.targetGroups = Array.from({ length: 5 }, () => ({ targetGroupArn: TG_ARN }));
    },
    doesNot: (_, alb) => {
      const spec = alb.listeners[0]!.defaultActions[0]!.spec;
      if (spec?.type === "forward")
        spec.targetGroups = Array.from({ length: 4 }, () => ({ targetGroupArn: TG_ARN }));
    },
  },
};

describe("advisor rules", () => {
  it("finds nothing in a clean region", () => {
    expect(runAdvisor(cleanSnapshot())).toEqual([]);
  });

  it("has a case for every registered rule, and unique ids", () => {
    const ids = ADVISOR_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
  });

  it.each(Object.entries(CASES))(
    "%s: triggers on its case and not on the near miss",
    (id, { triggers, doesNot }) => {
      const findings = runAdvisor(cleanSnapshot(triggers)).filter((finding) => finding.ruleId === id);
      expect(findings.length).toBeGreaterThan(0);
      const rule = ADVISOR_RULES.find((candidate) => candidate.id === id)!;
      for (const finding of findings) {
        expect(finding).toMatchObject({ severity: rule.severity, service: rule.service });
        expect(finding.key.startsWith(`${id}:`)).toBe(true);
        expect(finding.explanation.length).toBeGreaterThan(40);
        expect(finding.resources.length).toBeGreaterThan(0);
        for (const resource of finding.resources) expect(resource.href).toMatch(/^\/[a-z-]+/);
      }
      expect(idsAfter(doesNot)).not.toContain(id);
    },
  );

  it("proposes the one-step fixes", () => {
    const byRule = (change: Change, id: string) =>
      runAdvisor(cleanSnapshot(change)).find((finding) => finding.ruleId === id)?.fix;
    expect(
      byRule(CASES["alb-http-without-https-redirect"]!.triggers, "alb-http-without-https-redirect"),
    ).toEqual({
      kind: "listener-redirect-to-https",
      loadBalancerName: "web",
      listenerArn: "listener/80",
      port: 80,
    });
    expect(byRule(CASES["elbv2-target-group-unused"]!.triggers, "elbv2-target-group-unused")).toEqual({
      kind: "delete-target-group",
      targetGroupArn: "tg/spare",
      targetGroupName: "spare",
    });
    expect(
      byRule(
        (snapshot) =>
          void records(snapshot).push(
            aRecord("t.example.com.", ["203.0.113.1"], {
              TTL: 300,
              HealthCheckId: "hc-t",
              SetIdentifier: "a",
              Weight: 1,
            }),
          ),
        "route53-ttl-above-60-on-health-checked-record",
      ),
    ).toEqual({
      kind: "set-record-ttl",
      zoneId: "Z1",
      name: "t.example.com.",
      type: "A",
      setIdentifier: "a",
      ttl: 60,
    });
  });

  it("links each resource to its console page", () => {
    const findings = runAdvisor(
      cleanSnapshot((snapshot) => {
        snapshot.certificates[0]!.notAfter = "2026-08-20T00:00:00Z";
        records(snapshot).push(
          aRecord("t.example.com.", ["203.0.113.1"], {
            TTL: 300,
            HealthCheckId: "hc-t",
            SetIdentifier: "a b",
          }),
        );
      }),
    );
    const hrefs = findings.flatMap((finding) => finding.resources.map((resource) => resource.href));
    expect(hrefs).toContain("/certificates/c1");
    expect(hrefs).toContain("/load-balancers/web");
    expect(hrefs).toContain("/hosted-zones/Z1/records/edit?key=t.example.com.%7CA%7Ca%20b");
    expect(LB_ARN).toContain("loadbalancer/app/web");
  });
});
