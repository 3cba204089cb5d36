/**
 * The ALB domain: load balancers, listeners, rules, the one ALB action type, target groups and target health, as the
 * console reads and writes them. lib/aws/elbv2 maps the SDK's shapes to these; no SDK type crosses this line, and
 * client components import these types from here, never from lib/aws.
 */

export type LoadBalancerScheme = "internet-facing" | "internal";
export type IpAddressType = "ipv4" | "dualstack" | "dualstack-without-public-ipv4";
export type LoadBalancerState = "active" | "active_impaired" | "failed" | "provisioning" | "unknown";
export type ListenerProtocol = "HTTP" | "HTTPS";
export type TargetType = "instance" | "ip" | "lambda" | "alb";
export type ProtocolVersion = "HTTP1" | "HTTP2" | "GRPC";

/** ELBv2 attributes as AWS returns them: key → string value (e.g. "idle_timeout.timeout_seconds" → "60"). */
export type Attributes = Record<string, string>;

export interface AvailabilityZoneSubnet {
  zoneName: string;
  subnetId: string;
}

export interface LoadBalancerSummary {
  arn: string;
  name: string;
  dnsName: string;
  canonicalHostedZoneId: string;
  type: string;
  scheme: LoadBalancerScheme;
  state: LoadBalancerState;
  stateReason?: string;
  vpcId: string;
  ipAddressType: string;
  availabilityZones: AvailabilityZoneSubnet[];
  securityGroupIds: string[];
  createdAt?: string;
}

export interface WeightedTargetGroup {
  targetGroupArn: string;
  weight?: number;
}

/** The three terminal actions a console creates. Authenticate actions are read-only here. */
export type ActionSpec =
  | {
      type: "forward";
      targetGroups: WeightedTargetGroup[];
      /** Target-group stickiness across the weighted groups, in seconds (1–604800). */
      stickinessDurationSeconds?: number;
    }
  | {
      type: "redirect";
      statusCode: "HTTP_301" | "HTTP_302";
      protocol?: string;
      port?: string;
      host?: string;
      path?: string;
      query?: string;
    }
  | {
      type: "fixed-response";
      statusCode: string;
      contentType?: string;
      messageBody?: string;
    };

export interface ListenerAction {
  type: string;
  order?: number;
  /** One line for tables, e.g. "forward → web-tg (100%)", "redirect 301 → HTTPS:443". */
  summary: string;
  /** Present for forward / redirect / fixed-response. */
  spec?: ActionSpec;
}

export interface ListenerCertificate {
  certificateArn: string;
  isDefault: boolean;
}

export interface ListenerSummary {
  arn: string;
  loadBalancerArn: string;
  protocol: string;
  port: number;
  sslPolicy?: string;
  certificates: ListenerCertificate[];
  defaultActions: ListenerAction[];
}

export interface LoadBalancerWithListeners extends LoadBalancerSummary {
  listeners: ListenerSummary[];
}

export type ConditionSpec =
  | { field: "host-header" | "path-pattern" | "http-request-method" | "source-ip"; values: string[] }
  | { field: "http-header"; headerName: string; values: string[] }
  | { field: "query-string"; values: { key?: string; value: string }[] };

export interface ListenerRule {
  arn: string;
  /** 1–50000, or "default" for the listener's default rule. */
  priority: number | "default";
  isDefault: boolean;
  conditions: ConditionSpec[];
  actions: ListenerAction[];
}

export interface HealthCheckConfig {
  enabled: boolean;
  protocol?: string;
  /** "traffic-port" or a port number as a string, like the API. */
  port?: string;
  path?: string;
  intervalSeconds?: number;
  timeoutSeconds?: number;
  healthyThreshold?: number;
  unhealthyThreshold?: number;
  /** HttpCode ("200", "200-299", "200,302") or GrpcCode. */
  matcher?: string;
}

export interface TargetGroupSummary {
  arn: string;
  name: string;
  targetType: TargetType;
  protocol?: string;
  port?: number;
  protocolVersion?: string;
  vpcId?: string;
  loadBalancerArns: string[];
  healthCheck: HealthCheckConfig;
}

export type TargetHealthState =
  | "initial"
  | "healthy"
  | "unhealthy"
  | "unused"
  | "draining"
  | "unavailable"
  | "unhealthy.draining"
  | "unknown";

export interface TargetHealthEntry {
  targetId: string;
  port?: number;
  availabilityZone?: string;
  /** The port the health check uses for this target. */
  healthCheckPort?: string;
  state: TargetHealthState;
  reasonCode?: string;
  description?: string;
}

export interface TargetSpec {
  id: string;
  port?: number;
  availabilityZone?: string;
}

export interface SslPolicySummary {
  name: string;
  protocols: string[];
  ciphers: string[];
  supportsTls13: boolean;
  /** Lowest TLS version the policy accepts, e.g. "TLSv1.2". */
  minimumProtocol: string;
  /** Accepts TLS 1.0/1.1 (or is one of the 2015/2016 defaults): flag it to operators. */
  isLegacy: boolean;
}

/** The name in an ELBv2 ARN: `…:targetgroup/web-tg/abc` → "web-tg", `…:loadbalancer/app/web/abc` → "web". */
export function nameFromArn(arn: string): string {
  const parts = arn.split("/");
  return parts.length >= 3 ? (parts[parts.length - 2] ?? arn) : arn;
}
