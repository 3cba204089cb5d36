import { ACMClient } from "@aws-sdk/client-acm";
import { EC2Client } from "@aws-sdk/client-ec2";
import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  ListHostedZonesCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";

import { gatherAdvisorSnapshot } from "./gather-snapshot";

const elb = mockClient(ElasticLoadBalancingV2Client);
const ec2 = mockClient(EC2Client);
const acm = mockClient(ACMClient);
const r53 = mockClient(Route53Client);

const arn = (kind: string, name: string) => `arn:aws:elasticloadbalancing:us-east-1:1:${kind}/${name}`;
const loadBalancer = (name: string) => ({
  LoadBalancerArn: arn("loadbalancer/app", name),
  LoadBalancerName: name,
  Type: "application" as const,
  State: { Code: "active" as const },
  VpcId: "vpc-1",
  DNSName: `${name}.us-east-1.elb.amazonaws.com`,
});
const targetGroup = (name: string) => ({
  TargetGroupArn: arn("targetgroup", name),
  TargetGroupName: name,
  Protocol: "HTTP" as const,
  Port: 80,
  VpcId: "vpc-1",
});
// What AWS answers for a resource deleted after the listing named it.
const gone = (name: string) =>
  Object.assign(new Error("One or more not found"), { name, $metadata: { httpStatusCode: 400 } });

beforeEach(() => {
  // Anything not set below answers empty.
  elb.reset().onAnyCommand().resolves({});
  ec2.reset().onAnyCommand().resolves({});
  acm.reset().onAnyCommand().resolves({});
  r53.reset().onAnyCommand().resolves({});
  elb
    .on(DescribeLoadBalancersCommand)
    .resolves({ LoadBalancers: [loadBalancer("kept"), loadBalancer("gone")] });
  elb
    .on(DescribeTargetGroupsCommand)
    .resolves({ TargetGroups: [targetGroup("kept-tg"), targetGroup("gone-tg")] });
  elb.on(DescribeListenersCommand).resolves({ Listeners: [] });
  elb.on(DescribeTargetHealthCommand).resolves({ TargetHealthDescriptions: [] });
});

// Someone else's change between the listing and the per-resource reads is routine on a live account (and in e2e,
// where other specs delete load balancers while the advisor scans): it must not fail the whole scan.
describe("gatherAdvisorSnapshot, while resources are deleted under it", () => {
  it("leaves out a load balancer deleted after the listing instead of failing the scan", async () => {
    elb
      .on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: arn("loadbalancer/app", "gone") })
      .rejects(gone("LoadBalancerNotFoundException"));

    const snapshot = await gatherAdvisorSnapshot("us-east-1", { healthCheckStatuses: false });

    expect(snapshot.loadBalancers.map((config) => config.loadBalancer.name)).toEqual(["kept"]);
    expect(snapshot.unread).toBeUndefined();
  });

  it("leaves out a listener deleted before its rules were read, keeping its load balancer", async () => {
    elb.on(DescribeListenersCommand).resolves({
      Listeners: [
        { ListenerArn: "l-kept", Protocol: "HTTP", Port: 80, DefaultActions: [{ Type: "fixed-response" }] },
        { ListenerArn: "l-gone", Protocol: "HTTP", Port: 8080, DefaultActions: [{ Type: "fixed-response" }] },
      ],
    });
    elb.on(DescribeRulesCommand, { ListenerArn: "l-gone" }).rejects(gone("ListenerNotFoundException"));

    const snapshot = await gatherAdvisorSnapshot("us-east-1", { healthCheckStatuses: false });

    for (const config of snapshot.loadBalancers)
      expect(config.listeners.map((listener) => listener.arn)).toEqual(["l-kept"]);
  });

  it("leaves out a target group deleted after the listing", async () => {
    elb
      .on(DescribeTargetHealthCommand, { TargetGroupArn: arn("targetgroup", "gone-tg") })
      .rejects(gone("TargetGroupNotFoundException"));

    const snapshot = await gatherAdvisorSnapshot("us-east-1", { healthCheckStatuses: false });

    expect(snapshot.targetGroups.map((group) => group.name)).toEqual(["kept-tg"]);
  });

  it("leaves out a hosted zone deleted after the listing; the other zones stay read", async () => {
    r53.on(ListHostedZonesCommand).resolves({
      HostedZones: [
        { Id: "/hostedzone/ZKEPT", Name: "kept.example.", CallerReference: "a" },
        { Id: "/hostedzone/ZGONE", Name: "gone.example.", CallerReference: "b" },
      ],
      IsTruncated: false,
    });
    r53.on(ListResourceRecordSetsCommand).resolves({ ResourceRecordSets: [], IsTruncated: false });
    r53.on(ListResourceRecordSetsCommand, { HostedZoneId: "ZGONE" }).rejects(gone("NoSuchHostedZone"));

    const snapshot = await gatherAdvisorSnapshot("us-east-1", { healthCheckStatuses: false });

    expect(snapshot.zones.map(({ zone }) => zone.name)).toEqual(["kept.example."]);
    expect(snapshot.unread).toBeUndefined();
  });
});
