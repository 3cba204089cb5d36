import { z } from "zod";

import { healthCheckSchema, targetGroupAttributesSchema, targetsSchema } from "@/lib/schemas/target-group";

const targetGroupArn = z
  .string({ error: "No target group was given." })
  .regex(/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[A-Za-z0-9-]+\/[0-9a-f]+$/, {
    error: "That is not a target group ARN.",
  });

/** The health check as the page loaded it, sent back so the action can tell whether someone changed it since. */
const loadedHealthCheck = z.object({
  enabled: z.boolean().default(true),
  protocol: z.string().optional(),
  port: z.string().optional(),
  path: z.string().optional(),
  intervalSeconds: z.number().optional(),
  timeoutSeconds: z.number().optional(),
  healthyThreshold: z.number().optional(),
  unhealthyThreshold: z.number().optional(),
  matcher: z.string().optional(),
});

export const modifyHealthCheckSchema = z.object({
  targetGroupArn,
  loaded: loadedHealthCheck,
  healthCheck: healthCheckSchema,
});
export type ModifyHealthCheckInput = z.input<typeof modifyHealthCheckSchema>;

export const modifyAttributesSchema = z.object({
  targetGroupArn,
  loaded: z.record(z.string(), z.string()),
  attributes: targetGroupAttributesSchema,
});
export type ModifyAttributesInput = z.input<typeof modifyAttributesSchema>;

export const changeTargetsSchema = z.object({
  targetGroupArn,
  targets: targetsSchema.min(1, { error: "Choose at least one target." }),
  /** "id:port" of every target the operator saw registered when choosing. */
  loadedTargets: z.array(z.string()),
});
export type ChangeTargetsInput = z.input<typeof changeTargetsSchema>;

/** Which target group to preview for deletion, in which region (the advisor may show another region than the console's). */
export const deleteTargetGroupPreviewSchema = z.object({
  targetGroupArn,
  region: z.string().trim().max(64).optional(),
});

/** Delete of a target group as the operator reviewed it (`expected`: lib/target-groups/deletion-view). */
export const deleteTargetGroupSchema = z.object({
  targetGroupArn,
  /** The region the review read it in (the advisor may show another region than the console's). */
  region: z.string().trim().max(64).optional(),
  expected: z.record(z.string(), z.union([z.string().max(1024), z.array(z.string().max(1024)).max(1000)])),
});
export type DeleteTargetGroupInput = z.input<typeof deleteTargetGroupSchema>;
