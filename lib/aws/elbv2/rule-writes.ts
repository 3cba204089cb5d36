import "server-only";

import {
  CreateRuleCommand,
  DeleteRuleCommand,
  ModifyRuleCommand,
  SetRulePrioritiesCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { AwsError, callAws } from "../errors";
import { actionToSdk, conditionToSdk } from "./map";
import type { ActionSpec, ConditionSpec } from "@/lib/alb/domain";

export interface RuleParams {
  priority: number;
  conditions: ConditionSpec[];
  action: ActionSpec;
}

/** Creates a listener rule; returns its ARN. */
export async function createRule(region: string, listenerArn: string, params: RuleParams): Promise<string> {
  const response = await callAws("create the rule", () =>
    clients.elbv2(region).send(
      new CreateRuleCommand({
        ListenerArn: listenerArn,
        Priority: params.priority,
        Conditions: params.conditions.map(conditionToSdk),
        Actions: [actionToSdk(params.action)],
      }),
    ),
  );
  const arn = response.Rules?.[0]?.RuleArn;
  if (!arn)
    throw new AwsError({
      kind: "unknown",
      code: "EmptyResponse",
      message: "AWS did not return the new rule.",
    });
  return arn;
}

/** Replaces a rule's conditions and action (the priority changes with setRulePriorities). */
export async function modifyRule(
  region: string,
  ruleArn: string,
  params: Pick<RuleParams, "conditions" | "action">,
): Promise<void> {
  await callAws("change the rule", () =>
    clients.elbv2(region).send(
      new ModifyRuleCommand({
        RuleArn: ruleArn,
        Conditions: params.conditions.map(conditionToSdk),
        Actions: [actionToSdk(params.action)],
      }),
    ),
  );
}

/** Reorders rules in one call (priorities must stay unique within the listener). */
export async function setRulePriorities(
  region: string,
  priorities: { ruleArn: string; priority: number }[],
): Promise<void> {
  await callAws("reorder the rules", () =>
    clients.elbv2(region).send(
      new SetRulePrioritiesCommand({
        RulePriorities: priorities.map(({ ruleArn, priority }) => ({ RuleArn: ruleArn, Priority: priority })),
      }),
    ),
  );
}

/** Deletes a (non-default) rule. */
export async function deleteRule(region: string, ruleArn: string): Promise<void> {
  await callAws("delete the rule", () =>
    clients.elbv2(region).send(new DeleteRuleCommand({ RuleArn: ruleArn })),
  );
}
