import "server-only";

import { type MetricDataQuery, paginateGetMetricData } from "@aws-sdk/client-cloudwatch";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import { loadBalancerDimension, targetGroupDimension } from "./dimensions";

export type Points = { timestamp: string; value: number }[];

export interface TargetGroupSeries {
  requestCount: Points;
  target5xx: Points;
  responseTime: Points;
}

export interface CanaryMetricsInput {
  region: string;
  loadBalancerArn: string;
  canaryTargetGroupArn: string;
  stableTargetGroupArn: string;
  start: Date;
  end: Date;
}

const PERIOD_SECONDS = 60;
const METRICS = [
  ["requestCount", "RequestCount", "Sum"],
  ["target5xx", "HTTPCode_Target_5XX_Count", "Sum"],
  ["responseTime", "TargetResponseTime", "Average"],
] as const;

function queries(
  loadBalancerArn: string,
  side: "canary" | "stable",
  targetGroupArn: string,
): MetricDataQuery[] {
  return METRICS.map(([key, metric, stat]) => ({
    Id: `${side}_${key}`,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: "AWS/ApplicationELB",
        MetricName: metric,
        Dimensions: [
          { Name: "LoadBalancer", Value: loadBalancerDimension(loadBalancerArn) },
          { Name: "TargetGroup", Value: targetGroupDimension(targetGroupArn) },
        ],
      },
      Period: PERIOD_SECONDS,
      Stat: stat,
    },
  }));
}

/**
 * Per-minute RequestCount, HTTPCode_Target_5XX_Count and TargetResponseTime of the canary and the stable target
 * group over the same window, in one GetMetricData call (six queries). The window is widened to whole minutes.
 */
export async function getCanaryMetricSeries(
  input: CanaryMetricsInput,
): Promise<{ canary: TargetGroupSeries; stable: TargetGroupSeries; start: Date; end: Date }> {
  const minute = PERIOD_SECONDS * 1000;
  const start = new Date(Math.floor(input.start.getTime() / minute) * minute);
  const end = new Date(Math.max(start.getTime() + minute, Math.ceil(input.end.getTime() / minute) * minute));
  const all = [
    ...queries(input.loadBalancerArn, "canary", input.canaryTargetGroupArn),
    ...queries(input.loadBalancerArn, "stable", input.stableTargetGroupArn),
  ];

  const points = new Map<string, Points>();
  try {
    for await (const page of paginateGetMetricData(
      { client: clients.cloudwatch(input.region) },
      { MetricDataQueries: all, StartTime: start, EndTime: end, ScanBy: "TimestampAscending" },
    )) {
      for (const result of page.MetricDataResults ?? []) {
        const series = points.get(result.Id ?? "") ?? [];
        (result.Timestamps ?? []).forEach((timestamp, index) => {
          const value = result.Values?.[index];
          if (value !== undefined) series.push({ timestamp: timestamp.toISOString(), value });
        });
        points.set(result.Id ?? "", series);
      }
    }
  } catch (error) {
    throw toAwsError(error, "read the canary metrics");
  }

  const side = (name: "canary" | "stable"): TargetGroupSeries => ({
    requestCount: points.get(`${name}_requestCount`) ?? [],
    target5xx: points.get(`${name}_target5xx`) ?? [],
    responseTime: points.get(`${name}_responseTime`) ?? [],
  });
  return { canary: side("canary"), stable: side("stable"), start, end };
}
