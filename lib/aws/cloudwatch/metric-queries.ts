import type { MetricDataQuery } from "@aws-sdk/client-cloudwatch";

import { loadBalancerDimension, targetGroupDimension } from "./dimensions";
import type { AlbMetricName, MetricSeries } from "./types";

export interface SeriesRequest {
  id: string;
  metric: AlbMetricName;
  stat: MetricSeries["stat"];
  targetGroup?: string;
}

/** The ids GetMetricData sees: lowercase letter first, letters/digits/underscore only. */
function queryId(prefix: string, index: number): string {
  return `${prefix}_${index}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
}

/**
 * The dashboard's queries: ELB vs target 5XX (the split that tells "the ALB answered" from "the app
 * answered"), TargetResponseTime average and p99, and UnHealthyHostCount per target group.
 */
export function albMetricQueries(
  loadBalancerArn: string,
  targetGroupArns: string[],
  periodSeconds: number,
): { queries: MetricDataQuery[]; requests: SeriesRequest[] } {
  const lb = loadBalancerDimension(loadBalancerArn);
  const requests: SeriesRequest[] = [];
  const queries: MetricDataQuery[] = [];

  const add = (metric: AlbMetricName, stat: MetricSeries["stat"], targetGroupArn?: string) => {
    const id = queryId(metric === "TargetResponseTime" ? `trt_${stat}` : metric, requests.length);
    const dimensions = [{ Name: "LoadBalancer", Value: lb }];
    if (targetGroupArn) dimensions.push({ Name: "TargetGroup", Value: targetGroupDimension(targetGroupArn) });
    queries.push({
      Id: id,
      MetricStat: {
        Metric: { Namespace: "AWS/ApplicationELB", MetricName: metric, Dimensions: dimensions },
        Period: periodSeconds,
        Stat: stat,
      },
      ReturnData: true,
    });
    requests.push({
      id,
      metric,
      stat,
      ...(targetGroupArn ? { targetGroup: targetGroupDimension(targetGroupArn).split("/")[1] } : {}),
    });
  };

  add("HTTPCode_ELB_5XX_Count", "Sum");
  add("HTTPCode_Target_5XX_Count", "Sum");
  add("TargetResponseTime", "Average");
  add("TargetResponseTime", "p99");
  for (const arn of targetGroupArns) add("UnHealthyHostCount", "Maximum", arn);
  return { queries, requests };
}

/** Sum for Sum, max for Maximum, mean otherwise. */
export function aggregate(stat: MetricSeries["stat"], values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  if (stat === "Sum") return values.reduce((sum, value) => sum + value, 0);
  if (stat === "Maximum") return Math.max(...values);
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
