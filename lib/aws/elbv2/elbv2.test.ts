import {
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeSSLPoliciesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";

import { listListeners } from "./listeners";
import { listLoadBalancers, listLoadBalancersWithListeners } from "./load-balancers";
import { listRules } from "./rules";
import { listSslPolicies } from "./ssl-policies";
import { describeTargetHealth, listTargetGroups } from "./target-groups";

const elb = mockClient(ElasticLoadBalancingV2Client);
const LB = "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/abc";
const TG = "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web-tg/def";

beforeEach(() => elb.reset());

describe("listLoadBalancersWithListeners", () => {
  it("pages through ALBs, skips NLBs and adds listeners with SNI certificates", async () => {
    elb
      .on(DescribeLoadBalancersCommand)
      .resolvesOnce({
        LoadBalancers: [
          {
            LoadBalancerArn: LB,
            LoadBalancerName: "web",
            Type: "application",
            State: { Code: "active" },
            AvailabilityZones: [{ ZoneName: "us-east-1a", SubnetId: "subnet-a" }],
          },
        ],
        NextMarker: "m",
      })
      .resolvesOnce({ LoadBalancers: [{ LoadBalancerArn: "nlb", Type: "network" }] });
    elb.on(DescribeListenersCommand).resolves({
      Listeners: [
        {
          ListenerArn: "l443",
          LoadBalancerArn: LB,
          Protocol: "HTTPS",
          Port: 443,
          SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
          Certificates: [{ CertificateArn: "c-default" }],
          DefaultActions: [{ Type: "forward", TargetGroupArn: TG }],
        },
        {
          ListenerArn: "l80",
          LoadBalancerArn: LB,
          Protocol: "HTTP",
          Port: 80,
          DefaultActions: [
            { Type: "redirect", RedirectConfig: { StatusCode: "HTTP_301", Protocol: "HTTPS", Port: "443" } },
          ],
        },
      ],
    });
    elb.on(DescribeListenerCertificatesCommand).resolves({
      Certificates: [
        { CertificateArn: "c-default", IsDefault: true },
        { CertificateArn: "c-sni", IsDefault: false },
      ],
    });

    const [lb, ...rest] = await listLoadBalancersWithListeners("us-east-1");
    expect(rest).toEqual([]);
    expect(lb).toMatchObject({
      name: "web",
      state: "active",
      availabilityZones: [{ zoneName: "us-east-1a", subnetId: "subnet-a" }],
    });
    expect(lb?.listeners.map((l) => [l.port, l.defaultActions[0]?.summary])).toEqual([
      [80, "redirect 301 → HTTPS:443"],
      [443, "forward → web-tg"],
    ]);
    expect(lb?.listeners[1]?.certificates).toEqual([
      { certificateArn: "c-default", isDefault: true },
      { certificateArn: "c-sni", isDefault: false },
    ]);
  });
});

describe("listListeners", () => {
  it("summarises weighted forwards", async () => {
    elb.on(DescribeListenersCommand).resolves({
      Listeners: [
        {
          ListenerArn: "l",
          Protocol: "HTTP",
          Port: 80,
          DefaultActions: [
            {
              Type: "forward",
              ForwardConfig: {
                TargetGroups: [
                  { TargetGroupArn: TG, Weight: 90 },
                  { TargetGroupArn: "arn:x:targetgroup/canary/1", Weight: 10 },
                ],
              },
            },
          ],
        },
      ],
    });
    const [listener] = await listListeners("us-east-1", LB);
    expect(listener?.defaultActions[0]?.summary).toBe("forward → web-tg (90%), canary (10%)");
  });
});

describe("listRules", () => {
  it("orders by priority with the default rule last and maps conditions", async () => {
    elb.on(DescribeRulesCommand).resolves({
      Rules: [
        {
          RuleArn: "d",
          Priority: "default",
          IsDefault: true,
          Actions: [{ Type: "fixed-response", FixedResponseConfig: { StatusCode: "404" } }],
        },
        {
          RuleArn: "r20",
          Priority: "20",
          Conditions: [{ Field: "host-header", HostHeaderConfig: { Values: ["api.example.com"] } }],
          Actions: [{ Type: "forward", TargetGroupArn: TG }],
        },
        {
          RuleArn: "r5",
          Priority: "5",
          Conditions: [
            { Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "X-Canary", Values: ["1"] } },
          ],
          Actions: [{ Type: "forward", TargetGroupArn: TG }],
        },
      ],
    });
    const rules = await listRules("us-east-1", "l");
    expect(rules.map((rule) => rule.priority)).toEqual([5, 20, "default"]);
    expect(rules[0]?.conditions).toEqual([{ field: "http-header", headerName: "X-Canary", values: ["1"] }]);
    expect(rules[2]?.actions[0]?.summary).toBe("fixed response 404");
  });
});

describe("describeTargetHealth", () => {
  it("returns state, reason code and description per target", async () => {
    elb.on(DescribeTargetHealthCommand).resolves({
      TargetHealthDescriptions: [
        {
          Target: { Id: "i-1", Port: 80 },
          HealthCheckPort: "80",
          TargetHealth: {
            State: "unhealthy",
            Reason: "Target.ResponseCodeMismatch",
            Description: "Health checks failed with these codes: [302]",
          },
        },
      ],
    });
    expect(await describeTargetHealth("us-east-1", TG)).toEqual([
      {
        targetId: "i-1",
        port: 80,
        availabilityZone: undefined,
        healthCheckPort: "80",
        state: "unhealthy",
        reasonCode: "Target.ResponseCodeMismatch",
        description: "Health checks failed with these codes: [302]",
      },
    ]);
  });
});

describe("listSslPolicies", () => {
  it("follows NextMarker, puts TLS 1.3 first and flags legacy policies", async () => {
    elb
      .on(DescribeSSLPoliciesCommand)
      .resolvesOnce({
        SslPolicies: [{ Name: "ELBSecurityPolicy-2016-08", SslProtocols: ["TLSv1", "TLSv1.1", "TLSv1.2"] }],
        NextMarker: "n",
      })
      .resolvesOnce({
        SslPolicies: [
          { Name: "ELBSecurityPolicy-TLS-1-2-2017-01", SslProtocols: ["TLSv1.2"] },
          { Name: "ELBSecurityPolicy-TLS13-1-2-2021-06", SslProtocols: ["TLSv1.2", "TLSv1.3"] },
        ],
      });
    const policies = await listSslPolicies("us-east-1");
    expect(policies.map((p) => [p.name, p.isLegacy, p.minimumProtocol])).toEqual([
      ["ELBSecurityPolicy-TLS13-1-2-2021-06", false, "TLSv1.2"],
      ["ELBSecurityPolicy-TLS-1-2-2017-01", false, "TLSv1.2"],
      ["ELBSecurityPolicy-2016-08", true, "TLSv1"],
    ]);
  });

  it("maps errors to AwsError", async () => {
    elb
      .on(DescribeSSLPoliciesCommand)
      .rejects(Object.assign(new Error("denied"), { name: "AccessDenied", $metadata: {} }));
    await expect(listSslPolicies("us-east-1")).rejects.toMatchObject({
      name: "AwsError",
      kind: "access-denied",
    });
  });
});

describe("lookups by name or ARN", () => {
  const notFound = (name: string) =>
    Object.assign(new Error("One or more not found"), { name, $metadata: { httpStatusCode: 400 } });

  it("return [] when AWS answers LoadBalancerNotFound for the names asked", async () => {
    elb.on(DescribeLoadBalancersCommand).rejects(notFound("LoadBalancerNotFoundException"));
    await expect(listLoadBalancers("us-east-1", { names: ["gone"] })).resolves.toEqual([]);
  });

  it("return [] when AWS answers TargetGroupNotFound for the ARNs asked", async () => {
    elb.on(DescribeTargetGroupsCommand).rejects(notFound("TargetGroupNotFoundException"));
    await expect(listTargetGroups("us-east-1", { arns: [TG] })).resolves.toEqual([]);
  });

  it("still fail on not-found when nothing was asked by name (a broken listing is not an empty region)", async () => {
    elb.on(DescribeLoadBalancersCommand).rejects(notFound("LoadBalancerNotFoundException"));
    await expect(listLoadBalancers("us-east-1")).rejects.toMatchObject({ kind: "not-found" });
  });
});
