import type { AlbConfig } from "@/lib/alb/types";
import type { CertificateSummary } from "@/lib/aws/acm/types";
import type { SecurityGroupSummary } from "@/lib/aws/ec2/types";
import type { HealthCheckSummary } from "@/lib/aws/route53/health-checks";
import type { HostedZoneSummary } from "@/lib/aws/route53/hosted-zones";
import type { ResourceRecordSet } from "@/lib/route53/record-set";

// The advisor's contract: a snapshot of one region (plus Route 53, which is global) goes in,
// findings come out. Rules are pure; lib/advisor-ops gathers the snapshot; the /advisor page,
// the ALB page, the Troubleshoot panel and `npm run advise` only read findings.

export type Severity = "critical" | "warning" | "info";

export type AdvisorService = "elbv2" | "acm" | "route53" | "ec2";

export type ResourceKind =
  | "load-balancer"
  | "listener"
  | "target-group"
  | "certificate"
  | "hosted-zone"
  | "record-set"
  | "health-check"
  | "security-group";

/** A resource a finding concerns, with the console page that shows it. */
export interface ResourceRef {
  kind: ResourceKind;
  /** ARN, zone id, health check id, "zoneId/name/type/setIdentifier" for a record set… */
  id: string;
  /** What an operator calls it: the ALB name, "HTTP:80 on img-alb", "www.example.com. A (primary)". */
  label: string;
  /** Console path, e.g. "/load-balancers/img-alb". */
  href: string;
}

/**
 * A change that resolves a finding, applied through the same server action as the manual edit
 * (so it is previewed, validated, audited and refused on concurrent change like any other).
 */
export type AdvisorFix =
  | {
      kind: "listener-redirect-to-https";
      loadBalancerName: string;
      listenerArn: string;
      port: number;
    }
  | { kind: "delete-target-group"; targetGroupArn: string; targetGroupName: string }
  | {
      kind: "set-record-ttl";
      zoneId: string;
      name: string;
      type: string;
      setIdentifier?: string;
      ttl: number;
    };

export interface Finding {
  /** Stable across scans: `${ruleId}:${resource id}`. Acknowledgements are keyed on it. */
  key: string;
  ruleId: string;
  severity: Severity;
  service: AdvisorService;
  title: string;
  /** Plain words: what users would see and why, citing the AWS behaviour. */
  explanation: string;
  /** What to do, in words, when there is no one-step fix (or in addition to it). */
  recommendation?: string;
  resources: ResourceRef[];
  fix?: AdvisorFix;
}

export interface Rule {
  id: string;
  severity: Severity;
  service: AdvisorService;
  /** One line for the rule filter and the docs. */
  summary: string;
  /** HTTP status codes whose cause this rule can explain (the Troubleshoot panel shows it under them). */
  httpCodes?: number[];
  /**
   * True when the rule's findings about one load balancer can be computed from that load balancer's AlbConfig
   * alone (so the ALB page and the Troubleshoot panel run it on a one-ALB snapshot without false alarms).
   */
  perLoadBalancer?: boolean;
  check: (snapshot: AdvisorSnapshot) => Finding[];
}

export interface ZoneSnapshot {
  zone: HostedZoneSummary;
  records: ResourceRecordSet[];
}

export interface AdvisorSnapshot {
  region: string;
  /** ISO time the gathering started; rules use it for expiry ("now"). */
  takenAt: string;
  loadBalancers: AlbConfig[];
  /** Every target group of the region, including those attached to no load balancer. */
  targetGroups: AlbConfig["targetGroups"];
  certificates: CertificateSummary[];
  securityGroups: SecurityGroupSummary[];
  zones: ZoneSnapshot[];
  healthChecks: HealthCheckSummary[];
  /** Health check id → its last status (GetHealthCheckStatus), when it was read. */
  healthCheckStatuses?: Record<string, "healthy" | "unhealthy" | "unknown">;
  /** Parts that could not be read (their rules stay silent rather than wrong), e.g. { part: "certificates" }. */
  unread?: { part: string; message: string }[];
}

/** An operator's "stop nagging": kept in the console's store, written to the audit log. */
export interface Acknowledgement {
  findingKey: string;
  reason: string;
  actor: string;
  at: string;
  /** ISO time after which the finding shows again; absent = until revoked. */
  expiresAt?: string;
}
