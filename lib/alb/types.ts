import type { CertificateSummary } from "@/lib/aws/acm/types";
import type {
  NetworkAclSummary,
  SecurityGroupSummary,
  SubnetSummary,
  InstanceSummary,
} from "@/lib/aws/ec2/types";
import type {
  Attributes,
  ListenerRule,
  ListenerSummary,
  LoadBalancerSummary,
  TargetGroupSummary,
  TargetHealthEntry,
} from "@/lib/alb/domain";

export type AlbListener = ListenerSummary & { rules: ListenerRule[] };
export type AlbTargetGroup = TargetGroupSummary & { attributes: Attributes; targets: TargetHealthEntry[] };

/** A Route 53 record that points at this ALB (from the Route 53 module). */
export interface AliasRecordRef {
  zoneId: string;
  /** The zone's name with its trailing dot, e.g. "example.com.". */
  zoneName?: string;
  zoneIsPrivate?: boolean;
  /** Without the trailing dot. */
  name: string;
  /** For weighted, latency, failover… records: which record of the name and type. */
  setIdentifier?: string;
  type: "A" | "AAAA" | "CNAME";
  aliasDnsName?: string;
  aliasHostedZoneId?: string;
  evaluateTargetHealth?: boolean;
}

/** Last-hour metric aggregates (from lib/aws/cloudwatch), all optional. */
export interface AlbMetricSnapshot {
  elb5xx?: number;
  target5xx?: number;
  elb502?: number;
  elb503?: number;
  elb504?: number;
  /** Seconds, average and p99. */
  targetResponseTimeAvg?: number;
  targetResponseTimeP99?: number;
  targetConnectionErrors?: number;
  /** Target group name → max UnHealthyHostCount. */
  unhealthyHosts?: Record<string, number>;
}

/**
 * Everything the checks read about one ALB: a plain object assembled from the reads in lib/aws.
 * Optional parts make the corresponding checks silent rather than wrong.
 */
export interface AlbConfig {
  loadBalancer: LoadBalancerSummary;
  attributes: Attributes;
  listeners: AlbListener[];
  targetGroups: AlbTargetGroup[];
  /** The ALB's subnets. */
  subnets?: SubnetSummary[];
  /** The ALB's security groups and the targets' security groups. */
  securityGroups?: SecurityGroupSummary[];
  /** Instances registered as targets (for their security groups and subnets). */
  instances?: InstanceSummary[];
  networkAcls?: NetworkAclSummary[];
  /** The certificates the listeners use (default and SNI). */
  certificates?: CertificateSummary[];
  aliasRecords?: AliasRecordRef[];
  metrics?: AlbMetricSnapshot;
  /** The targets' HTTP keep-alive timeout in seconds, when the operator knows it (e.g. nginx keepalive_timeout 75). */
  targetKeepAliveSeconds?: number;
}
