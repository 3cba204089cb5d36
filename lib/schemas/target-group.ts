import { z } from "zod";

import type { Attributes } from "@/lib/alb/domain";

/** A checkbox / switch value: FormData sends "on" or "true"; a missing field is false. */
export const formBoolean = z.preprocess(
  (value) => value === true || value === "true" || value === "on" || value === "1",
  z.boolean(),
);

const NAME_PATTERN = /^[A-Za-z0-9-]+$/;

/** ELBv2 resource names: 1–32 letters, digits or hyphens, no hyphen at either end. */
export function resourceNameSchema(kind: string) {
  return z
    .string({ error: `Enter a ${kind} name.` })
    .trim()
    .min(1, { error: `Enter a ${kind} name.` })
    .max(32, { error: `A ${kind} name can have at most 32 characters.` })
    .regex(NAME_PATTERN, { error: `A ${kind} name can only contain letters, digits and hyphens (-).` })
    .refine((name) => !name.startsWith("-") && !name.endsWith("-"), {
      error: `A ${kind} name cannot start or end with a hyphen.`,
    });
}

export const targetGroupNameSchema = resourceNameSchema("target group");

export function portSchema(what: string) {
  return z.coerce
    .number({ error: `Enter the ${what} as a number.` })
    .int({ error: `The ${what} must be a whole number.` })
    .min(1, { error: `The ${what} must be between 1 and 65535.` })
    .max(65535, { error: `The ${what} must be between 1 and 65535.` });
}

function intRange(label: string, min: number, max: number, unit = "") {
  const suffix = unit ? ` ${unit}` : "";
  return z.coerce
    .number({ error: `Enter the ${label} as a number.` })
    .int({ error: `The ${label} must be a whole number.` })
    .min(min, { error: `The ${label} must be between ${min} and ${max}${suffix}.` })
    .max(max, { error: `The ${label} must be between ${min} and ${max}${suffix}.` });
}

/**
 * Why a success-code matcher is wrong, or undefined when it is fine. HTTP: 200–499 as a list
 * and/or ranges ("200,202", "200-299"); gRPC: 0–99.
 */
export function matcherProblem(matcher: string, isGrpc: boolean): string | undefined {
  const [min, max] = isGrpc ? [0, 99] : [200, 499];
  const kind = isGrpc ? "gRPC status codes" : "HTTP status codes";
  const example = isGrpc ? '"0", "0-5" or "0,12"' : '"200", "200-299" or "200,302"';
  const parts = matcher.split(",").map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => part === "")) {
    return `List ${kind} separated by commas or as a range, e.g. ${example}.`;
  }
  for (const part of parts) {
    const match = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec(part);
    if (!match) return `"${part}" is not a status code or range. Use e.g. ${example}.`;
    const low = Number(match[1]);
    const high = match[2] === undefined ? low : Number(match[2]);
    if (low < min || high > max)
      return `Success codes must be ${kind} between ${min} and ${max}; "${part}" is outside.`;
    if (high < low) return `The range "${part}" runs backwards: put the lower code first.`;
  }
  return undefined;
}

const healthCheckFields = z.object({
  enabled: formBoolean.default(true),
  protocol: z
    .enum(["HTTP", "HTTPS"], { error: "The health check protocol must be HTTP or HTTPS." })
    .default("HTTP"),
  port: z
    .string()
    .trim()
    .default("traffic-port")
    .refine(
      (port) => port === "traffic-port" || (/^\d+$/.test(port) && Number(port) >= 1 && Number(port) <= 65535),
      {
        error: 'Use "traffic-port" (the port each target receives traffic on) or a port between 1 and 65535.',
      },
    ),
  path: z
    .string()
    .trim()
    .default("/")
    .refine((path) => path.startsWith("/"), {
      error: "The health check path must start with /, e.g. /healthz.",
    })
    .refine((path) => path.length <= 1024, {
      error: "The health check path can have at most 1024 characters.",
    }),
  intervalSeconds: intRange("health check interval", 5, 300, "seconds").default(30),
  timeoutSeconds: intRange("health check timeout", 2, 120, "seconds").default(6),
  healthyThreshold: intRange("healthy threshold", 2, 10, "checks").default(5),
  unhealthyThreshold: intRange("unhealthy threshold", 2, 10, "checks").default(2),
  matcher: z.string().trim().default("200"),
});

function refineHealthCheck(
  health: z.infer<typeof healthCheckFields>,
  ctx: z.RefinementCtx,
  isGrpc: boolean,
  pathPrefix: (string | number)[] = [],
) {
  if (health.timeoutSeconds >= health.intervalSeconds) {
    ctx.addIssue({
      code: "custom",
      path: [...pathPrefix, "timeoutSeconds"],
      message: `The timeout (${health.timeoutSeconds} s) must be shorter than the interval (${health.intervalSeconds} s): a check must finish before the next one starts.`,
    });
  }
  const problem = matcherProblem(health.matcher, isGrpc);
  if (problem) ctx.addIssue({ code: "custom", path: [...pathPrefix, "matcher"], message: problem });
}

/** The health check form (HTTP/HTTPS success codes). */
export const healthCheckSchema = healthCheckFields.superRefine((health, ctx) =>
  refineHealthCheck(health, ctx, false),
);
export type HealthCheckInput = z.infer<typeof healthCheckSchema>;

/** The target group form. Lambda target groups take no protocol, port or VPC. */
export const targetGroupSchema = z
  .object({
    name: targetGroupNameSchema,
    targetType: z
      .enum(["instance", "ip", "lambda", "alb"], { error: "Choose a target type." })
      .default("instance"),
    protocol: z.enum(["HTTP", "HTTPS"], { error: "An ALB target group uses HTTP or HTTPS." }).optional(),
    port: portSchema("target port").optional(),
    vpcId: z.string().trim().optional(),
    protocolVersion: z
      .enum(["HTTP1", "HTTP2", "GRPC"], { error: "Choose HTTP1, HTTP2 or GRPC." })
      .default("HTTP1"),
    healthCheck: healthCheckFields.default(healthCheckFields.parse({})),
  })
  .superRefine((group, ctx) => {
    const isGrpc = group.protocolVersion === "GRPC";
    refineHealthCheck(group.healthCheck, ctx, isGrpc, ["healthCheck"]);

    if (group.targetType === "lambda") {
      const why =
        "Lambda target groups have no protocol, port or VPC: the load balancer invokes the function directly.";
      if (group.protocol) ctx.addIssue({ code: "custom", path: ["protocol"], message: why });
      if (group.port !== undefined) ctx.addIssue({ code: "custom", path: ["port"], message: why });
      if (group.vpcId) ctx.addIssue({ code: "custom", path: ["vpcId"], message: why });
      return;
    }
    if (!group.protocol)
      ctx.addIssue({ code: "custom", path: ["protocol"], message: "Choose HTTP or HTTPS for the targets." });
    if (group.port === undefined)
      ctx.addIssue({ code: "custom", path: ["port"], message: "Enter the port the targets listen on." });
    if (!group.vpcId)
      ctx.addIssue({ code: "custom", path: ["vpcId"], message: "Choose the VPC the targets are in." });
    if (isGrpc && group.protocol === "HTTP") {
      ctx.addIssue({
        code: "custom",
        path: ["protocolVersion"],
        message: "gRPC target groups must use HTTPS.",
      });
    }
  });
export type TargetGroupInput = z.infer<typeof targetGroupSchema>;

/** Targets to register: instance ids / IPs (with optional port override) or one Lambda ARN. */
export const targetsSchema = z
  .array(
    z.object({
      id: z.string().trim().min(1, { error: "Enter a target (instance id, IP address or Lambda ARN)." }),
      port: portSchema("target port").optional(),
      availabilityZone: z.string().trim().optional(),
    }),
  )
  .max(1000, { error: "A target group can hold at most 1000 targets behind an ALB." });
export type TargetsInput = z.infer<typeof targetsSchema>;

const RESERVED_COOKIE_PREFIXES = ["AWSALB", "AWSALBAPP", "AWSALBTG"];

/** The target group attributes form. */
export const targetGroupAttributesSchema = z
  .object({
    deregistrationDelaySeconds: intRange("deregistration delay", 0, 3600, "seconds").default(300),
    slowStartSeconds: z.coerce
      .number({ error: "Enter the slow start duration as a number." })
      .int({ error: "The slow start duration must be a whole number." })
      .refine((value) => value === 0 || (value >= 30 && value <= 900), {
        error: "Slow start must be 0 (off) or between 30 and 900 seconds.",
      })
      .default(0),
    algorithm: z
      .enum(["round_robin", "least_outstanding_requests", "weighted_random"], {
        error: "Choose a routing algorithm.",
      })
      .default("round_robin"),
    stickiness: z
      .object({
        enabled: formBoolean.default(false),
        type: z
          .enum(["lb_cookie", "app_cookie"], {
            error: "Choose load-balancer or application cookie stickiness.",
          })
          .default("lb_cookie"),
        durationSeconds: intRange("stickiness duration", 1, 604800, "seconds (7 days)").default(86400),
        appCookieName: z.string().trim().optional(),
      })
      .default({ enabled: false, type: "lb_cookie", durationSeconds: 86400 }),
  })
  .superRefine((attributes, ctx) => {
    const { stickiness } = attributes;
    if (stickiness.enabled && stickiness.type === "app_cookie") {
      const name = stickiness.appCookieName ?? "";
      if (!name) {
        ctx.addIssue({
          code: "custom",
          path: ["stickiness", "appCookieName"],
          message: "Enter the name of your application's cookie.",
        });
      } else if (RESERVED_COOKIE_PREFIXES.some((prefix) => name.toUpperCase().startsWith(prefix))) {
        ctx.addIssue({
          code: "custom",
          path: ["stickiness", "appCookieName"],
          message:
            "Cookie names starting with AWSALB, AWSALBAPP or AWSALBTG are reserved for the load balancer.",
        });
      }
    }
  });
export type TargetGroupAttributesInput = z.infer<typeof targetGroupAttributesSchema>;

/** The form's values as the ELBv2 attribute keys ModifyTargetGroupAttributes takes. */
export function targetGroupAttributesToAws(input: TargetGroupAttributesInput): Attributes {
  const attributes: Attributes = {
    "deregistration_delay.timeout_seconds": String(input.deregistrationDelaySeconds),
    "slow_start.duration_seconds": String(input.slowStartSeconds),
    "load_balancing.algorithm.type": input.algorithm,
    "stickiness.enabled": String(input.stickiness.enabled),
    "stickiness.type": input.stickiness.type,
  };
  if (input.stickiness.type === "lb_cookie") {
    attributes["stickiness.lb_cookie.duration_seconds"] = String(input.stickiness.durationSeconds);
  } else {
    attributes["stickiness.app_cookie.duration_seconds"] = String(input.stickiness.durationSeconds);
    if (input.stickiness.appCookieName)
      attributes["stickiness.app_cookie.cookie_name"] = input.stickiness.appCookieName;
  }
  return attributes;
}
