/** Plain CloudWatch domain types returned by lib/aws/cloudwatch. */

export interface AlarmSummary {
  name: string;
  arn: string;
  state: "OK" | "ALARM" | "INSUFFICIENT_DATA";
  stateReason?: string;
  stateUpdatedAt?: string;
  namespace?: string;
  metricName?: string;
  dimensions: Record<string, string>;
  statistic?: string;
  threshold?: number;
  comparisonOperator?: string;
  periodSeconds?: number;
  evaluationPeriods?: number;
  actionsEnabled: boolean;
}

export type AlbMetricName =
  | "HTTPCode_ELB_5XX_Count"
  | "HTTPCode_Target_5XX_Count"
  | "HTTPCode_ELB_4XX_Count"
  | "HTTPCode_ELB_502_Count"
  | "HTTPCode_ELB_503_Count"
  | "HTTPCode_ELB_504_Count"
  | "TargetResponseTime"
  | "RequestCount"
  | "TargetConnectionErrorCount"
  | "UnHealthyHostCount"
  | "HealthyHostCount";

export interface MetricPoint {
  /** ISO 8601. */
  timestamp: string;
  value: number;
}

export interface MetricSeries {
  metric: AlbMetricName;
  /** The target group name for per-target-group metrics. */
  targetGroup?: string;
  stat: "Sum" | "Average" | "Maximum" | "p99";
  points: MetricPoint[];
  /** Sum of Sum series, mean of Average/p99 series, max of Maximum series; undefined without data. */
  aggregate?: number;
  /** Why this series could not be read, when the others could. */
  unavailable?: string;
}
