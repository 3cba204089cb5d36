import { z } from "zod";

import { OPERATOR_COMMANDS } from "@/lib/rollouts/commands";
import { MAX_BAKE_SECONDS, MAX_STEPS } from "@/lib/rollouts/strategy";

import { requiredWholeNumber } from "./form-values";

// Limits: ELBv2 API Reference (TargetGroupTuple weight 0–999, ≤ 5 per forward action), Route 53 API Reference
// (ResourceRecordSet weight 0–255, type), CloudWatch API Reference (DescribeAlarms: AlarmNames ≤ 100, each 1–255
// characters). The planner checks the weights themselves; this schema checks the shape and the ranges of the form.

const percent = (label: string) =>
  z.coerce
    .number({ error: `Enter the ${label} as a percentage.` })
    .min(0.1, { error: `The ${label} must be at least 0.1 %.` })
    .max(100, { error: `The ${label} can be at most 100 %.` })
    .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9, {
      error: `The ${label} takes at most one decimal (0.1 %).`,
    });

const bake = (label: string) => requiredWholeNumber(label, 0, MAX_BAKE_SECONDS);
const approval = z.enum(["none", "before-full", "before-each"], {
  error: "Pick when an approval is needed.",
});

const arn = (what: string) =>
  z
    .string({ error: `Pick the ${what}.` })
    .min(1, { error: `Pick the ${what}.` })
    .startsWith("arn:", { error: `The ${what} must be an ARN.` });

export const rolloutTargetSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("alb-listener"), region: z.string().min(1), listenerArn: arn("listener") }),
    z.object({
      kind: z.literal("alb-rule"),
      region: z.string().min(1),
      listenerArn: arn("listener"),
      ruleArn: arn("rule"),
    }),
    z.object({
      kind: z.literal("route53-weighted"),
      zoneId: z.string().min(1, { error: "Pick the hosted zone." }),
      name: z
        .string()
        .min(1, { error: "Enter the record name." })
        .max(255, { error: "A name is at most 255 characters." }),
      type: z.enum(["A", "AAAA", "CNAME", "MX", "TXT", "PTR", "SRV", "SPF", "NAPTR", "CAA", "DS"], {
        error: "Pick the record type.",
      }),
    }),
  ],
  { error: "Pick what the rollout shifts weight on." },
);

export const strategySchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("canary"),
      canaryPercent: percent("canary share").refine((v) => v < 100, {
        error: "The canary share must be below 100 %.",
      }),
      bakeSeconds: bake("bake time"),
      approval,
      finalBakeSeconds: bake("final bake time").optional(),
    }),
    z.object({
      kind: z.literal("linear"),
      stepPercent: percent("increment").refine((v) => v < 100, {
        error: "The increment must be below 100 %.",
      }),
      bakeSeconds: bake("bake time"),
      approval,
      finalBakeSeconds: bake("final bake time").optional(),
    }),
    z.object({
      kind: z.literal("exponential"),
      startPercent: percent("first step").refine((v) => v < 100, {
        error: "The first step must be below 100 %.",
      }),
      factor: z.coerce
        .number({ error: "Enter the growth factor." })
        .gt(1, { error: "The growth factor must be greater than 1." })
        .max(10, { error: "The growth factor can be at most 10." }),
      bakeSeconds: bake("bake time"),
      approval,
      finalBakeSeconds: bake("final bake time").optional(),
    }),
    z.object({
      kind: z.literal("custom"),
      steps: z
        .array(
          z.object({
            percent: percent("step's share"),
            bakeSeconds: bake("step's bake time"),
            requiresApproval: z.boolean(),
          }),
        )
        .min(1, { error: "Add at least one step." })
        .max(MAX_STEPS, { error: `A plan has at most ${MAX_STEPS} steps.` }),
    }),
  ],
  { error: "Pick a strategy." },
);

export const gatesSchema = z.object({
  alarms: z
    .array(z.string().min(1).max(255, { error: "An alarm name is at most 255 characters." }))
    .max(100, { error: "Pick at most 100 alarms." })
    .default([]),
  alarmRegion: z.string().min(1).optional(),
  minHealthyTargets: requiredWholeNumber("minimum of healthy targets", 0, 1000),
  analysis: z
    .object({
      maxErrorRateIncreasePercent: z.coerce
        .number({ error: "Enter the largest error-rate increase in percentage points." })
        .min(0, { error: "The error-rate increase cannot be negative." })
        .max(100, { error: "The error-rate increase can be at most 100 points." }),
      maxLatencyIncreasePercent: z.coerce
        .number({ error: "Enter the largest latency increase in percent." })
        .min(0, { error: "The latency increase cannot be negative." })
        .max(1000, { error: "The latency increase can be at most 1000 %." }),
      minRequests: requiredWholeNumber("minimum of requests", 1, 1_000_000_000),
      noDataPolicy: z.enum(["pass", "pause", "fail"], { error: "Pick what happens without enough data." }),
      intervalSeconds: requiredWholeNumber("evaluation interval (seconds)", 10, 3600),
    })
    .optional(),
});

export const startRolloutSchema = z.object({
  target: rolloutTargetSchema,
  stableId: z.string({ error: "Pick the stable version." }).min(1, { error: "Pick the stable version." }),
  canaryId: z
    .string({ error: "Pick the version to promote." })
    .min(1, { error: "Pick the version to promote." }),
  strategy: strategySchema,
  gates: gatesSchema,
  /** The weights the operator planned from: a start on weights that changed since is refused, not silently re-planned. */
  seenWeights: z.record(z.string(), z.number().int().min(0).max(999)).optional(),
  reason: z
    .string({ error: "Say why you start this rollout." })
    .trim()
    .min(1, { error: "Say why you start this rollout." })
    .max(500, { error: "Keep the reason under 500 characters." }),
});

export type StartRolloutInput = z.infer<typeof startRolloutSchema>;

/** An operator command on a running rollout: every one needs a reason for the history and the audit log. */
export const rolloutCommandSchema = z.object({
  id: z.string().min(1),
  command: z.enum(OPERATOR_COMMANDS),
  reason: z
    .string({ error: "Say why." })
    .trim()
    .min(1, { error: "Say why." })
    .max(500, { error: "Keep the reason under 500 characters." }),
  /** The rollout version the caller saw: a command on a rollout that moved meanwhile is refused. */
  expectedVersion: z.coerce.number().int().min(1).optional(),
});

export type RolloutCommandInput = z.infer<typeof rolloutCommandSchema>;
export type RolloutCommand = RolloutCommandInput["command"];
