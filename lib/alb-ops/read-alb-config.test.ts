import { beforeEach, describe, expect, it, vi } from "vitest";

import type { MetricSeries } from "@/lib/aws/cloudwatch/types";
import { AwsError } from "@/lib/aws/errors";

import { CERT_ARN, healthyAlbConfig, LB_ARN, TG_ARN } from "@/lib/alb/alb-config.fixture";
import { albFindings } from "@/lib/advisor/alb-findings";
import { explainHttpCode } from "@/lib/advisor/troubleshoot";

import { readAlbConfig } from "./read-alb-config";

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
    expect(() => albFindings(result!.config)).not.toThrow();
    expect(Array.isArray(explainHttpCode(504, result!.config))).toBe(true);
  });

  it("returns undefined when no ALB has the name", async () => {
    // listLoadBalancers answers [] for a name AWS does not know (see lib/aws/elbv2).
    reads.listLoadBalancers.mockResolvedValue([]);
    await expect(readAlbConfig("us-east-1", "nope")).resolves.toBeUndefined();
  });
});
