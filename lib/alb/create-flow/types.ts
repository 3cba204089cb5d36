/** The ALB creation flow's plan, dependencies and result. Pure types: no SDK, no server-only. */

import type { ActionSpec } from "@/lib/aws/elbv2/types";

export interface IngressRule {
  protocol: "tcp";
  fromPort: number;
  toPort: number;
  cidr?: string;
  ipv6Cidr?: string;
  description?: string;
}

export interface HealthCheckParams {
  enabled: boolean;
  protocol: string;
  port: string;
  path: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  matcher: string;
}

export interface TargetGroupParams {
  name: string;
  targetType: "instance" | "ip" | "lambda" | "alb";
  protocol?: "HTTP" | "HTTPS";
  port?: number;
  vpcId?: string;
  protocolVersion?: "HTTP1" | "HTTP2" | "GRPC";
  healthCheck?: HealthCheckParams;
}

export interface TargetParams {
  id: string;
  port?: number;
  availabilityZone?: string;
}

export interface LoadBalancerParams {
  name: string;
  scheme: "internet-facing" | "internal";
  ipAddressType: "ipv4" | "dualstack" | "dualstack-without-public-ipv4";
  subnetIds: string[];
  /** Security groups chosen in the form; the new group (if any) is added at run time. */
  securityGroupIds: string[];
}

export interface ListenerParams {
  protocol: "HTTP" | "HTTPS";
  port: number;
  certificateArn?: string;
  sslPolicy?: string;
  /** forward → the wizard's target group (new or existing); redirect / fixed-response as given. */
  action: ListenerDefaultAction;
}

export type ListenerDefaultAction =
  | { type: "forward" }
  | Extract<ActionSpec, { type: "redirect" }>
  | Extract<ActionSpec, { type: "fixed-response" }>;

/** An existing target group the flow uses as it is: never modified, never deleted. */
export interface ExistingTargetGroupParams {
  arn: string;
  name: string;
  vpcId: string;
}

export interface AliasParams {
  hostedZoneId: string;
  recordName: string;
}

interface StepBase {
  /** Stable id, e.g. "listener:HTTPS:443". */
  id: string;
  /** What the operator reads in the summary, e.g. "Create HTTPS listener on port 443". */
  label: string;
  /** The AWS API call(s) the step makes, e.g. "elasticloadbalancing:CreateListener". */
  apiCall: string;
}

export type CreationStep =
  | (StepBase & {
      kind: "create-security-group";
      params: { name: string; description: string; vpcId: string; ingress: IngressRule[] };
    })
  | (StepBase & { kind: "create-target-group"; params: TargetGroupParams })
  | (StepBase & { kind: "use-existing-target-group"; params: ExistingTargetGroupParams })
  | (StepBase & { kind: "register-targets"; params: { targets: TargetParams[] } })
  | (StepBase & { kind: "create-load-balancer"; params: LoadBalancerParams })
  | (StepBase & { kind: "wait-until-available"; params: Record<string, never> })
  | (StepBase & { kind: "create-listener"; params: ListenerParams })
  | (StepBase & { kind: "create-alias"; params: AliasParams });

export type CreationStepKind = CreationStep["kind"];

export interface AlbCreationPlan {
  region: string;
  steps: CreationStep[];
}

export interface CreatedLoadBalancer {
  arn: string;
  dnsName: string;
  canonicalHostedZoneId: string;
}

/**
 * Everything the flow calls, injected so the flow stays pure and testable. `awsAlbCreationDeps`
 * (lib/aws/alb-creation-deps.ts) builds the real ones; `createAlias` comes from the Route 53 module.
 */
export interface AlbCreationDeps {
  createSecurityGroup(params: {
    name: string;
    description: string;
    vpcId: string;
    ingress: IngressRule[];
  }): Promise<string>;
  deleteSecurityGroup(groupId: string): Promise<void>;
  createTargetGroup(params: TargetGroupParams): Promise<{ arn: string }>;
  /**
   * The ARN of the load balancer / target group with this name, if one exists. Asked before creating:
   * CreateLoadBalancer and CreateTargetGroup hand back an existing resource with identical settings,
   * which this flow must never take for its own (and then delete on rollback).
   */
  findLoadBalancerArn(name: string): Promise<string | undefined>;
  findTargetGroupArn(name: string): Promise<string | undefined>;
  /** An existing target group as it is now (undefined when it is gone). */
  describeTargetGroup(arn: string): Promise<{ arn: string; name: string; vpcId?: string } | undefined>;
  /** The targets registered in a target group now, so a rollback deregisters only the ones it added. */
  registeredTargets(targetGroupArn: string): Promise<TargetParams[]>;
  deleteTargetGroup(arn: string): Promise<void>;
  registerTargets(targetGroupArn: string, targets: TargetParams[]): Promise<void>;
  deregisterTargets(targetGroupArn: string, targets: TargetParams[]): Promise<void>;
  createLoadBalancer(params: LoadBalancerParams): Promise<CreatedLoadBalancer>;
  waitUntilAvailable(loadBalancerArn: string): Promise<void>;
  deleteLoadBalancer(arn: string): Promise<void>;
  /** The load balancer's network interfaces hold its security groups until it is gone. */
  waitUntilDeleted(loadBalancerArn: string): Promise<void>;
  createListener(
    params: ListenerParams & { loadBalancerArn: string; targetGroupArn?: string },
  ): Promise<{ arn: string }>;
  deleteListener(arn: string): Promise<void>;
  /** Route 53 UPSERT of an alias A (and AAAA for dualstack) record to the ALB. */
  createAlias?(
    params: AliasParams & { alb: CreatedLoadBalancer; ipAddressType: LoadBalancerParams["ipAddressType"] },
  ): Promise<void>;
  /** Progress for the UI: called when a step starts, succeeds or fails, and for each undo. */
  onProgress?(event: ProgressEvent): void;
}

export type ProgressEvent =
  | { type: "step-started" | "step-succeeded"; step: Pick<CreationStep, "id" | "label"> }
  | { type: "step-failed"; step: Pick<CreationStep, "id" | "label">; error: StepError }
  | { type: "undo"; resource: string; ok: boolean };

export interface StepError {
  code: string;
  message: string;
  requestId?: string;
}

export interface CreatedResources {
  securityGroupId?: string;
  /** The new target group, or the existing one used (then `targetGroupExisting` is true). */
  targetGroupArn?: string;
  targetGroupExisting?: boolean;
  registeredTargets: string[];
  loadBalancer?: CreatedLoadBalancer;
  listenerArns: string[];
  aliasRecord?: string;
}

export type AlbCreationResult =
  | { status: "created"; resources: CreatedResources }
  | {
      status: "failed";
      failedStep: { id: string; kind: CreationStepKind; label: string };
      error: StepError;
      /** What this flow created and then removed again, in the order it was undone. */
      rolledBack: string[];
      /** What could not be removed: the operator must delete these by hand. */
      leftBehind: string[];
    };
