import type {
  Action,
  Listener,
  LoadBalancer,
  RuleCondition,
  TargetDescription,
  TargetGroup,
  TargetHealthDescription,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import type {
  ActionSpec,
  Attributes,
  ConditionSpec,
  ListenerAction,
  ListenerSummary,
  LoadBalancerSummary,
  TargetGroupSummary,
  TargetHealthEntry,
  TargetSpec,
} from "@/lib/alb/domain";
import { describeAlbAction } from "@/lib/alb/describe-action";

const LB_STATES = new Set(["active", "active_impaired", "failed", "provisioning"]);

export function toLoadBalancerSummary(lb: LoadBalancer): LoadBalancerSummary {
  const state = lb.State?.Code ?? "unknown";
  return {
    arn: lb.LoadBalancerArn ?? "",
    name: lb.LoadBalancerName ?? "",
    dnsName: lb.DNSName ?? "",
    canonicalHostedZoneId: lb.CanonicalHostedZoneId ?? "",
    type: lb.Type ?? "application",
    scheme: lb.Scheme ?? "internet-facing",
    state: LB_STATES.has(state) ? state : "unknown",
    stateReason: lb.State?.Reason || undefined,
    vpcId: lb.VpcId ?? "",
    ipAddressType: lb.IpAddressType ?? "ipv4",
    availabilityZones: (lb.AvailabilityZones ?? []).map((az) => ({
      zoneName: az.ZoneName ?? "",
      subnetId: az.SubnetId ?? "",
    })),
    securityGroupIds: lb.SecurityGroups ?? [],
    createdAt: lb.CreatedTime?.toISOString(),
  };
}

function actionSpec(action: Action): ActionSpec | undefined {
  if (action.Type === "forward") {
    const groups = action.ForwardConfig?.TargetGroups?.length
      ? action.ForwardConfig.TargetGroups.map((tg) => ({
          targetGroupArn: tg.TargetGroupArn ?? "",
          weight: tg.Weight,
        }))
      : action.TargetGroupArn
        ? [{ targetGroupArn: action.TargetGroupArn }]
        : [];
    const stickiness = action.ForwardConfig?.TargetGroupStickinessConfig;
    return {
      type: "forward",
      targetGroups: groups,
      ...(stickiness?.Enabled && stickiness.DurationSeconds
        ? { stickinessDurationSeconds: stickiness.DurationSeconds }
        : {}),
    };
  }
  if (action.Type === "redirect" && action.RedirectConfig) {
    const redirect = action.RedirectConfig;
    return {
      type: "redirect",
      statusCode: redirect.StatusCode === "HTTP_302" ? "HTTP_302" : "HTTP_301",
      protocol: redirect.Protocol,
      port: redirect.Port,
      host: redirect.Host,
      path: redirect.Path,
      query: redirect.Query,
    };
  }
  if (action.Type === "fixed-response" && action.FixedResponseConfig) {
    const fixed = action.FixedResponseConfig;
    return {
      type: "fixed-response",
      statusCode: fixed.StatusCode ?? "",
      contentType: fixed.ContentType,
      messageBody: fixed.MessageBody,
    };
  }
  return undefined;
}

export function toListenerAction(action: Action): ListenerAction {
  const spec = actionSpec(action);
  return {
    type: action.Type ?? "unknown",
    order: action.Order,
    summary: spec ? describeAlbAction(spec) : (action.Type ?? "unknown"),
    ...(spec ? { spec } : {}),
  };
}

export function toListenerSummary(listener: Listener): ListenerSummary {
  return {
    arn: listener.ListenerArn ?? "",
    loadBalancerArn: listener.LoadBalancerArn ?? "",
    protocol: listener.Protocol ?? "HTTP",
    port: listener.Port ?? 0,
    sslPolicy: listener.SslPolicy || undefined,
    certificates: (listener.Certificates ?? []).map((cert) => ({
      certificateArn: cert.CertificateArn ?? "",
      isDefault: cert.IsDefault ?? true,
    })),
    defaultActions: [...(listener.DefaultActions ?? [])]
      .sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0))
      .map(toListenerAction),
  };
}

/** Our action spec as the SDK wants it. */
export function actionToSdk(spec: ActionSpec, order?: number): Action {
  const withOrder = order === undefined ? {} : { Order: order };
  switch (spec.type) {
    case "forward":
      return {
        Type: "forward",
        ...withOrder,
        ForwardConfig: {
          TargetGroups: spec.targetGroups.map((tg) => ({
            TargetGroupArn: tg.targetGroupArn,
            ...(tg.weight === undefined ? {} : { Weight: tg.weight }),
          })),
          ...(spec.stickinessDurationSeconds
            ? {
                TargetGroupStickinessConfig: {
                  Enabled: true,
                  DurationSeconds: spec.stickinessDurationSeconds,
                },
              }
            : {}),
        },
      };
    case "redirect":
      return {
        Type: "redirect",
        ...withOrder,
        RedirectConfig: {
          StatusCode: spec.statusCode,
          Protocol: spec.protocol,
          Port: spec.port,
          Host: spec.host,
          Path: spec.path,
          Query: spec.query,
        },
      };
    case "fixed-response":
      return {
        Type: "fixed-response",
        ...withOrder,
        FixedResponseConfig: {
          StatusCode: spec.statusCode,
          ContentType: spec.contentType,
          MessageBody: spec.messageBody,
        },
      };
  }
}

export function toConditionSpec(condition: RuleCondition): ConditionSpec | undefined {
  switch (condition.Field) {
    case "host-header":
      return { field: "host-header", values: condition.HostHeaderConfig?.Values ?? condition.Values ?? [] };
    case "path-pattern":
      return { field: "path-pattern", values: condition.PathPatternConfig?.Values ?? condition.Values ?? [] };
    case "http-request-method":
      return { field: "http-request-method", values: condition.HttpRequestMethodConfig?.Values ?? [] };
    case "source-ip":
      return { field: "source-ip", values: condition.SourceIpConfig?.Values ?? [] };
    case "http-header":
      return {
        field: "http-header",
        headerName: condition.HttpHeaderConfig?.HttpHeaderName ?? "",
        values: condition.HttpHeaderConfig?.Values ?? [],
      };
    case "query-string":
      return {
        field: "query-string",
        values: (condition.QueryStringConfig?.Values ?? []).map((pair) => ({
          ...(pair.Key ? { key: pair.Key } : {}),
          value: pair.Value ?? "",
        })),
      };
    default:
      return undefined;
  }
}

export function conditionToSdk(condition: ConditionSpec): RuleCondition {
  switch (condition.field) {
    case "host-header":
      return { Field: "host-header", HostHeaderConfig: { Values: condition.values } };
    case "path-pattern":
      return { Field: "path-pattern", PathPatternConfig: { Values: condition.values } };
    case "http-request-method":
      return { Field: "http-request-method", HttpRequestMethodConfig: { Values: condition.values } };
    case "source-ip":
      return { Field: "source-ip", SourceIpConfig: { Values: condition.values } };
    case "http-header":
      return {
        Field: "http-header",
        HttpHeaderConfig: { HttpHeaderName: condition.headerName, Values: condition.values },
      };
    case "query-string":
      return {
        Field: "query-string",
        QueryStringConfig: { Values: condition.values.map((pair) => ({ Key: pair.key, Value: pair.value })) },
      };
  }
}

export function toTargetGroupSummary(tg: TargetGroup): TargetGroupSummary {
  return {
    arn: tg.TargetGroupArn ?? "",
    name: tg.TargetGroupName ?? "",
    targetType: tg.TargetType ?? "instance",
    protocol: tg.Protocol,
    port: tg.Port,
    protocolVersion: tg.ProtocolVersion,
    vpcId: tg.VpcId,
    loadBalancerArns: tg.LoadBalancerArns ?? [],
    healthCheck: {
      enabled: tg.HealthCheckEnabled ?? true,
      protocol: tg.HealthCheckProtocol,
      port: tg.HealthCheckPort,
      path: tg.HealthCheckPath,
      intervalSeconds: tg.HealthCheckIntervalSeconds,
      timeoutSeconds: tg.HealthCheckTimeoutSeconds,
      healthyThreshold: tg.HealthyThresholdCount,
      unhealthyThreshold: tg.UnhealthyThresholdCount,
      matcher: tg.Matcher?.HttpCode ?? tg.Matcher?.GrpcCode,
    },
  };
}

const HEALTH_STATES = new Set([
  "initial",
  "healthy",
  "unhealthy",
  "unused",
  "draining",
  "unavailable",
  "unhealthy.draining",
]);

export function toTargetHealthEntry(description: TargetHealthDescription): TargetHealthEntry {
  const state = description.TargetHealth?.State ?? "unknown";
  return {
    targetId: description.Target?.Id ?? "",
    port: description.Target?.Port,
    availabilityZone: description.Target?.AvailabilityZone,
    healthCheckPort: description.HealthCheckPort,
    state: HEALTH_STATES.has(state) ? state : "unknown",
    reasonCode: description.TargetHealth?.Reason,
    description: description.TargetHealth?.Description,
  };
}

export function targetToSdk(target: TargetSpec): TargetDescription {
  return {
    Id: target.id,
    ...(target.port === undefined ? {} : { Port: target.port }),
    ...(target.availabilityZone ? { AvailabilityZone: target.availabilityZone } : {}),
  };
}

export function attributesFromSdk(list: { Key?: string; Value?: string }[] | undefined): Attributes {
  const attributes: Attributes = {};
  for (const { Key, Value } of list ?? []) if (Key) attributes[Key] = Value ?? "";
  return attributes;
}

export function attributesToSdk(attributes: Attributes): { Key: string; Value: string }[] {
  return Object.entries(attributes).map(([Key, Value]) => ({ Key, Value }));
}
