import "server-only";

import type { MetricAlarm } from "@aws-sdk/client-cloudwatch";
import { paginateDescribeAlarms } from "@aws-sdk/client-cloudwatch";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import { loadBalancerDimension, targetGroupDimension } from "./dimensions";
import type { AlarmSummary } from "./types";

function toAlarmSummary(alarm: MetricAlarm): AlarmSummary {
  const dimensions: Record<string, string> = {};
  for (const dimension of alarm.Dimensions ?? [])
    if (dimension.Name) dimensions[dimension.Name] = dimension.Value ?? "";
  return {
    name: alarm.AlarmName ?? "",
    arn: alarm.AlarmArn ?? "",
    state: alarm.StateValue ?? "INSUFFICIENT_DATA",
    stateReason: alarm.StateReason,
    stateUpdatedAt: alarm.StateUpdatedTimestamp?.toISOString(),
    namespace: alarm.Namespace,
    metricName: alarm.MetricName,
    dimensions,
    statistic: alarm.Statistic ?? alarm.ExtendedStatistic,
    threshold: alarm.Threshold,
    comparisonOperator: alarm.ComparisonOperator,
    periodSeconds: alarm.Period,
    evaluationPeriods: alarm.EvaluationPeriods,
    actionsEnabled: alarm.ActionsEnabled ?? true,
  };
}

/** Whether an alarm watches this load balancer or one of its target groups. */
export function alarmWatches(
  alarm: AlarmSummary,
  loadBalancerArn: string,
  targetGroupArns: string[] = [],
): boolean {
  const lb = loadBalancerDimension(loadBalancerArn);
  const groups = new Set(targetGroupArns.map(targetGroupDimension));
  return (
    alarm.dimensions.LoadBalancer === lb ||
    (alarm.dimensions.TargetGroup !== undefined && groups.has(alarm.dimensions.TargetGroup))
  );
}

/** The metric alarms on AWS/ApplicationELB metrics of one load balancer (and its target groups). */
export async function listAlarmsForLoadBalancer(
  region: string,
  loadBalancerArn: string,
  targetGroupArns: string[] = [],
): Promise<AlarmSummary[]> {
  const alarms: AlarmSummary[] = [];
  try {
    for await (const page of paginateDescribeAlarms(
      { client: clients.cloudwatch(region) },
      { AlarmTypes: ["MetricAlarm"] },
    )) {
      for (const alarm of page.MetricAlarms ?? []) {
        if (alarm.Namespace !== "AWS/ApplicationELB") continue;
        const summary = toAlarmSummary(alarm);
        if (alarmWatches(summary, loadBalancerArn, targetGroupArns)) alarms.push(summary);
      }
    }
  } catch (error) {
    throw toAwsError(error, "list the alarms");
  }
  return alarms;
}

/** Every metric alarm of the region, any namespace (e.g. to pick a rollout's gates). */
export async function listMetricAlarms(region: string): Promise<AlarmSummary[]> {
  const alarms: AlarmSummary[] = [];
  try {
    for await (const page of paginateDescribeAlarms(
      { client: clients.cloudwatch(region) },
      { AlarmTypes: ["MetricAlarm"] },
    )) {
      alarms.push(...(page.MetricAlarms ?? []).map(toAlarmSummary));
    }
  } catch (error) {
    throw toAwsError(error, "list the alarms");
  }
  return alarms;
}
