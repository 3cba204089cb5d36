import { z } from "zod";

import { FIXED_RESPONSE_CONTENT_TYPES } from "@/lib/alb/action-drafts";

// The action of a listener or rule: forward (weighted), redirect or fixed response.

const weightedTargetGroupSchema = z.object({
  targetGroupArn: z.string().trim().min(1, { error: "Choose a target group." }),
  weight: z.coerce
    .number({ error: "Enter the weight as a number." })
    .int({ error: "The weight must be a whole number." })
    .min(0, { error: "A weight must be between 0 and 999." })
    .max(999, { error: "A weight must be between 0 and 999." })
    .default(1),
});

export const forwardActionSchema = z
  .object({
    type: z.literal("forward"),
    targetGroups: z
      .array(weightedTargetGroupSchema)
      .min(1, { error: "Choose at least one target group to forward to." })
      .max(5, { error: "A forward action can split traffic across at most 5 target groups." }),
    stickinessDurationSeconds: z.coerce
      .number()
      .int({ error: "The stickiness duration must be a whole number of seconds." })
      .min(1, { error: "Group stickiness lasts between 1 second and 7 days (604800 seconds)." })
      .max(604800, { error: "Group stickiness lasts between 1 second and 7 days (604800 seconds)." })
      .optional(),
  })
  .superRefine((action, ctx) => {
    const seen = new Set<string>();
    action.targetGroups.forEach((group, index) => {
      if (seen.has(group.targetGroupArn)) {
        ctx.addIssue({
          code: "custom",
          path: ["targetGroups", index, "targetGroupArn"],
          message: "This target group is already in the list.",
        });
      }
      seen.add(group.targetGroupArn);
    });
    if (action.targetGroups.length > 0 && action.targetGroups.every((group) => group.weight === 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["targetGroups", 0, "weight"],
        message: "At least one target group needs a weight above 0, or no request would be forwarded.",
      });
    }
  });

const redirectPart = (label: string, fallback: string) =>
  z
    .string()
    .trim()
    .max(128, { error: `The redirect ${label} can have at most 128 characters.` })
    .default(fallback)
    .transform((value) => value || fallback);

export const redirectActionSchema = z
  .object({
    type: z.literal("redirect"),
    statusCode: z
      .enum(["HTTP_301", "HTTP_302"], { error: "Choose 301 (permanent) or 302 (temporary)." })
      .default("HTTP_301"),
    protocol: z
      .enum(["HTTP", "HTTPS", "#{protocol}"], {
        error: "Redirect to HTTP, HTTPS or keep the original protocol.",
      })
      .default("#{protocol}"),
    port: z
      .string()
      .trim()
      .default("#{port}")
      .transform((port) => port || "#{port}")
      .refine(
        (port) => port === "#{port}" || (/^\d+$/.test(port) && Number(port) >= 1 && Number(port) <= 65535),
        {
          error: "Use a port between 1 and 65535, or #{port} to keep the original.",
        },
      ),
    host: redirectPart("host", "#{host}"),
    path: redirectPart("path", "/#{path}").refine((path) => path.startsWith("/"), {
      error: "The redirect path must start with /.",
    }),
    query: redirectPart("query", "#{query}"),
  })
  .superRefine((redirect, ctx) => {
    const isSelf =
      redirect.protocol === "#{protocol}" &&
      redirect.port === "#{port}" &&
      redirect.host === "#{host}" &&
      redirect.path === "/#{path}";
    if (isSelf) {
      ctx.addIssue({
        code: "custom",
        path: ["protocol"],
        message:
          "This redirect sends requests to the same URL (a redirect loop). Change at least the protocol, port, host or path.",
      });
    }
  });

export const fixedResponseActionSchema = z.object({
  type: z.literal("fixed-response"),
  statusCode: z
    .string()
    .trim()
    .regex(/^(2|4|5)\d\d$/, {
      error: "A fixed response status must be a 2XX, 4XX or 5XX code, e.g. 200, 404 or 503.",
    }),
  contentType: z
    .enum(FIXED_RESPONSE_CONTENT_TYPES, {
      error: "Choose text/plain, text/css, text/html, application/javascript or application/json.",
    })
    .default("text/plain"),
  messageBody: z
    .string()
    .max(1024, { error: "A fixed response body can have at most 1024 characters." })
    .optional(),
});

/** forward / redirect / fixed-response: every rule ends with exactly one of these. */
export const actionSchema = z.discriminatedUnion(
  "type",
  [forwardActionSchema, redirectActionSchema, fixedResponseActionSchema],
  { error: "Choose what the listener does: forward, redirect or return a fixed response." },
);
export type ActionInput = z.infer<typeof actionSchema>;

/** Refuses a redirect from an HTTPS listener to HTTP (used by the listener and rule schemas). */
export function checkRedirectDowngrade(
  listenerProtocol: string | undefined,
  action: ActionInput,
  ctx: z.RefinementCtx,
  path: (string | number)[],
) {
  if (listenerProtocol === "HTTPS" && action.type === "redirect" && action.protocol === "HTTP") {
    ctx.addIssue({
      code: "custom",
      path: [...path, "protocol"],
      message:
        "An HTTPS listener cannot redirect to HTTP: that would downgrade visitors to an unencrypted connection.",
    });
  }
}
