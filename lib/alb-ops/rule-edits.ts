import "server-only";

import type { z } from "zod";

import { ActionRefusal } from "@/lib/errors/action-refusal";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/form-messages";
import { ruleContent, rulesView, ruleView } from "@/lib/alb/edit/model";
import type { deleteRuleSchema, saveRuleSchema } from "@/lib/alb/edit/schemas";
import { checkRule } from "@/lib/alb/edit/schemas";
import { createRule, deleteRule, modifyRule, setRulePriorities } from "@/lib/aws/elbv2/rule-writes";
import { listRules } from "@/lib/aws/elbv2/rules";
import { diffViews } from "@/lib/diff/diff";

import { checkTargetGroups, findListener, listenerName, loadAlb, refuseIfAlbChanged } from "./edit-guards";

/** Adds a rule, or changes one, once the listener's rules are still as loaded and the rule passes AWS's checks. */
export async function saveListenerRule(input: z.output<typeof saveRuleSchema>) {
  const lb = await loadAlb(input.region, input.loadBalancerName);
  const listener = await findListener(input.region, lb, input.listenerArn, input.expected);
  const rules = await listRules(input.region, listener.arn);

  const existing = input.ruleArn ? rules.find((rule) => rule.arn === input.ruleArn) : undefined;
  if (input.ruleArn) {
    if (!existing) refuseIfAlbChanged(input.expected, {}, "this rule (it was deleted)");
    else
      refuseIfAlbChanged(
        input.expected,
        ruleView(ruleContent(existing)),
        `rule ${String(existing.priority)}`,
      );
  } else {
    refuseIfAlbChanged(input.expected, rulesView(rules), `the rules of ${listenerName(listener)}`);
  }

  const usedPriorities = rules
    .filter((rule) => !rule.isDefault && rule.arn !== input.ruleArn)
    .map((rule) => rule.priority)
    .filter((priority): priority is number => typeof priority === "number");
  const checked = checkRule(input.rule, {
    listenerProtocol: listener.protocol === "HTTPS" ? "HTTPS" : "HTTP",
    usedPriorities,
  });
  if (!checked.ok) throw new ActionRefusal(INVALID_INPUT_MESSAGE, "InvalidInput", checked.fieldErrors);
  const rule = checked.data;
  await checkTargetGroups(input.region, lb, rule.action, "rule.action");

  const after = ruleView({ priority: rule.priority, conditions: rule.conditions, action: rule.action });
  if (existing) {
    const before = ruleView(ruleContent(existing));
    await modifyRule(input.region, existing.arn, { conditions: rule.conditions, action: rule.action });
    if (existing.priority !== rule.priority) {
      await setRulePriorities(input.region, [{ ruleArn: existing.arn, priority: rule.priority }]);
    }
    return {
      data: { ruleArn: existing.arn },
      summary: `Changed rule ${String(existing.priority)} of ${lb.name} ${listenerName(listener)}`,
      details: { changes: diffViews(before, after) },
    };
  }
  const ruleArn = await createRule(input.region, listener.arn, {
    priority: rule.priority,
    conditions: rule.conditions,
    action: rule.action,
  });
  return {
    data: { ruleArn },
    summary: `Added rule ${rule.priority} to ${lb.name} ${listenerName(listener)}`,
    details: { rule: after },
  };
}

/** Deletes a rule that is still as the operator reviewed it (never the default rule). */
export async function deleteListenerRule(input: z.output<typeof deleteRuleSchema>) {
  const lb = await loadAlb(input.region, input.loadBalancerName);
  const listener = await findListener(input.region, lb, input.listenerArn, input.expected);
  const existing = (await listRules(input.region, listener.arn)).find((rule) => rule.arn === input.ruleArn);
  if (!existing) refuseIfAlbChanged(input.expected, {}, "this rule (it was already deleted)");
  const rule = existing as NonNullable<typeof existing>;
  if (rule.isDefault)
    throw new ActionRefusal(
      "The default rule cannot be deleted: change the listener's default action instead.",
      "DefaultRule",
    );
  refuseIfAlbChanged(input.expected, ruleView(ruleContent(rule)), `rule ${String(rule.priority)}`);

  await deleteRule(input.region, rule.arn);
  return {
    data: { ruleArn: rule.arn },
    summary: `Deleted rule ${String(rule.priority)} of ${lb.name} ${listenerName(listener)}`,
    details: { rule: input.expected },
  };
}
