// Contract tests of the rollout's AWS adapters against mocked SDK clients: the error paths moto cannot produce.

import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import {
  ChangeResourceRecordSetsCommand,
  GetChangeCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";

import { AwsError } from "@/lib/aws/errors";
import { waitForChangeInSync } from "@/lib/aws/route53/weighted-set";

import { awsRolloutPorts, loadBalancerArnOfListener } from "./aws-ports";
import { WeightsDriftError } from "./ports";
import { RolloutRunner } from "./runner";
import { SqliteRolloutStore } from "./sqlite-store";
import { ALB_ARN, BLUE_TG, GREEN_TG, LISTENER_ARN, albPlan } from "./test-fixtures";

const elbv2 = mockClient(ElasticLoadBalancingV2Client);
const route53 = mockClient(Route53Client);
const cloudwatch = mockClient(CloudWatchClient);

function sdkError(name: string, message = name) {
  return Object.assign(new Error(message), {
    name,
    $fault: "client",
    $metadata: { httpStatusCode: 400, requestId: "req-1" },
  });
}

beforeEach(() => {
  elbv2.reset();
  route53.reset();
  cloudwatch.reset();
});

const DNS_TARGET = { kind: "route53-weighted" as const, zoneId: "Z1", name: "img.example.com.", type: "A" };
const blue: ResourceRecordSet = {
  Name: "img.example.com.",
  Type: "A",
  SetIdentifier: "blue",
  Weight: 255,
  TTL: 300,
  ResourceRecords: [{ Value: "192.0.2.1" }],
};
const green: ResourceRecordSet = {
  Name: "img.example.com.",
  Type: "A",
  SetIdentifier: "green",
  Weight: 0,
  TTL: 300,
  ResourceRecords: [{ Value: "192.0.2.2" }],
};

describe("Route 53 weighted set", () => {
  it("reads weights and TTL, and writes one batch of exact DELETEs + CREATEs carrying the new TTL", async () => {
    route53
      .on(ListResourceRecordSetsCommand)
      .resolves({ ResourceRecordSets: [blue, green], IsTruncated: false, MaxItems: 300 });
    route53
      .on(ChangeResourceRecordSetsCommand)
      .resolves({ ChangeInfo: { Id: "/change/C1", Status: "PENDING", SubmittedAt: new Date() } });
    const ports = awsRolloutPorts();

    expect(await ports.readWeights(DNS_TARGET)).toEqual({ weights: { blue: 255, green: 0 }, ttl: 300 });
    const result = await ports.writeWeights(DNS_TARGET, {
      expected: { blue: 255, green: 0 },
      weights: { blue: 204, green: 51 },
      ttl: 60,
      expectedTtl: 300,
    });
    expect(result).toEqual({ changeId: "C1" });

    const calls = route53.commandCalls(ChangeResourceRecordSetsCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input.ChangeBatch?.Changes).toEqual([
      { Action: "DELETE", ResourceRecordSet: { ...blue, Weight: 255, TTL: 300 } },
      { Action: "CREATE", ResourceRecordSet: { ...blue, Weight: 204, TTL: 60 } },
      { Action: "DELETE", ResourceRecordSet: { ...green, Weight: 0, TTL: 300 } },
      { Action: "CREATE", ResourceRecordSet: { ...green, Weight: 51, TTL: 60 } },
    ]);
  });

  it("turns InvalidChangeBatch on a stale DELETE into drift, with the weights AWS holds", async () => {
    route53.on(ListResourceRecordSetsCommand).resolves({
      ResourceRecordSets: [
        { ...blue, Weight: 100 },
        { ...green, Weight: 100 },
      ],
      IsTruncated: false,
      MaxItems: 300,
    });
    route53
      .on(ChangeResourceRecordSetsCommand)
      .rejects(
        sdkError(
          "InvalidChangeBatch",
          "Tried to delete resource record set [name='img.example.com.', type='A', set-identifier='blue'] but the values provided do not match the current values",
        ),
      );

    const write = awsRolloutPorts().writeWeights(DNS_TARGET, {
      expected: { blue: 255, green: 0 },
      weights: { blue: 204, green: 51 },
    });
    await expect(write).rejects.toBeInstanceOf(WeightsDriftError);
    await expect(write).rejects.toMatchObject({ actual: { blue: 100, green: 100 } });
  });

  it("passes PriorRequestNotComplete and Throttling through as retryable, throttled errors (the controller backs off)", async () => {
    route53
      .on(ListResourceRecordSetsCommand)
      .resolves({ ResourceRecordSets: [blue, green], IsTruncated: false, MaxItems: 300 });
    route53
      .on(ChangeResourceRecordSetsCommand)
      .rejectsOnce(sdkError("PriorRequestNotComplete"))
      .rejectsOnce(sdkError("Throttling", "Rate exceeded"));
    const ports = awsRolloutPorts();
    const request = { expected: { blue: 255, green: 0 }, weights: { blue: 204, green: 51 } };

    await expect(ports.writeWeights(DNS_TARGET, request)).rejects.toMatchObject({
      kind: "throttled",
      code: "PriorRequestNotComplete",
      retryable: true,
    });
    await expect(ports.writeWeights(DNS_TARGET, request)).rejects.toMatchObject({
      kind: "throttled",
      code: "Throttling",
      retryable: true,
    });
  });

  it("waits for INSYNC by polling GetChange, and gives up at the timeout", async () => {
    route53
      .on(GetChangeCommand)
      .resolvesOnce({ ChangeInfo: { Id: "C1", Status: "PENDING", SubmittedAt: new Date() } })
      .resolves({ ChangeInfo: { Id: "C1", Status: "INSYNC", SubmittedAt: new Date() } });
    const noSleep = () => Promise.resolve();
    expect(await waitForChangeInSync("C1", 10_000, noSleep)).toBe(true);
    expect(route53.commandCalls(GetChangeCommand)).toHaveLength(2);

    route53.reset();
    route53
      .on(GetChangeCommand)
      .resolves({ ChangeInfo: { Id: "C2", Status: "PENDING", SubmittedAt: new Date() } });
    expect(await waitForChangeInSync("C2", 0, noSleep)).toBe(false);
  });
});

describe("ALB forward weights", () => {
  const target = { kind: "alb-listener" as const, region: "us-east-1", listenerArn: LISTENER_ARN };
  const stickiness = { Enabled: true, DurationSeconds: 3600 };
  const listener = (blueWeight: number, greenWeight: number) => ({
    Listeners: [
      {
        ListenerArn: LISTENER_ARN,
        DefaultActions: [
          {
            Type: "authenticate-oidc" as const,
            Order: 1,
            AuthenticateOidcConfig: {
              Issuer: "i",
              AuthorizationEndpoint: "a",
              TokenEndpoint: "t",
              UserInfoEndpoint: "u",
              ClientId: "c",
            },
          },
          {
            Type: "forward" as const,
            Order: 2,
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: BLUE_TG, Weight: blueWeight },
                { TargetGroupArn: GREEN_TG, Weight: greenWeight },
              ],
              TargetGroupStickinessConfig: stickiness,
            },
          },
        ],
      },
    ],
  });

  it("writes every weight in one ModifyListener, keeping the stickiness and the other actions", async () => {
    elbv2.on(DescribeListenersCommand).resolves(listener(100, 0));
    elbv2.on(ModifyListenerCommand).resolves({});
    const ports = awsRolloutPorts();

    expect(await ports.readWeights(target)).toEqual({ weights: { [BLUE_TG]: 100, [GREEN_TG]: 0 } });
    await ports.writeWeights(target, {
      expected: { [BLUE_TG]: 100, [GREEN_TG]: 0 },
      weights: { [BLUE_TG]: 90, [GREEN_TG]: 10 },
    });

    const calls = elbv2.commandCalls(ModifyListenerCommand);
    expect(calls).toHaveLength(1);
    const actions = calls[0]?.args[0].input.DefaultActions;
    expect(actions?.[0]).toMatchObject({
      Type: "authenticate-oidc",
      AuthenticateOidcConfig: { UseExistingClientSecret: true },
    });
    expect(actions?.[1]).toEqual({
      Type: "forward",
      Order: 2,
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: BLUE_TG, Weight: 90 },
          { TargetGroupArn: GREEN_TG, Weight: 10 },
        ],
        TargetGroupStickinessConfig: stickiness,
      },
    });
  });

  it("adds the canary to a single-target-group forward action and writes a rule with ModifyRule", async () => {
    const ruleArn = LISTENER_ARN.replace(":listener/", ":listener-rule/") + "/5555";
    elbv2
      .on(DescribeRulesCommand)
      .resolves({ Rules: [{ RuleArn: ruleArn, Actions: [{ Type: "forward", TargetGroupArn: BLUE_TG }] }] });
    elbv2.on(ModifyRuleCommand).resolves({});
    const ruleTarget = { kind: "alb-rule" as const, region: "us-east-1", ruleArn, listenerArn: LISTENER_ARN };

    expect(await awsRolloutPorts().readWeights(ruleTarget)).toEqual({ weights: { [BLUE_TG]: 1 } });
    await awsRolloutPorts().writeWeights(ruleTarget, {
      expected: { [BLUE_TG]: 1, [GREEN_TG]: 0 },
      weights: { [BLUE_TG]: 90, [GREEN_TG]: 10 },
    });
    expect(elbv2.commandCalls(ModifyRuleCommand)[0]?.args[0].input.Actions).toEqual([
      {
        Type: "forward",
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: BLUE_TG, Weight: 90 },
            { TargetGroupArn: GREEN_TG, Weight: 10 },
          ],
        },
      },
    ]);
  });

  it("refuses to write over weights changed since they were read (drift), without calling ModifyListener", async () => {
    elbv2.on(DescribeListenersCommand).resolves(listener(50, 50));
    const write = awsRolloutPorts().writeWeights(target, {
      expected: { [BLUE_TG]: 100, [GREEN_TG]: 0 },
      weights: { [BLUE_TG]: 90, [GREEN_TG]: 10 },
    });
    await expect(write).rejects.toMatchObject({
      name: "WeightsDriftError",
      actual: { [BLUE_TG]: 50, [GREEN_TG]: 50 },
    });
    expect(elbv2.commandCalls(ModifyListenerCommand)).toHaveLength(0);
  });

  it("a throttled ModifyListener is retried by the controller after its backoff, and the step counts only then", async () => {
    let weights = { blue: 100, green: 0 };
    elbv2
      .on(DescribeListenersCommand)
      .callsFake(() => Promise.resolve(listener(weights.blue, weights.green)));
    elbv2
      .on(ModifyListenerCommand)
      .rejectsOnce(sdkError("Throttling", "Rate exceeded"))
      .callsFake(
        (input: {
          DefaultActions: {
            Type: string;
            ForwardConfig?: { TargetGroups: { TargetGroupArn: string; Weight: number }[] };
          }[];
        }) => {
          const groups =
            input.DefaultActions.find((action) => action.Type === "forward")?.ForwardConfig?.TargetGroups ??
            [];
          weights = { blue: groups[0]?.Weight ?? 0, green: groups[1]?.Weight ?? 0 };
          return Promise.resolve({});
        },
      );
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: "images-5xx", StateValue: "OK" }] });

    let now = Date.parse("2026-12-02T10:00:00Z");
    const store = new SqliteRolloutStore(":memory:");
    const plan = albPlan({ backends: albPlan().backends.map(({ id, label }) => ({ id, label })) });
    await store.create({ id: "r1", plan, createdBy: "ana", reason: "x" });
    const runner = new RolloutRunner({
      store,
      ports: awsRolloutPorts(),
      holderId: "p1",
      tickMs: 1000,
      clock: { now: () => now },
      log: () => undefined,
    });

    await runner.tick();
    expect(await store.get("r1")).toMatchObject({
      stepIndex: -1,
      lastError: { code: "Throttling", attempts: 1 },
    });
    now += 1000;
    await runner.tick();
    expect(await store.get("r1")).toMatchObject({ stepIndex: 0, lastError: null });
    expect(weights).toEqual({ blue: 90, green: 10 });
    expect(elbv2.commandCalls(ModifyListenerCommand)).toHaveLength(2);
  });
});

describe("alarms, health and metrics", () => {
  it("reads alarm states by name and reports a missing alarm", async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [{ AlarmName: "images-alb-5xx", StateValue: "ALARM", StateReason: "Threshold Crossed" }],
    });
    expect(await awsRolloutPorts().alarmStates("us-east-1", ["images-alb-5xx", "gone"])).toEqual([
      { name: "images-alb-5xx", state: "ALARM", reason: "Threshold Crossed", exists: true },
      { name: "gone", state: "INSUFFICIENT_DATA", exists: false },
    ]);
  });

  it("sums the canary's and stable's series over the same whole-minute window", async () => {
    const t = (minute: number) => new Date(Date.UTC(2026, 11, 2, 10, minute));
    cloudwatch.on(GetMetricDataCommand).callsFake(
      (input: {
        StartTime: Date;
        EndTime: Date;
        MetricDataQueries: {
          Id: string;
          MetricStat: { Metric: { Dimensions: { Name: string; Value: string }[] } };
        }[];
      }) => {
        expect(input.StartTime).toEqual(t(1));
        expect(input.EndTime).toEqual(t(4));
        expect(input.MetricDataQueries[0]?.MetricStat.Metric.Dimensions).toEqual([
          { Name: "LoadBalancer", Value: "app/images-alb/3333333333333333" },
          { Name: "TargetGroup", Value: "targetgroup/images-green/2222222222222222" },
        ]);
        const series = (id: string, values: number[]) => ({
          Id: id,
          Timestamps: values.map((_, index) => t(1 + index)),
          Values: values,
        });
        return Promise.resolve({
          MetricDataResults: [
            series("canary_requestCount", [100, 200]),
            series("canary_target5xx", [3]),
            series("canary_responseTime", [0.1, 0.1]),
            series("stable_requestCount", [900, 1800]),
            series("stable_target5xx", [1, 2]),
            series("stable_responseTime", [0.05, 0.08]),
          ],
        });
      },
    );
    const group = (arn: string) => ({ region: "us-east-1", targetGroupArn: arn, loadBalancerArn: ALB_ARN });
    const metrics = await awsRolloutPorts().canaryMetrics({
      canary: group(GREEN_TG),
      stable: group(BLUE_TG),
      start: new Date(t(1).getTime() + 20_000),
      end: new Date(t(3).getTime() + 5_000),
    });
    expect(metrics.canary).toEqual({
      requests: 300,
      errors5xx: 3,
      averageResponseTimeSeconds: expect.closeTo(0.1, 6) as number,
      datapoints: 2,
    });
    expect(metrics.stable.averageResponseTimeSeconds).toBeCloseTo((0.05 * 900 + 0.08 * 1800) / 2700, 6);
  });

  it("derives a load balancer's ARN from a listener's or a rule's", () => {
    expect(loadBalancerArnOfListener(LISTENER_ARN)).toBe(ALB_ARN);
    expect(loadBalancerArnOfListener(`${LISTENER_ARN.replace(":listener/", ":listener-rule/")}/5555`)).toBe(
      ALB_ARN,
    );
    expect(AwsError).toBeDefined();
  });
});
