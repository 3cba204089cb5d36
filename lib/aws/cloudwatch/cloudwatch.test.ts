import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";

import { listAlarmsForLoadBalancer } from "./alarms";
import { loadBalancerDimension, targetGroupDimension } from "./dimensions";
import { getAlbMetricsLastHour } from "./metrics";

const cw = mockClient(CloudWatchClient);
const LB = "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/abc";
const TG = "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web-tg/def";
beforeEach(() => cw.reset());

describe("dimensions", () => {
  it("derives the CloudWatch dimensions from ARNs", () => {
    expect(loadBalancerDimension(LB)).toBe("app/web/abc");
    expect(targetGroupDimension(TG)).toBe("targetgroup/web-tg/def");
  });
});

describe("listAlarmsForLoadBalancer", () => {
  it("keeps the AWS/ApplicationELB alarms on this LB or its target groups", async () => {
    cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        {
          AlarmName: "lb-5xx",
          Namespace: "AWS/ApplicationELB",
          MetricName: "HTTPCode_ELB_5XX_Count",
          StateValue: "ALARM",
          Dimensions: [{ Name: "LoadBalancer", Value: "app/web/abc" }],
        },
        {
          AlarmName: "tg-unhealthy",
          Namespace: "AWS/ApplicationELB",
          StateValue: "OK",
          Dimensions: [
            { Name: "TargetGroup", Value: "targetgroup/web-tg/def" },
            { Name: "LoadBalancer", Value: "app/other/1" },
          ],
        },
        {
          AlarmName: "other",
          Namespace: "AWS/ApplicationELB",
          Dimensions: [{ Name: "LoadBalancer", Value: "app/other/1" }],
        },
        {
          AlarmName: "ec2",
          Namespace: "AWS/EC2",
          Dimensions: [{ Name: "LoadBalancer", Value: "app/web/abc" }],
        },
      ],
    });
    const alarms = await listAlarmsForLoadBalancer("us-east-1", LB, [TG]);
    expect(alarms.map((alarm) => [alarm.name, alarm.state])).toEqual([
      ["lb-5xx", "ALARM"],
      ["tg-unhealthy", "OK"],
    ]);
  });
});

describe("getAlbMetricsLastHour", () => {
  it("asks for the last hour and aggregates each series", async () => {
    cw.on(GetMetricDataCommand).callsFake((input: { MetricDataQueries: { Id: string }[] }) => ({
      MetricDataResults: input.MetricDataQueries.map((query) => ({
        Id: query.Id,
        Timestamps: [new Date("2026-08-01T00:01:00Z"), new Date("2026-08-01T00:00:00Z")],
        Values: query.Id.startsWith("trt") ? [0.2, 0.4] : [3, 1],
      })),
    }));
    const now = new Date("2026-08-01T01:00:00Z");
    const series = await getAlbMetricsLastHour("us-east-1", LB, { targetGroupArns: [TG], now });

    const input = cw.commandCalls(GetMetricDataCommand)[0]!.args[0].input;
    expect(input.StartTime).toEqual(new Date("2026-08-01T00:00:00Z"));
    expect(series.map((s) => [s.metric, s.stat, s.targetGroup, s.aggregate])).toEqual([
      ["HTTPCode_ELB_5XX_Count", "Sum", undefined, 4],
      ["HTTPCode_Target_5XX_Count", "Sum", undefined, 4],
      ["TargetResponseTime", "Average", undefined, expect.closeTo(0.3) as number],
      ["TargetResponseTime", "p99", undefined, expect.closeTo(0.3) as number],
      ["UnHealthyHostCount", "Maximum", "web-tg", 3],
    ]);
    expect(series[0]?.points[0]?.timestamp).toBe("2026-08-01T00:00:00.000Z");
    const unhealthyQuery = input.MetricDataQueries?.find(
      (query) => query.MetricStat?.Metric?.MetricName === "UnHealthyHostCount",
    );
    expect(unhealthyQuery?.MetricStat?.Metric?.Dimensions).toEqual([
      { Name: "LoadBalancer", Value: "app/web/abc" },
      { Name: "TargetGroup", Value: "targetgroup/web-tg/def" },
    ]);
  });

  it("still returns the other series when percentiles cannot be read, saying so on the p99 series", async () => {
    cw.on(GetMetricDataCommand).callsFake(
      (input: { MetricDataQueries: { Id: string; MetricStat: { Stat: string } }[] }) => {
        if (input.MetricDataQueries.some((query) => query.MetricStat.Stat === "p99")) {
          return Promise.reject(
            Object.assign(new Error("percentiles not supported"), { name: "InvalidParameterValue" }),
          );
        }
        return {
          MetricDataResults: input.MetricDataQueries.map((query) => ({
            Id: query.Id,
            Timestamps: [new Date("2026-08-01T00:00:00Z")],
            Values: [2],
          })),
        };
      },
    );
    const series = await getAlbMetricsLastHour("us-east-1", LB, { now: new Date("2026-08-01T01:00:00Z") });

    expect(series.find((s) => s.stat === "Sum")?.aggregate).toBe(2);
    const p99 = series.find((s) => s.stat === "p99");
    expect(p99?.points).toEqual([]);
    expect(p99?.unavailable).toMatch(/percentile/);
  });
});
