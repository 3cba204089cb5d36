import {
  aliasRecord,
  aRecord,
  certificate,
  cnameRecord,
  healthCheck,
  recordsOf as records,
  type RuleCase,
  zone,
} from "../snapshot.fixture";

// A trigger and a near miss for each certificate and Route 53 rule, on the clean snapshot of ../snapshot.fixture.ts.

const weighted = (id: string, weight: number, extra = {}) =>
  aRecord("api.example.com.", ["203.0.113.1"], { SetIdentifier: id, Weight: weight, ...extra });

export const DNS_RULE_CASES: Record<string, RuleCase> = {
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
};
