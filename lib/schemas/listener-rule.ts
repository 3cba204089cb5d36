import { z } from "zod";

import { actionSchema, checkRedirectDowngrade } from "./alb-action";

// A listener rule: its conditions, priority and action.

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
      conditions: z.array(conditionSchema).min(1, {
        error: "A rule needs at least one condition; the listener's default action handles everything else.",
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
