import { beforeEach, describe, expect, it, vi } from "vitest";

import type { MetricSeries } from "@/lib/aws/cloudwatch/types";
import { AwsError } from "@/lib/aws/errors";

import { CERT_ARN, healthyAlbConfig, LB_ARN, TG_ARN } from "./alb-config.fixture";
import { aliasRecordsPointingAt, assembleAlbConfig, metricSnapshot, readAlbConfig } from "./assemble-config";
import { findMisconfigurations } from "./misconfigurations";
import { diagnose } from "./troubleshoot/diagnose";

const reads = vi.hoisted(() => ({
  listLoadBalancers: vi.fn(),
  getLoadBalancerAttributes: vi.fn(),
  listListeners: vi.fn(),
  listRules: vi.fn(),
  listTargetGroupsWithHealth: vi.fn(),
  listSubnets: vi.fn(),
  listInstances: vi.fn(),
  listNetworkAcls: vi.fn(),
  listSecurityGroups: vi.fn(),
  getCertificate: vi.fn(),
  listHostedZones: vi.fn(),
  listAllRecordSets: vi.fn(),
  getAlbMetricsLastHour: vi.fn(),
}));

vi.mock("@/lib/aws/elbv2/load-balancers", () => ({
  listLoadBalancers: reads.listLoadBalancers,
  getLoadBalancerAttributes: reads.getLoadBalancerAttributes,
}));
vi.mock("@/lib/aws/elbv2/listeners", () => ({ listListeners: reads.listListeners }));
vi.mock("@/lib/aws/elbv2/rules", () => ({ listRules: reads.listRules }));
vi.mock("@/lib/aws/elbv2/target-groups", () => ({
  listTargetGroupsWithHealth: reads.listTargetGroupsWithHealth,
}));
vi.mock("@/lib/aws/ec2/subnets", () => ({ listSubnets: reads.listSubnets }));
vi.mock("@/lib/aws/ec2/instances", () => ({ listInstances: reads.listInstances }));
vi.mock("@/lib/aws/ec2/network-acls", () => ({ listNetworkAcls: reads.listNetworkAcls }));
vi.mock("@/lib/aws/ec2/security-groups", () => ({ listSecurityGroups: reads.listSecurityGroups }));
vi.mock("@/lib/aws/acm/certificates", () => ({ getCertificate: reads.getCertificate }));
vi.mock("@/lib/aws/route53/hosted-zones", () => ({ listHostedZones: reads.listHostedZones }));
vi.mock("@/lib/aws/route53/list-record-sets", () => ({ listAllRecordSets: reads.listAllRecordSets }));
vi.mock("@/lib/aws/cloudwatch/metrics", () => ({ getAlbMetricsLastHour: reads.getAlbMetricsLastHour }));

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

describe("readAlbConfig", () => {
  const instance = {
    id: "i-1",
    state: "running",
    securityGroupIds: ["sg-targets"],
    subnetId: "subnet-a",
    availabilityZone: "us-east-1a",
  };

  beforeEach(() => {
    vi.clearAllMocks();
    const { rules: _rules, ...listener } = base.listeners[0]!;
    reads.listLoadBalancers.mockResolvedValue([lb]);
    reads.getLoadBalancerAttributes.mockResolvedValue(base.attributes);
    reads.listListeners.mockResolvedValue([listener]);
    reads.listRules.mockResolvedValue([]);
    reads.listTargetGroupsWithHealth.mockResolvedValue(base.targetGroups);
    reads.listSubnets.mockResolvedValue([]);
    reads.listInstances.mockResolvedValue([instance]);
    reads.listNetworkAcls.mockResolvedValue([]);
    reads.listSecurityGroups.mockResolvedValue([]);
    reads.getCertificate.mockResolvedValue(undefined);
    reads.listHostedZones.mockResolvedValue([
      { id: "Z1", name: "example.com.", isPrivate: false, recordCount: 3 },
    ]);
    reads.listAllRecordSets.mockResolvedValue([
      {
        Name: "www.example.com.",
        Type: "A",
        AliasTarget: {
          DNSName: `${lb.dnsName}.`,
          HostedZoneId: lb.canonicalHostedZoneId,
          EvaluateTargetHealth: false,
        },
      },
    ]);
    reads.getAlbMetricsLastHour.mockResolvedValue([series("HTTPCode_ELB_5XX_Count", "Sum", [3])]);
  });

  it("reads the ALB's parts and the security groups of the LB and of the registered instances", async () => {
    const result = await readAlbConfig("us-east-1", "web");

    expect(reads.listLoadBalancers).toHaveBeenCalledWith("us-east-1", { names: ["web"] });
    expect(reads.listTargetGroupsWithHealth).toHaveBeenCalledWith("us-east-1", { loadBalancerArn: LB_ARN });
    expect(reads.listSubnets).toHaveBeenCalledWith("us-east-1", { subnetIds: ["subnet-a", "subnet-b"] });
    expect(reads.listSecurityGroups).toHaveBeenCalledWith("us-east-1", { groupIds: ["sg-lb", "sg-targets"] });
    expect(reads.getCertificate).toHaveBeenCalledWith("us-east-1", CERT_ARN);
    expect(reads.getAlbMetricsLastHour).toHaveBeenCalledWith("us-east-1", LB_ARN, {
      targetGroupArns: [TG_ARN],
    });
    expect(result?.unread).toEqual([]);
    expect(result?.config.aliasRecords).toEqual([
      expect.objectContaining({ zoneId: "Z1", name: "www.example.com", type: "A" }),
    ]);
    expect(result?.config.instances).toEqual([instance]);
    expect(result?.config.metrics?.elb5xx).toBe(3);
  });

  it("lists a failed optional read as unread and leaves that part out, so its checks stay silent", async () => {
    reads.listNetworkAcls.mockRejectedValue(
      new AwsError({
        kind: "access-denied",
        code: "UnauthorizedOperation",
        message: "Not allowed to read the network ACLs.",
      }),
    );

    const result = await readAlbConfig("us-east-1", "web", { aliasRecords: false });

    expect(result?.unread).toEqual([
      { part: "network ACLs", message: "Not allowed to read the network ACLs." },
    ]);
    expect(result?.config).not.toHaveProperty("networkAcls");
    expect(reads.listHostedZones).not.toHaveBeenCalled();
    // The assembled config feeds the checks as is.
    expect(() => findMisconfigurations(result!.config)).not.toThrow();
    expect(Array.isArray(diagnose(504, result!.config))).toBe(true);
  });

  it("returns undefined when no ALB has the name", async () => {
    // listLoadBalancers answers [] for a name AWS does not know (see lib/aws/elbv2).
    reads.listLoadBalancers.mockResolvedValue([]);
    await expect(readAlbConfig("us-east-1", "nope")).resolves.toBeUndefined();
  });
});
