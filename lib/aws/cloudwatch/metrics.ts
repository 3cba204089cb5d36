import "server-only";

import { paginateGetMetricData } from "@aws-sdk/client-cloudwatch";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import { aggregate, albMetricQueries } from "./metric-queries";
import type { MetricPoint, MetricSeries } from "./types";

/**
 * HTTPCode_ELB_5XX_Count, HTTPCode_Target_5XX_Count, TargetResponseTime (avg, p99) and
 * UnHealthyHostCount per target group over the last hour, oldest point first.
 */
export async function getAlbMetricsLastHour(
  region: string,
  loadBalancerArn: string,
  options: { targetGroupArns?: string[]; now?: Date; periodSeconds?: number } = {},
): Promise<MetricSeries[]> {
  const now = options.now ?? new Date();
  const periodSeconds = options.periodSeconds ?? 60;
  const { queries, requests } = albMetricQueries(
    loadBalancerArn,
    options.targetGroupArns ?? [],
    periodSeconds,
  );

  const pointsById = new Map<string, MetricPoint[]>();
  try {
    for await (const page of paginateGetMetricData(
      { client: clients.cloudwatch(region) },
      {
        MetricDataQueries: queries,
        StartTime: new Date(now.getTime() - 3600_000),
        EndTime: now,
        ScanBy: "TimestampAscending",
      },
    )) {
      for (const result of page.MetricDataResults ?? []) {
        const points = pointsById.get(result.Id ?? "") ?? [];
        (result.Timestamps ?? []).forEach((timestamp, index) => {
          const value = result.Values?.[index];
          if (value !== undefined) points.push({ timestamp: timestamp.toISOString(), value });
        });
        pointsById.set(result.Id ?? "", points);
      }
    }
  } catch (error) {
    throw toAwsError(error, "read the load balancer metrics");
  }

  return requests.map((request) => {
    const points = (pointsById.get(request.id) ?? []).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    return {
      metric: request.metric,
      stat: request.stat,
      ...(request.targetGroup ? { targetGroup: request.targetGroup } : {}),
      points,
      aggregate: aggregate(
        request.stat,
        points.map((point) => point.value),
      ),
    };
  });
}
