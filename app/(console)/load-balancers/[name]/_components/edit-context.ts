import type { TargetGroupOption } from "./action-editor";
import type { ListenerRule, ListenerSummary } from "@/lib/alb/domain";

/** Plain data every editor on the page needs, read once by the page. */
export interface EditContext {
  region: string;
  loadBalancerName: string;
  /** Target groups of the load balancer's VPC (attached or not). */
  targetGroups: TargetGroupOption[];
  certificates: { arn: string; domainName: string; status: string; type: string }[];
  sslPolicies: { name: string; isLegacy: boolean; supportsTls13: boolean; minimumProtocol: string }[];
  /** Certificate ARN → domain, for readable previews. */
  domains: Record<string, string>;
  /** Whether the signed-in user may change load balancers: without it no edit, add or delete control is shown. */
  canChange: boolean;
  /** Whether the signed-in user may start rollouts (the "Start rollout" links). */
  canStartRollouts: boolean;
}

export type ListenerWithRules = ListenerSummary & { rules: ListenerRule[] };

/** Which load balancer a change is for: the first two fields of every action's payload on this page. */
export function loadBalancerOf(context: EditContext): { region: string; loadBalancerName: string } {
  return { region: context.region, loadBalancerName: context.loadBalancerName };
}

export function certificateStatuses(context: EditContext): Record<string, string> {
  return Object.fromEntries(context.certificates.map((certificate) => [certificate.arn, certificate.status]));
}
