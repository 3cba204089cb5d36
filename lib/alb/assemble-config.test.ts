import { describe, expect, it } from "vitest";

import type { MetricSeries } from "@/lib/aws/cloudwatch/types";

import { CERT_ARN, healthyAlbConfig } from "./alb-config.fixture";
import { aliasRecordsPointingAt, assembleAlbConfig, metricSnapshot } from "./assemble-config";

const base = healthyAlbConfig();
const lb = base.loadBalancer;

function series(
  metric: MetricSeries["metric"],
  stat: MetricSeries["stat"],
  values: number[],
  targetGroup?: string,
): MetricSeries {
  const points = values.map((value, index) => ({ timestamp: new Date(index * 60_000).toISOString(), value }));
  const aggregate =
    values.length === 0
      ? undefined
      : stat === "Sum"
        ? values.reduce((a, b) => a + b, 0)
        : stat === "Maximum"
          ? Math.max(...values)
          : values.reduce((a, b) => a + b, 0) / values.length;
  return {
    metric,
    stat,
    points,
    ...(targetGroup ? { targetGroup } : {}),
    ...(aggregate !== undefined ? { aggregate } : {}),
  };
}

describe("aliasRecordsPointingAt", () => {
  const zone = { id: "Z1", isPrivate: false };

  it("finds A/AAAA aliases (with or without dualstack. and the trailing dot) and CNAMEs to the ALB", () => {
    const refs = aliasRecordsPointingAt(lb, zone, [
      {
        Name: "www.example.com.",
        Type: "A",
        AliasTarget: {
          DNSName: `dualstack.${lb.dnsName}.`,
          HostedZoneId: "Z35SXDOTRQ7X7K",
          EvaluateTargetHealth: true,
        },
      },
      {
        Name: "www.example.com.",
        Type: "AAAA",
        AliasTarget: { DNSName: lb.dnsName.toUpperCase(), HostedZoneId: "ZWRONG" },
      },
      { Name: "old.example.com.", Type: "CNAME", ResourceRecords: [{ Value: lb.dnsName }] },
      {
        Name: "other.example.com.",
        Type: "A",
        AliasTarget: { DNSName: "other-1.us-east-1.elb.amazonaws.com.", HostedZoneId: "Z35SXDOTRQ7X7K" },
      },
      { Name: "example.com.", Type: "TXT", ResourceRecords: [{ Value: lb.dnsName }] },
    ]);
    expect(refs).toEqual([
      {
        zoneId: "Z1",
        zoneIsPrivate: false,
        name: "www.example.com",
        type: "A",
        aliasDnsName: `dualstack.${lb.dnsName}.`,
        aliasHostedZoneId: "Z35SXDOTRQ7X7K",
        evaluateTargetHealth: true,
      },
      {
        zoneId: "Z1",
        zoneIsPrivate: false,
        name: "www.example.com",
        type: "AAAA",
        aliasDnsName: lb.dnsName.toUpperCase(),
        aliasHostedZoneId: "ZWRONG",
      },
      { zoneId: "Z1", zoneIsPrivate: false, name: "old.example.com", type: "CNAME" },
    ]);
  });
});

describe("metricSnapshot", () => {
  it("splits ELB and target 5XX, averages response time and keeps unhealthy hosts per target group", () => {
    const snapshot = metricSnapshot([
      series("HTTPCode_ELB_5XX_Count", "Sum", [1, 2, 3]),
      series("HTTPCode_Target_5XX_Count", "Sum", [4]),
      series("TargetResponseTime", "Average", [0.1, 0.3]),
      series("TargetResponseTime", "p99", [2]),
      series("UnHealthyHostCount", "Maximum", [0, 2, 1], "web-tg"),
    ]);
    expect(snapshot).toEqual({
      elb5xx: 6,
      target5xx: 4,
      targetResponseTimeAvg: 0.2,
      targetResponseTimeP99: 2,
      unhealthyHosts: { "web-tg": 2 },
    });
  });

  it("reads a count without data points as 0 once the load balancer reported anything, else as unknown", () => {
    expect(
      metricSnapshot([
        series("HTTPCode_ELB_5XX_Count", "Sum", [5]),
        series("HTTPCode_Target_5XX_Count", "Sum", []),
      ]),
    ).toMatchObject({ elb5xx: 5, target5xx: 0 });
    expect(
      metricSnapshot([
        series("HTTPCode_ELB_5XX_Count", "Sum", []),
        series("HTTPCode_Target_5XX_Count", "Sum", []),
      ]),
    ).toEqual({});
  });
});

describe("assembleAlbConfig", () => {
  it("attaches non-default rules to their listeners and keeps only the ALB's subnets and the listeners' certificates", () => {
    const [https, http] = base.listeners;
    const rule = { arn: "rule/1", priority: 10, isDefault: false, conditions: [], actions: [] };
    const defaultRule = {
      arn: "rule/default",
      priority: "default" as const,
      isDefault: true,
      conditions: [],
      actions: [],
    };
    const subnet = (id: string, zone: string) => ({
      id,
      vpcId: "vpc-1",
      availabilityZone: zone,
      cidrBlock: "10.0.0.0/24",
      availableIpCount: 250,
      isPublic: true,
    });
    const cert = (arn: string) => ({
      arn,
      domainName: "www.example.com",
      subjectAlternativeNames: [],
      status: "ISSUED" as const,
      type: "AMAZON_ISSUED" as const,
      inUseBy: [],
      domainValidations: [],
    });

    const config = assembleAlbConfig({
      loadBalancer: lb,
      attributes: base.attributes,
      listeners: base.listeners.map(({ rules: _rules, ...listener }) => listener),
      rulesByListener: { [https!.arn]: [rule, defaultRule] },
      targetGroups: base.targetGroups,
      subnets: [
        subnet("subnet-a", "us-east-1a"),
        subnet("subnet-b", "us-east-1b"),
        subnet("subnet-private", "us-east-1a"),
      ],
      certificates: [cert(CERT_ARN), cert("arn:aws:acm:us-east-1:1:certificate/unused")],
      metrics: [series("HTTPCode_ELB_5XX_Count", "Sum", [2])],
    });

    expect(config.listeners.map((listener) => [listener.port, listener.rules.map((r) => r.arn)])).toEqual([
      [https!.port, ["rule/1"]],
      [http!.port, []],
    ]);
    expect(config.subnets?.map((s) => s.id)).toEqual(["subnet-a", "subnet-b"]);
    expect(config.certificates?.map((c) => c.arn)).toEqual([CERT_ARN]);
    expect(config.metrics).toEqual({ elb5xx: 2, target5xx: 0 });
    expect(config).not.toHaveProperty("networkAcls");
    expect(config).not.toHaveProperty("aliasRecords");
  });
});
