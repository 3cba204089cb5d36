import "server-only";

import {
  CreateTargetGroupCommand,
  DeleteTargetGroupCommand,
  DeregisterTargetsCommand,
  ModifyTargetGroupAttributesCommand,
  ModifyTargetGroupCommand,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { AwsError, callAws } from "../errors";
import { attributesFromSdk, attributesToSdk, targetToSdk, toTargetGroupSummary } from "./map";
import type {
  Attributes,
  HealthCheckConfig,
  TargetGroupSummary,
  TargetSpec,
  TargetType,
} from "@/lib/alb/domain";

export interface CreateTargetGroupParams {
  name: string;
  targetType: TargetType;
  /** Not for lambda target groups. */
  protocol?: "HTTP" | "HTTPS";
  port?: number;
  vpcId?: string;
  protocolVersion?: "HTTP1" | "HTTP2" | "GRPC";
  healthCheck?: Partial<HealthCheckConfig>;
  tags?: Record<string, string>;
}

function healthCheckToSdk(health: Partial<HealthCheckConfig> | undefined, protocolVersion?: string) {
  if (!health) return {};
  return {
    HealthCheckEnabled: health.enabled,
    HealthCheckProtocol: health.protocol as "HTTP" | "HTTPS" | undefined,
    HealthCheckPort: health.port,
    HealthCheckPath: health.path,
    HealthCheckIntervalSeconds: health.intervalSeconds,
    HealthCheckTimeoutSeconds: health.timeoutSeconds,
    HealthyThresholdCount: health.healthyThreshold,
    UnhealthyThresholdCount: health.unhealthyThreshold,
    ...(health.matcher
      ? { Matcher: protocolVersion === "GRPC" ? { GrpcCode: health.matcher } : { HttpCode: health.matcher } }
      : {}),
  };
}

/** Creates a target group. Lambda target groups take no protocol, port or VPC. */
export async function createTargetGroup(
  region: string,
  params: CreateTargetGroupParams,
): Promise<TargetGroupSummary> {
  const isLambda = params.targetType === "lambda";
  const response = await callAws("create the target group", () =>
    clients.elbv2(region).send(
      new CreateTargetGroupCommand({
        Name: params.name,
        TargetType: params.targetType,
        ...(isLambda
          ? {}
          : {
              Protocol: params.protocol,
              Port: params.port,
              VpcId: params.vpcId,
              ProtocolVersion: params.protocolVersion,
            }),
        ...healthCheckToSdk(params.healthCheck, params.protocolVersion),
        Tags: Object.entries(params.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      }),
    ),
  );
  const group = response.TargetGroups?.[0];
  if (!group?.TargetGroupArn) {
    throw new AwsError({
      kind: "unknown",
      code: "EmptyResponse",
      message: "AWS did not return the new target group.",
    });
  }
  return toTargetGroupSummary(group);
}

/** Changes a target group's health check. */
export async function modifyTargetGroupHealthCheck(
  region: string,
  arn: string,
  healthCheck: Partial<HealthCheckConfig>,
  protocolVersion?: string,
): Promise<TargetGroupSummary> {
  const response = await callAws("change the health check", () =>
    clients.elbv2(region).send(
      new ModifyTargetGroupCommand({
        TargetGroupArn: arn,
        ...healthCheckToSdk(healthCheck, protocolVersion),
      }),
    ),
  );
  const group = response.TargetGroups?.[0];
  if (!group)
    throw new AwsError({
      kind: "unknown",
      code: "EmptyResponse",
      message: "AWS did not return the target group.",
    });
  return toTargetGroupSummary(group);
}

/** Deletes a target group (fails with ResourceInUse while a listener or rule still forwards to it). */
export async function deleteTargetGroup(region: string, arn: string): Promise<void> {
  await callAws("delete the target group", () =>
    clients.elbv2(region).send(new DeleteTargetGroupCommand({ TargetGroupArn: arn })),
  );
}

/** Registers targets (instance ids, IPs or a Lambda ARN). */
export async function registerTargets(
  region: string,
  targetGroupArn: string,
  targets: TargetSpec[],
): Promise<void> {
  if (targets.length === 0) return;
  await callAws("register the targets", () =>
    clients
      .elbv2(region)
      .send(
        new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: targets.map(targetToSdk) }),
      ),
  );
}

/** Deregisters targets; they drain for the deregistration delay. */
export async function deregisterTargets(
  region: string,
  targetGroupArn: string,
  targets: TargetSpec[],
): Promise<void> {
  if (targets.length === 0) return;
  await callAws("deregister the targets", () =>
    clients
      .elbv2(region)
      .send(
        new DeregisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: targets.map(targetToSdk) }),
      ),
  );
}

/** Changes some target group attributes; returns every attribute after the change. */
export async function modifyTargetGroupAttributes(
  region: string,
  arn: string,
  attributes: Attributes,
): Promise<Attributes> {
  const response = await callAws("change the target group attributes", () =>
    clients.elbv2(region).send(
      new ModifyTargetGroupAttributesCommand({
        TargetGroupArn: arn,
        Attributes: attributesToSdk(attributes),
      }),
    ),
  );
  return attributesFromSdk(response.Attributes);
}
