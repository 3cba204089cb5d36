import type {
  AlbCreationDeps,
  AlbCreationPlan,
  AlbCreationResult,
  CreatedResources,
  CreationStep,
  StepError,
  TargetParams,
} from "./types";

/** A flow-level failure that is not an AWS error (a missing dependency or a plan out of order). */
export class FlowError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "FlowError";
    this.code = code;
  }
}

/** An AwsError (or anything with code/message) as the result's plain error; unknown errors stay generic. */
export function toStepError(error: unknown): StepError {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    const message = "message" in error && typeof error.message === "string" ? error.message : error.code;
    const requestId =
      "requestId" in error && typeof error.requestId === "string" ? error.requestId : undefined;
    return { code: error.code, message, ...(requestId ? { requestId } : {}) };
  }
  return {
    code: "UnknownError",
    message: "An unexpected error stopped this step. The server log has the details.",
  };
}

interface Undo {
  resource: string;
  run: () => Promise<void>;
}

/**
 * Runs the plan step by step. On the first failure, undoes everything this run created, newest
 * first (listeners, load balancer, then — once the load balancer is gone — targets, target group and
 * security group), and reports the failed step, what was cleaned up and what was left behind.
 */
export async function executeAlbCreation(
  plan: AlbCreationPlan,
  deps: AlbCreationDeps,
): Promise<AlbCreationResult> {
  const resources: CreatedResources = { registeredTargets: [], listenerArns: [] };
  const undo: Undo[] = [];
  let registered: TargetParams[] = [];
  let ipAddressType: "ipv4" | "dualstack" | "dualstack-without-public-ipv4" = "ipv4";

  const runStep = async (step: CreationStep): Promise<void> => {
    switch (step.kind) {
      case "create-security-group": {
        const groupId = await deps.createSecurityGroup(step.params);
        resources.securityGroupId = groupId;
        undo.push({ resource: `security group ${groupId}`, run: () => deps.deleteSecurityGroup(groupId) });
        return;
      }
      case "create-target-group": {
        const { arn } = await deps.createTargetGroup(step.params);
        resources.targetGroupArn = arn;
        undo.push({ resource: `target group ${step.params.name}`, run: () => deps.deleteTargetGroup(arn) });
        return;
      }
      case "register-targets": {
        const targetGroupArn = requireValue(resources.targetGroupArn, "target group");
        await deps.registerTargets(targetGroupArn, step.params.targets);
        registered = step.params.targets;
        resources.registeredTargets = registered.map((target) => target.id);
        undo.push({
          resource: `${registered.length} registered target${registered.length === 1 ? "" : "s"}`,
          run: () => deps.deregisterTargets(targetGroupArn, registered),
        });
        return;
      }
      case "create-load-balancer": {
        const securityGroupIds = [
          ...step.params.securityGroupIds,
          ...(resources.securityGroupId ? [resources.securityGroupId] : []),
        ];
        ipAddressType = step.params.ipAddressType;
        const lb = await deps.createLoadBalancer({ ...step.params, securityGroupIds });
        resources.loadBalancer = lb;
        undo.push({
          resource: `load balancer ${step.params.name}`,
          run: async () => {
            await deps.deleteLoadBalancer(lb.arn);
            // The security group and target group cannot go while the LB's interfaces still exist. If
            // the wait fails the LB is still deleted; the undos after it report their own failures.
            if (resources.securityGroupId || resources.targetGroupArn)
              await deps.waitUntilDeleted(lb.arn).catch(() => undefined);
          },
        });
        return;
      }
      case "wait-until-available":
        await deps.waitUntilAvailable(requireValue(resources.loadBalancer, "load balancer").arn);
        return;
      case "create-listener": {
        const { arn } = await deps.createListener({
          ...step.params,
          loadBalancerArn: requireValue(resources.loadBalancer, "load balancer").arn,
          targetGroupArn: requireValue(resources.targetGroupArn, "target group"),
        });
        resources.listenerArns.push(arn);
        undo.push({
          resource: `${step.params.protocol} listener on port ${step.params.port}`,
          run: () => deps.deleteListener(arn),
        });
        return;
      }
      case "create-alias": {
        if (!deps.createAlias)
          throw new FlowError("AliasUnavailable", "Creating DNS records is not available here.");
        await deps.createAlias({
          ...step.params,
          alb: requireValue(resources.loadBalancer, "load balancer"),
          ipAddressType,
        });
        resources.aliasRecord = step.params.recordName;
        return;
      }
    }
  };

  for (const step of plan.steps) {
    deps.onProgress?.({ type: "step-started", step });
    try {
      await runStep(step);
      deps.onProgress?.({ type: "step-succeeded", step });
    } catch (caught) {
      const error = toStepError(caught);
      deps.onProgress?.({ type: "step-failed", step, error });
      const { rolledBack, leftBehind } = await rollBack(undo, deps);
      return {
        status: "failed",
        failedStep: { id: step.id, kind: step.kind, label: step.label },
        error,
        rolledBack,
        leftBehind,
      };
    }
  }
  return { status: "created", resources };
}

/** Undoes newest first; one failed undo does not stop the others. */
async function rollBack(
  undo: Undo[],
  deps: AlbCreationDeps,
): Promise<{ rolledBack: string[]; leftBehind: string[] }> {
  const rolledBack: string[] = [];
  const leftBehind: string[] = [];
  for (const item of [...undo].reverse()) {
    try {
      await item.run();
      rolledBack.push(item.resource);
      deps.onProgress?.({ type: "undo", resource: item.resource, ok: true });
    } catch {
      leftBehind.push(item.resource);
      deps.onProgress?.({ type: "undo", resource: item.resource, ok: false });
    }
  }
  return { rolledBack, leftBehind };
}

function requireValue<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new FlowError("PlanOrderError", `The plan needs the ${what} before this step.`);
  return value;
}
