/** What the ALB edit actions accept: the lib/schemas field rules plus what the form loaded (for concurrency). */
import { z } from "zod";

import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { loadBalancerAttributesSchema, subnetChoiceSchema } from "@/lib/schemas/load-balancer";
import { actionSchema } from "@/lib/schemas/alb-action";
import { listenerSchema } from "@/lib/schemas/listener";
import { ruleSchema, ruleSchemaFor, type RuleInput } from "@/lib/schemas/listener-rule";

/** A view as sent back by the form: label → value or list of values. */
export const viewSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

const target = {
  region: z.string().trim().min(1, { error: "The region is missing." }),
  loadBalancerName: z.string().trim().min(1, { error: "The load balancer name is missing." }),
};
const arn = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `The ${what} is missing.` });

export const updateAttributesSchema = z.object({
  ...target,
  /** The editable attributes as the form loaded them (raw AWS key → value). */
  expected: z.record(z.string(), z.string()),
  attributes: loadBalancerAttributesSchema,
});
export type UpdateAttributesInput = z.input<typeof updateAttributesSchema>;

export const saveRuleSchema = z.object({
  ...target,
  listenerArn: arn("listener"),
  /** Absent when adding a rule. */
  ruleArn: z.string().trim().min(1).optional(),
  expected: viewSchema,
  rule: ruleSchema,
});
export type SaveRuleInput = z.input<typeof saveRuleSchema>;

export const deleteRuleSchema = z.object({
  ...target,
  listenerArn: arn("listener"),
  ruleArn: arn("rule"),
  expected: viewSchema,
});
export type DeleteRuleInput = z.input<typeof deleteRuleSchema>;

export const addListenerSchema = z.object({ ...target, expected: viewSchema, listener: listenerSchema });
export type AddListenerInput = z.input<typeof addListenerSchema>;

export const updateListenerSchema = z.object({
  ...target,
  listenerArn: arn("listener"),
  expected: viewSchema,
  settings: z.object({
    sslPolicy: z.string().trim().optional(),
    certificateArn: z.string().trim().optional(),
    defaultAction: actionSchema,
  }),
});
export type UpdateListenerInput = z.input<typeof updateListenerSchema>;

export const deleteListenerSchema = z.object({
  ...target,
  listenerArn: arn("listener"),
  expected: viewSchema,
});
export type DeleteListenerInput = z.input<typeof deleteListenerSchema>;

export const listenerCertificateSchema = z.object({
  ...target,
  listenerArn: arn("listener"),
  expected: viewSchema,
  certificateArn: z
    .string({ error: "Choose a certificate." })
    .trim()
    .min(1, { error: "Choose a certificate." }),
});
export type ListenerCertificateInput = z.input<typeof listenerCertificateSchema>;

export const updateNetworkSchema = z.object({
  ...target,
  expected: viewSchema,
  /** The zone is looked up again on the server; the form's copy only drives the one-per-zone message. */
  subnets: z.array(subnetChoiceSchema),
  securityGroupIds: z
    .array(z.string().trim().min(1))
    .min(1, { error: "Choose at least one security group: it decides who may reach the load balancer." })
    .max(5, { error: "A load balancer can have at most 5 security groups." }),
});
export type UpdateNetworkInput = z.input<typeof updateNetworkSchema>;

export const deleteLoadBalancerSchema = z
  .object({
    ...target,
    confirmName: z.string({ error: "Type the load balancer's name to confirm." }).trim(),
    /** What goes with it, as the operator ticked it (keys from lib/alb/dependents). */
    remove: z
      .object({
        aliasRecordKeys: z.array(z.string()).default([]),
        targetGroupArns: z.array(z.string()).default([]),
        securityGroupIds: z.array(z.string()).default([]),
      })
      .default({ aliasRecordKeys: [], targetGroupArns: [], securityGroupIds: [] }),
    /** The dependents as the page showed them (lib/alb/dependents' view), to refuse if they changed meanwhile. */
    expected: viewSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.confirmName !== input.loadBalancerName) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmName"],
        message: `Type ${input.loadBalancerName} exactly to confirm the deletion.`,
      });
    }
  });
export type DeleteLoadBalancerInput = z.input<typeof deleteLoadBalancerSchema>;

/** Field errors keyed under a prefix ("rule.priority"), as the form names its fields. */
export function prefixed(prefix: string, errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([key, messages]) => [
      key === "_form" ? prefix : `${prefix}.${key}`,
      messages,
    ]),
  );
}

export type Checked<T> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string[]> };

/** A rule against its listener: priorities unique, no HTTPS→HTTP redirect, every field in range. */
export function checkRule(
  raw: unknown,
  context: { listenerProtocol?: "HTTP" | "HTTPS"; usedPriorities?: number[] },
): Checked<RuleInput> {
  const parsed = ruleSchemaFor(context).safeParse(raw);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, fieldErrors: prefixed("rule", fieldErrorsOf(parsed.error)) };
}
