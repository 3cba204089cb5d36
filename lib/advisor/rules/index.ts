import type { Rule } from "../types";
import { ALB_LISTENER_RULES } from "./alb-listeners";
import { ALB_NETWORK_RULES } from "./alb-network";
import { ALB_TARGET_GROUP_RULES } from "./alb-target-groups";
import { ALB_TRAFFIC_RULES } from "./alb-traffic";
import { CERTIFICATE_RULES } from "./certificates";
import { QUOTA_RULES } from "./quotas";
import { ROUTE53_ALIAS_RULES } from "./route53-alias";
import { ROUTE53_HEALTH_RULES } from "./route53-health";
import { ROUTE53_RECORD_RULES } from "./route53-records";

/** Every rule the advisor runs. Ids are stable: acknowledgements and exports refer to them. */
export const ADVISOR_RULES: readonly Rule[] = [
  ...ALB_NETWORK_RULES,
  ...ALB_LISTENER_RULES,
  ...ALB_TARGET_GROUP_RULES,
  ...ALB_TRAFFIC_RULES,
  ...CERTIFICATE_RULES,
  ...ROUTE53_ALIAS_RULES,
  ...ROUTE53_HEALTH_RULES,
  ...ROUTE53_RECORD_RULES,
  ...QUOTA_RULES,
];

/** The rule with this id, for the page's rule filter and explanations. */
export function advisorRule(id: string): Rule | undefined {
  return ADVISOR_RULES.find((rule) => rule.id === id);
}
