import "server-only";

import { type MetricDataQuery, paginateGetMetricData } from "@aws-sdk/client-cloudwatch";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import { aggregate, albMetricQueries } from "./metric-queries";
import type { MetricPoint, MetricSeries } from "./types";

type Points = Map<string, MetricPoint[]>;

async function fetchMetricData(
  region: string,
  queries: MetricDataQuery[],
  start: Date,
  end: Date,
  into: Points,
): Promise<void> {
  for await (const page of paginateGetMetricData(
    { client: clients.cloudwatch(region) },
    { MetricDataQueries: queries, StartTime: start, EndTime: end, ScanBy: "TimestampAscending" },
  )) {
    for (const result of page.MetricDataResults ?? []) {
      const points = into.get(result.Id ?? "") ?? [];
      (result.Timestamps ?? []).forEach((timestamp, index) => {
        const value = result.Values?.[index];
        if (value !== undefined) points.push({ timestamp: timestamp.toISOString(), value });
      });
      into.set(result.Id ?? "", points);
    }
  }
}

const isPercentile = (query: MetricDataQuery) => /^p\d/.test(query.MetricStat?.Stat ?? "");

/**
 * HTTPCode_ELB_5XX_Count, HTTPCode_Target_5XX_Count, TargetResponseTime (avg, p99) and
 * UnHealthyHostCount per target group over the last hour, oldest point first. Percentiles are read in a
 * call of their own: where they cannot be computed (some CloudWatch-compatible endpoints refuse them), the
 * other series still arrive and the percentile series says it is unavailable.
 */
export async function getAlbMetricsLastHour(
  region: string,
  loadBalancerArn: string,
  options: { targetGroupArns?: string[]; now?: Date; periodSeconds?: number } = {},
): Promise<MetricSeries[]> {
  const now = options.now ?? new Date();
  const start = new Date(now.getTime() - 3600_000);
  const periodSeconds = options.periodSeconds ?? 60;
  const { queries, requests } = albMetricQueries(
    loadBalancerArn,
    options.targetGroupArns ?? [],
    periodSeconds,
  );

  const pointsById: Points = new Map();
  try {
    await fetchMetricData(
      region,
      queries.filter((query) => !isPercentile(query)),
      start,
      now,
      pointsById,
    );
  } catch (error) {
    throw toAwsError(error, "read the load balancer metrics");
  }

  const percentileQueries = queries.filter(isPercentile);
  let percentileProblem: string | undefined;
  if (percentileQueries.length) {
    try {
      await fetchMetricData(region, percentileQueries, start, now, pointsById);
    } catch (error) {
      percentileProblem = toAwsError(error, "read percentile metrics").message;
    }
  }

  return requests.map((request) => {
    const points = (pointsById.get(request.id) ?? []).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    const isUnavailable = percentileProblem !== undefined && /^p\d/.test(request.stat);
    return {
      metric: request.metric,
      stat: request.stat,
      ...(request.targetGroup ? { targetGroup: request.targetGroup } : {}),
      points,
      aggregate: aggregate(
        request.stat,
        points.map((point) => point.value),
      ),
      ...(isUnavailable ? { unavailable: percentileProblem } : {}),
    };
  });
}
