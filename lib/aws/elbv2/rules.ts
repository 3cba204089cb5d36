import "server-only";

import { paginateDescribeRules } from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import { toConditionSpec, toListenerAction } from "./map";
import type { ConditionSpec, ListenerRule } from "@/lib/alb/domain";

/** The rules of a listener in evaluation order, the default rule last. */
export async function listRules(region: string, listenerArn: string): Promise<ListenerRule[]> {
  const rules: ListenerRule[] = [];
  try {
    for await (const page of paginateDescribeRules(
      { client: clients.elbv2(region) },
      { ListenerArn: listenerArn },
    )) {
      for (const rule of page.Rules ?? []) {
        const isDefault = rule.IsDefault ?? rule.Priority === "default";
        rules.push({
          arn: rule.RuleArn ?? "",
          priority: isDefault ? "default" : Number(rule.Priority),
          isDefault,
          conditions: (rule.Conditions ?? [])
            .map(toConditionSpec)
            .filter((condition): condition is ConditionSpec => condition !== undefined),
          actions: [...(rule.Actions ?? [])]
            .sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0))
            .map(toListenerAction),
        });
      }
    }
  } catch (error) {
    throw toAwsError(error, "list the listener rules");
  }
  return rules.sort((a, b) =>
    a.priority === "default" ? 1 : b.priority === "default" ? -1 : a.priority - b.priority,
  );
}
