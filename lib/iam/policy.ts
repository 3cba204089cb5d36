import { IMPLIED_ACTIONS, SDK_OPERATIONS } from "./operations";

export interface PolicyStatement {
  Sid: string;
  Effect: "Allow";
  Action: string[];
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

export interface PolicyDocument {
  Version: "2012-10-17";
  Statement: PolicyStatement[];
}

/**
 * Elastic Load Balancing creates its service-linked role (AWSServiceRoleForElasticLoadBalancing) the first time an
 * account creates a load balancer or target group, with the caller's permissions; without this, that first create
 * fails with AccessDenied. Scoped to that one role and service, so it grants nothing else in IAM.
 */
export const ELB_SERVICE_LINKED_ROLE: PolicyStatement = {
  Sid: "RouteboardElbServiceLinkedRole",
  Effect: "Allow",
  Action: ["iam:CreateServiceLinkedRole"],
  Resource:
    "arn:aws:iam::*:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing",
  Condition: { StringEquals: { "iam:AWSServiceName": "elasticloadbalancing.amazonaws.com" } },
};

const READ_PREFIXES = ["Describe", "List", "Get"];

/** Whether an IAM action only reads (Describe*, List*, Get*: the STS identity and CloudWatch reads among them). */
export function isReadAction(action: string): boolean {
  const operation = action.split(":")[1] ?? "";
  return READ_PREFIXES.some((prefix) => operation.startsWith(prefix));
}

/** Every action the console needs: the operations it calls and the ones AWS checks alongside them, sorted. */
export function consoleActions(): string[] {
  return [...new Set([...SDK_OPERATIONS, ...IMPLIED_ACTIONS.map((item) => item.action)])].sort();
}

function statementId(service: string, suffix: string): string {
  const name = service.replace(/(^|[^a-z0-9])([a-z0-9])/gi, (_, _sep: string, letter: string) =>
    letter.toUpperCase(),
  );
  return `Routeboard${name}${suffix}`;
}

/** One statement per service, so the document reads by service; `Resource: "*"` as the console works on any of them. */
function policyOf(actions: readonly string[], suffix: string): PolicyDocument {
  const byService = new Map<string, string[]>();
  for (const action of actions) {
    const service = action.split(":")[0] ?? "";
    byService.set(service, [...(byService.get(service) ?? []), action]);
  }
  return {
    Version: "2012-10-17",
    Statement: [...byService.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([service, list]) => ({
        Sid: statementId(service, suffix),
        Effect: "Allow",
        Action: [...list].sort(),
        Resource: "*",
      })),
  };
}

/** The least-privilege policy for a console that may change what it manages (operators and admins). */
export function fullPolicy(): PolicyDocument {
  const policy = policyOf(consoleActions(), "Console");
  return { ...policy, Statement: [...policy.Statement, ELB_SERVICE_LINKED_ROLE] };
}

/** The read-only variant, for a deployment where everyone is a viewer: only the reads. */
export function readOnlyPolicy(): PolicyDocument {
  return policyOf(consoleActions().filter(isReadAction), "ReadOnly");
}
