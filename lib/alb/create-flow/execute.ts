/**
 * The ALB create flow's orchestration: runs a plan's steps in order over injected AWS ports (`AlbCreationDeps`) and,
 * when a step fails, undoes what this run created, newest first. No I/O of its own: every AWS call goes through the
 * ports, which lib/aws/alb-creation-deps.ts binds to lib/aws (and tests bind to fakes or SDK mocks).
 */
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
 * security group), and reports the failed step, what was cleaned up and what was left behind. Only
 * what this run created is undone: an existing target group (and targets it already had) is never
 * deleted, and a name that is already taken is refused before CreateLoadBalancer/CreateTargetGroup.
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
        // CreateTargetGroup returns an existing group with identical settings instead of failing: refuse
        // to start from a taken name, so a rollback can never delete a group this flow did not create.
        if (await deps.findTargetGroupArn(step.params.name))
          throw new FlowError(
            "TargetGroupAlreadyExists",
            `A target group named ${step.params.name} already exists: choose another name or use it as an existing target group.`,
          );
        const { arn } = await deps.createTargetGroup(step.params);
        resources.targetGroupArn = arn;
        undo.push({ resource: `target group ${step.params.name}`, run: () => deps.deleteTargetGroup(arn) });
        return;
      }
      case "use-existing-target-group": {
        const group = await deps.describeTargetGroup(step.params.arn);
        if (!group)
          throw new FlowError(
            "TargetGroupNotFound",
            `The target group ${step.params.name} no longer exists.`,
          );
        if (group.vpcId && group.vpcId !== step.params.vpcId)
          throw new FlowError(
            "TargetGroupInOtherVpc",
            `The target group ${step.params.name} is in ${group.vpcId}, not in the load balancer's VPC ${step.params.vpcId}.`,
          );
        // Used as it is: no undo, so a rollback never touches it.
        resources.targetGroupArn = group.arn;
        resources.targetGroupExisting = true;
        return;
      }
      case "register-targets": {
        const targetGroupArn = requireValue(resources.targetGroupArn, "target group");
        // In an existing group, targets that were already registered stay registered on rollback.
        const before = resources.targetGroupExisting ? await deps.registeredTargets(targetGroupArn) : [];
        const key = (target: TargetParams) => `${target.id}:${target.port ?? ""}`;
        const already = new Set(before.map(key));
        await deps.registerTargets(targetGroupArn, step.params.targets);
        registered = step.params.targets.filter(
          (target) =>
            !already.has(key(target)) &&
            // Without a port override the target is registered on the group's port.
            (target.port !== undefined || !before.some((other) => other.id === target.id)),
        );
        resources.registeredTargets = step.params.targets.map((target) => target.id);
        if (registered.length === 0) return;
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
        // Same as the target group: CreateLoadBalancer hands back an identical existing load balancer.
        if (await deps.findLoadBalancerArn(step.params.name))
          throw new FlowError(
            "LoadBalancerAlreadyExists",
            `A load balancer named ${step.params.name} already exists: choose another name.`,
          );
        const lb = await deps.createLoadBalancer({ ...step.params, securityGroupIds });
        resources.loadBalancer = lb;
        undo.push({
          resource: `load balancer ${step.params.name}`,
          run: async () => {
            await deps.deleteLoadBalancer(lb.arn);
            // The security group and target group cannot go while the LB's interfaces still exist. If
            // the wait fails the LB is still deleted; the undos after it report their own failures.
            if (resources.securityGroupId || (resources.targetGroupArn && !resources.targetGroupExisting))
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
          ...(step.params.action.type === "forward"
            ? { targetGroupArn: requireValue(resources.targetGroupArn, "target group") }
            : {}),
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
