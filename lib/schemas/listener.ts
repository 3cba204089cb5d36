import { z } from "zod";

import { portSchema } from "./target-group";

/** What the listener and rule forms need to know about ACM certificates in the ALB's region. */
export interface CertificateContext {
  /** ARN → ACM status ("ISSUED", "PENDING_VALIDATION", …) of every certificate in the region. */
  statuses: Record<string, string>;
}

const CERTIFICATE_STATUS_WORDS: Record<string, string> = {
  PENDING_VALIDATION:
    "is still waiting for its DNS validation record; create the CNAME and wait until ACM shows it as Issued",
  VALIDATION_TIMED_OUT: "was never validated (ACM gave up after 72 hours); request a new certificate",
  FAILED: "failed to be issued; request a new one",
  EXPIRED: "has expired; renew or import a new one",
  REVOKED: "has been revoked",
  INACTIVE: "is inactive",
};

/** Why this certificate cannot go on a listener, or undefined when it can. Moto accepts PENDING ones; AWS does not. */
export function certificateProblem(arn: string, context: CertificateContext | undefined): string | undefined {
  if (!context) return undefined;
  const status = context.statuses[arn];
  if (status === undefined) {
    return "This certificate is not in ACM in the load balancer's region. A listener can only use a certificate from its own region.";
  }
  if (status === "ISSUED") return undefined;
  return `This certificate ${CERTIFICATE_STATUS_WORDS[status] ?? `is ${status}`}. Only an issued certificate can be used on a listener.`;
}

export const FIXED_RESPONSE_CONTENT_TYPES = [
  "text/plain",
  "text/css",
  "text/html",
  "application/javascript",
  "application/json",
] as const;

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

function checkRedirectDowngrade(
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

const listenerFields = z.object({
  protocol: z.enum(["HTTP", "HTTPS"], { error: "An Application Load Balancer listens on HTTP or HTTPS." }),
  port: portSchema("listener port"),
  certificateArn: z.string().trim().optional(),
  sslPolicy: z.string().trim().optional(),
  defaultAction: actionSchema,
});

/**
 * The listener form. Pass the ACM certificate statuses of the region to reject certificates that
 * are not ISSUED (moto accepts a pending certificate; AWS refuses it), and the ports already used on
 * the load balancer to reject a duplicate.
 */
export function listenerSchemaFor(context: { certificates?: CertificateContext; usedPorts?: number[] } = {}) {
  return listenerFields.superRefine((listener, ctx) => {
    if (context.usedPorts?.includes(listener.port)) {
      ctx.addIssue({
        code: "custom",
        path: ["port"],
        message: `This load balancer already has a listener on port ${listener.port}.`,
      });
    }

    if (listener.protocol === "HTTPS") {
      if (!listener.certificateArn) {
        ctx.addIssue({
          code: "custom",
          path: ["certificateArn"],
          message:
            "An HTTPS listener needs exactly one default certificate: choose an issued ACM certificate.",
        });
      } else {
        const problem = certificateProblem(listener.certificateArn, context.certificates);
        if (problem) ctx.addIssue({ code: "custom", path: ["certificateArn"], message: problem });
      }
      if (!listener.sslPolicy) {
        ctx.addIssue({
          code: "custom",
          path: ["sslPolicy"],
          message:
            "An HTTPS listener needs a security policy; ELBSecurityPolicy-TLS13-1-2-2021-06 is the recommended one.",
        });
      }
    } else {
      if (listener.certificateArn) {
        ctx.addIssue({
          code: "custom",
          path: ["certificateArn"],
          message: "Only HTTPS listeners take a certificate.",
        });
      }
      if (listener.sslPolicy) {
        ctx.addIssue({
          code: "custom",
          path: ["sslPolicy"],
          message: "Only HTTPS listeners take a security policy.",
        });
      }
    }

    checkRedirectDowngrade(listener.protocol, listener.defaultAction, ctx, ["defaultAction"]);
    const action = listener.defaultAction;
    if (
      action.type === "redirect" &&
      (action.protocol === listener.protocol || action.protocol === "#{protocol}") &&
      (action.port === String(listener.port) || action.port === "#{port}") &&
      action.host === "#{host}" &&
      action.path === "/#{path}"
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultAction", "protocol"],
        message: `This redirect points back at this listener (${listener.protocol}:${listener.port}), which loops forever. Redirect to another protocol, port, host or path.`,
      });
    }
  });
}

/** The listener form without certificate context (certificates are only checked for presence). */
export const listenerSchema = listenerSchemaFor();
export type ListenerInput = z.infer<typeof listenerSchema>;

const conditionValue = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Enter a ${what}.` })
    .max(128, { error: `A ${what} can have at most 128 characters.` });

const conditionValues = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1, { error: "Enter at least one value." })
    .max(3, { error: "A condition can compare at most 3 values; add another condition for more." });

const HOST_PATTERN = /^[A-Za-z0-9*?.-]+$/;
const CIDR_PATTERN = /^(?:\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}|[0-9A-Fa-f:]+\/\d{1,3})$/;

export const conditionSchema = z.discriminatedUnion(
  "field",
  [
    z.object({
      field: z.literal("host-header"),
      values: conditionValues(
        conditionValue("host name").regex(HOST_PATTERN, {
          error: "A host name can contain letters, digits, hyphens, dots and the wildcards * and ?.",
        }),
      ),
    }),
    z.object({
      field: z.literal("path-pattern"),
      values: conditionValues(conditionValue("path pattern")),
    }),
    z.object({
      field: z.literal("http-request-method"),
      values: conditionValues(
        conditionValue("HTTP method").regex(/^[A-Z_-]{1,40}$/, {
          error: "An HTTP method is written in capitals, e.g. GET or POST.",
        }),
      ),
    }),
    z.object({
      field: z.literal("source-ip"),
      values: conditionValues(
        conditionValue("CIDR block").regex(CIDR_PATTERN, {
          error: "Enter a CIDR block, e.g. 203.0.113.0/24.",
        }),
      ),
    }),
    z.object({
      field: z.literal("http-header"),
      headerName: z
        .string()
        .trim()
        .min(1, { error: "Enter the header name." })
        .max(40, { error: "A header name can have at most 40 characters." })
        .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, {
          error: "A header name cannot contain spaces or separators.",
        }),
      values: conditionValues(conditionValue("header value")),
    }),
    z.object({
      field: z.literal("query-string"),
      values: conditionValues(
        z.object({
          key: z
            .string()
            .trim()
            .max(128, { error: "A query key can have at most 128 characters." })
            .optional(),
          value: conditionValue("query value"),
        }),
      ),
    }),
  ],
  { error: "Choose a condition type." },
);
export type ConditionInput = z.infer<typeof conditionSchema>;

const SINGLE_CONDITIONS = new Set(["host-header", "path-pattern", "http-request-method", "source-ip"]);

function countWildcards(condition: ConditionInput): number {
  if (condition.field === "http-request-method" || condition.field === "source-ip") return 0;
  const strings =
    condition.field === "query-string"
      ? condition.values.flatMap((pair) => [pair.key ?? "", pair.value])
      : condition.values;
  return strings.reduce((sum, value) => sum + (value.match(/[*?]/g)?.length ?? 0), 0);
}

/**
 * The rule form. `listenerProtocol` forbids HTTPS→HTTP redirects; `usedPriorities` (other rules of
 * the listener) keeps priorities unique.
 */
export function ruleSchemaFor(
  context: { listenerProtocol?: "HTTP" | "HTTPS"; usedPriorities?: number[] } = {},
) {
  return z
    .object({
      priority: z.coerce
        .number({ error: "Enter the priority as a number." })
        .int({ error: "The priority must be a whole number." })
        .min(1, { error: "The priority must be between 1 and 50000 (lower is evaluated first)." })
        .max(50000, { error: "The priority must be between 1 and 50000 (lower is evaluated first)." }),
      conditions: z
        .array(conditionSchema)
        .min(1, {
          error:
            "A rule needs at least one condition; the listener's default action handles everything else.",
        }),
      action: actionSchema,
    })
    .superRefine((rule, ctx) => {
      if (context.usedPriorities?.includes(rule.priority)) {
        ctx.addIssue({
          code: "custom",
          path: ["priority"],
          message: `Another rule of this listener already has priority ${rule.priority}.`,
        });
      }

      const seen = new Set<string>();
      rule.conditions.forEach((condition, index) => {
        if (SINGLE_CONDITIONS.has(condition.field) && seen.has(condition.field)) {
          ctx.addIssue({
            code: "custom",
            path: ["conditions", index, "field"],
            message: `A rule can have only one ${condition.field} condition: put the values in the first one.`,
          });
        }
        seen.add(condition.field);
      });

      const total = rule.conditions.reduce((sum, condition) => sum + condition.values.length, 0);
      if (total > 5) {
        ctx.addIssue({
          code: "custom",
          path: ["conditions"],
          message: `A rule can compare at most 5 values across all its conditions; this one has ${total}.`,
        });
      }
      const wildcards = rule.conditions.reduce((sum, condition) => sum + countWildcards(condition), 0);
      if (wildcards > 5) {
        ctx.addIssue({
          code: "custom",
          path: ["conditions"],
          message: `A rule can use at most 5 wildcards (* or ?); this one has ${wildcards}.`,
        });
      }

      checkRedirectDowngrade(context.listenerProtocol, rule.action, ctx, ["action"]);
    });
}

export const ruleSchema = ruleSchemaFor();
export type RuleInput = z.infer<typeof ruleSchema>;

/** Extra (SNI) certificates for an HTTPS listener: issued, in the region, ≤ 25 beside the default. */
export function listenerCertificatesSchemaFor(
  context: { certificates?: CertificateContext; existingCount?: number } = {},
) {
  return z
    .object({
      certificateArns: z
        .array(z.string().trim().min(1))
        .min(1, { error: "Choose at least one certificate to add." }),
    })
    .superRefine((input, ctx) => {
      input.certificateArns.forEach((arn, index) => {
        const problem = certificateProblem(arn, context.certificates);
        if (problem) ctx.addIssue({ code: "custom", path: ["certificateArns", index], message: problem });
      });
      const total = (context.existingCount ?? 0) + input.certificateArns.length;
      if (total > 25) {
        ctx.addIssue({
          code: "custom",
          path: ["certificateArns"],
          message: `A load balancer can hold at most 25 certificates beside the default one; this would make ${total}.`,
        });
      }
    });
}
