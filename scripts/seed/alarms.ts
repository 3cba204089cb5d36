import type { MetricDatum, PutMetricAlarmCommandInput } from "@aws-sdk/client-cloudwatch";
import {
  DescribeAlarmsCommand,
  ListMetricsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
} from "@aws-sdk/client-cloudwatch";

import { clients } from "@/lib/aws/clients";
import { callAws } from "@/lib/aws/errors";

import { NAMES, tagsWithName } from "./config";
import type { SeedReporter } from "./reporter";

const NAMESPACE = "AWS/ApplicationELB";
const HISTORY_MINUTES = 60;

function alarmPlans(dimension: string): PutMetricAlarmCommandInput[] {
  const common: Partial<PutMetricAlarmCommandInput> = {
    Namespace: NAMESPACE,
    Dimensions: [{ Name: "LoadBalancer", Value: dimension }],
    Period: 60,
    EvaluationPeriods: 1,
    ComparisonOperator: "GreaterThanThreshold",
    TreatMissingData: "notBreaching",
    ActionsEnabled: false,
  };
  return [
    {
      ...common,
      AlarmName: NAMES.alarm5xx,
      AlarmDescription: "images-alb answered more than 10 load-balancer 5XX responses in a minute",
      MetricName: "HTTPCode_ELB_5XX_Count",
      Statistic: "Sum",
      Threshold: 10,
      Tags: tagsWithName(NAMES.alarm5xx),
    },
    {
      ...common,
      AlarmName: NAMES.alarmLatency,
      AlarmDescription: "images-alb targets took more than 1 s on average over a minute",
      MetricName: "TargetResponseTime",
      Statistic: "Average",
      Threshold: 1,
      Unit: "Seconds",
      Tags: tagsWithName(NAMES.alarmLatency),
    },
  ];
}

/**
 * An hour of per-minute ALB metrics with a deterministic shape: a daily-looking swell of requests, a few 5XX with a
 * short burst 20 minutes ago (above the alarm's threshold), and response times around 120 ms with the same spike.
 */
function metricHistory(dimension: string, regionIndex: number, now: Date): MetricDatum[] {
  const dimensions = [{ Name: "LoadBalancer", Value: dimension }];
  const endMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  const data: MetricDatum[] = [];

  for (let minute = HISTORY_MINUTES; minute >= 1; minute -= 1) {
    const timestamp = new Date(endMinute - minute * 60_000);
    const wave = Math.sin((minute + regionIndex * 17) / 9);
    const isBurst = minute >= 18 && minute <= 20;
    const requests = Math.round((regionIndex === 0 ? 1200 : 700) + 250 * wave);

    data.push(
      {
        MetricName: "RequestCount",
        Dimensions: dimensions,
        Timestamp: timestamp,
        Unit: "Count",
        Value: requests,
      },
      {
        MetricName: "HTTPCode_ELB_5XX_Count",
        Dimensions: dimensions,
        Timestamp: timestamp,
        Unit: "Count",
        Value: isBurst ? 14 + regionIndex * 3 : (minute * 7 + regionIndex) % 4,
      },
      {
        MetricName: "TargetResponseTime",
        Dimensions: dimensions,
        Timestamp: timestamp,
        Unit: "Seconds",
        Value: Number(((isBurst ? 0.9 : 0.12) + 0.03 * wave).toFixed(3)),
      },
    );
  }
  return data;
}

/** The two alarms on images-alb and, once, an hour of metric data for the charts. */
export async function seedAlarms(
  region: string,
  regionIndex: number,
  metricDimension: string,
  report: SeedReporter,
): Promise<string[]> {
  const cloudwatch = clients.cloudwatch(region);
  const plans = alarmPlans(metricDimension);

  const [existing, metrics] = await Promise.all([
    callAws("find the demo alarms", () =>
      cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: plans.map((plan) => plan.AlarmName ?? "") })),
    ),
    callAws("look for the demo metrics", () =>
      cloudwatch.send(
        new ListMetricsCommand({
          Namespace: NAMESPACE,
          MetricName: "RequestCount",
          Dimensions: [{ Name: "LoadBalancer", Value: metricDimension }],
        }),
      ),
    ),
  ]);
  const existingNames = new Set((existing.MetricAlarms ?? []).map((alarm) => alarm.AlarmName));

  const alarmWrites = plans.map((plan) =>
    report.ensure(
      `${region} alarm ${plan.AlarmName}`,
      () => Promise.resolve(existingNames.has(plan.AlarmName) ? plan.AlarmName : undefined),
      async () => {
        await callAws("create a demo alarm", () => cloudwatch.send(new PutMetricAlarmCommand(plan)));
        return plan.AlarmName;
      },
    ),
  );

  // PutMetricData appends, so history is written only when none exists: a second run must not double the counts.
  const hasHistory = (metrics.Metrics ?? []).length > 0;
  const historyWrite = hasHistory
    ? Promise.resolve(report.noteExisting())
    : (async () => {
        const data = metricHistory(metricDimension, regionIndex, new Date());
        const metricNames = [...new Set(data.map((datum) => datum.MetricName))];
        await Promise.all(
          metricNames.map((metricName) =>
            callAws("write the demo metrics", () =>
              cloudwatch.send(
                new PutMetricDataCommand({
                  Namespace: NAMESPACE,
                  MetricData: data.filter((datum) => datum.MetricName === metricName),
                }),
              ),
            ),
          ),
        );
        report.noteCreated(`${region} ${HISTORY_MINUTES} min of ${NAMESPACE} metrics for ${metricDimension}`);
      })();

  const [names] = await Promise.all([Promise.all(alarmWrites), historyWrite]);
  return names.map((name) => name ?? "");
}
