import "server-only";

import {
  type Action,
  DescribeListenersCommand,
  DescribeRulesCommand,
  ModifyListenerCommand,
  ModifyRuleCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { AwsError, callAws } from "../errors";

/** The forward action a rollout weighs: a listener's default action, or a rule's. */
export type ForwardActionRef = { region: string; listenerArn: string } | { region: string; ruleArn: string };

export interface ForwardWeights {
  /** Weight per target group ARN, in the action's order. */
  weights: Record<string, number>;
  /** Target-group stickiness duration when enabled: sticky clients keep their group this long. */
  stickinessSeconds?: number;
}

/** A forward action's target groups are no longer at the weights the caller expected. */
export const WEIGHTS_CHANGED = "WeightsChanged";

async function readActions(ref: ForwardActionRef): Promise<Action[]> {
  const client = clients.elbv2(ref.region);
  if ("ruleArn" in ref) {
    const ruleArn = ref.ruleArn;
    const response = await callAws("read the listener rule", () =>
      client.send(new DescribeRulesCommand({ RuleArns: [ruleArn] })),
    );
    return response.Rules?.[0]?.Actions ?? [];
  }
  const listenerArn = ref.listenerArn;
  const response = await callAws("read the listener", () =>
    client.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })),
  );
  return response.Listeners?.[0]?.DefaultActions ?? [];
}

function forwardActionOf(actions: Action[]): Action {
  const forward = actions.find((action) => action.Type === "forward");
  if (!forward) {
    throw new AwsError({
      kind: "validation",
      code: "NoForwardAction",
      message: "This listener or rule does not forward to target groups, so it has no weights to shift.",
    });
  }
  return forward;
}

/** A forward action with one TargetGroupArn and no ForwardConfig sends everything there (weight 1 of 1). */
function weightsOf(forward: Action): Record<string, number> {
  const groups = forward.ForwardConfig?.TargetGroups ?? [];
  if (groups.length === 0) return forward.TargetGroupArn ? { [forward.TargetGroupArn]: 1 } : {};
  return Object.fromEntries(groups.map((group) => [group.TargetGroupArn ?? "", group.Weight ?? 1]));
}

/** Reads the weights of a listener's default forward action or a rule's, with its stickiness. */
export async function readForwardWeights(ref: ForwardActionRef): Promise<ForwardWeights> {
  const forward = forwardActionOf(await readActions(ref));
  const stickiness = forward.ForwardConfig?.TargetGroupStickinessConfig;
  return {
    weights: weightsOf(forward),
    ...(stickiness?.Enabled && stickiness.DurationSeconds
      ? { stickinessSeconds: stickiness.DurationSeconds }
      : {}),
  };
}

function sameWeights(a: Record<string, number>, b: Record<string, number>): boolean {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].every((id) => (a[id] ?? 0) === (b[id] ?? 0));
}

/** The actions to write back: the forward action with every new weight, the others as they were. */
function withWeights(actions: Action[], weights: Record<string, number>): Action[] {
  return actions.map((action) => {
    if (action.Type === "authenticate-oidc" && action.AuthenticateOidcConfig) {
      // Describe never returns the client secret; ask AWS to keep the one it has.
      return {
        ...action,
        AuthenticateOidcConfig: {
          ...action.AuthenticateOidcConfig,
          ClientSecret: undefined,
          UseExistingClientSecret: true,
        },
      };
    }
    if (action.Type !== "forward") return action;
    const current = Object.keys(weightsOf(action));
    const order = [...current, ...Object.keys(weights).filter((arn) => !current.includes(arn))];
    return {
      Type: "forward",
      ...(action.Order !== undefined ? { Order: action.Order } : {}),
      ForwardConfig: {
        TargetGroups: order.map((arn) => ({ TargetGroupArn: arn, Weight: weights[arn] ?? 0 })),
        ...(action.ForwardConfig?.TargetGroupStickinessConfig
          ? { TargetGroupStickinessConfig: action.ForwardConfig.TargetGroupStickinessConfig }
          : {}),
      },
    };
  });
}

/**
 * Writes every weight of the forward action in one ModifyListener / ModifyRule, keeping the other actions and
 * the stickiness configuration. ELBv2 has no conditional write: the weights are re-read first and the write is
 * refused (WeightsChanged) when they are not the `expected` ones, which leaves only the gap between the two calls.
 */
export async function writeForwardWeights(
  ref: ForwardActionRef,
  expected: Record<string, number>,
  weights: Record<string, number>,
): Promise<void> {
  const actions = await readActions(ref);
  const current = weightsOf(forwardActionOf(actions));
  if (!sameWeights(current, expected)) {
    throw new AwsError({
      kind: "conflict",
      code: WEIGHTS_CHANGED,
      message: "The forward action's weights changed since they were read.",
    });
  }

  const client = clients.elbv2(ref.region);
  const next = withWeights(actions, weights);
  if ("ruleArn" in ref) {
    const ruleArn = ref.ruleArn;
    await callAws("change the rule's weights", () =>
      client.send(new ModifyRuleCommand({ RuleArn: ruleArn, Actions: next })),
    );
  } else {
    const listenerArn = ref.listenerArn;
    await callAws("change the listener's weights", () =>
      client.send(new ModifyListenerCommand({ ListenerArn: listenerArn, DefaultActions: next })),
    );
  }
}
