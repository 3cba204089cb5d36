import "server-only";

import { AwsError } from "@/lib/aws/errors";

import { deleteSecurityGroup, createSecurityGroupWithIngress } from "@/lib/aws/ec2/security-groups";
import { createListener, deleteListener } from "@/lib/aws/elbv2/listener-writes";
import {
  createLoadBalancer,
  deleteLoadBalancer,
  waitForLoadBalancerAvailable,
  waitForLoadBalancerDeleted,
  type WaitOptions,
} from "@/lib/aws/elbv2/load-balancer-writes";
import { listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { describeTargetHealth, listTargetGroups } from "@/lib/aws/elbv2/target-groups";
import {
  createTargetGroup,
  deleteTargetGroup,
  deregisterTargets,
  registerTargets,
} from "@/lib/aws/elbv2/target-group-writes";

import type { AlbCreationDeps } from "@/lib/alb/create-flow/types";

/**
 * The ports of lib/alb/create-flow (`AlbCreationDeps`) bound to the ELBv2 and EC2 modules of lib/aws: the flow
 * itself stays pure and this adapter is the only place its AWS calls are made. The DNS step is injected
 * (`createAlias`, e.g. a wrapper around lib/aws/route53's alias writes) because Route 53 lives elsewhere.
 */
export function awsAlbCreationDeps(
  region: string,
  options: {
    createAlias?: AlbCreationDeps["createAlias"];
    wait?: WaitOptions;
    onProgress?: AlbCreationDeps["onProgress"];
  } = {},
): AlbCreationDeps {
  return {
    createSecurityGroup: (params) => createSecurityGroupWithIngress(region, params),
    deleteSecurityGroup: (groupId) => deleteSecurityGroup(region, groupId),
    createTargetGroup: async (params) => ({ arn: (await createTargetGroup(region, params)).arn }),
    deleteTargetGroup: (arn) => deleteTargetGroup(region, arn),
    findLoadBalancerArn: async (name) => (await listLoadBalancers(region, { names: [name] }))[0]?.arn,
    findTargetGroupArn: async (name) =>
      (await listTargetGroups(region)).find((group) => group.name.toLowerCase() === name.toLowerCase())?.arn,
    describeTargetGroup: async (arn) => {
      const [group] = await listTargetGroups(region, { arns: [arn] });
      return group ? { arn: group.arn, name: group.name, vpcId: group.vpcId } : undefined;
    },
    registeredTargets: async (arn) =>
      (await describeTargetHealth(region, arn)).map((entry) => ({
        id: entry.targetId,
        ...(entry.port === undefined ? {} : { port: entry.port }),
      })),
    registerTargets: (arn, targets) => registerTargets(region, arn, targets),
    deregisterTargets: (arn, targets) => deregisterTargets(region, arn, targets),
    createLoadBalancer: async (params) => {
      const lb = await createLoadBalancer(region, params);
      return { arn: lb.arn, dnsName: lb.dnsName, canonicalHostedZoneId: lb.canonicalHostedZoneId };
    },
    waitUntilAvailable: (arn) => waitForLoadBalancerAvailable(region, arn, options.wait),
    deleteLoadBalancer: (arn) => deleteLoadBalancer(region, arn),
    waitUntilDeleted: (arn) => waitForLoadBalancerDeleted(region, arn, options.wait),
    createListener: async ({
      loadBalancerArn,
      targetGroupArn,
      protocol,
      port,
      certificateArn,
      sslPolicy,
      action,
    }) => {
      const listener = await createListener(region, {
        loadBalancerArn,
        protocol,
        port,
        certificateArn,
        sslPolicy,
        defaultAction:
          action.type === "forward"
            ? { type: "forward", targetGroups: [{ targetGroupArn: requireArn(targetGroupArn) }] }
            : action,
      });
      return { arn: listener.arn };
    },
    deleteListener: (arn) => deleteListener(region, arn),
    ...(options.createAlias ? { createAlias: options.createAlias } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

function requireArn(arn: string | undefined): string {
  if (!arn)
    throw new AwsError({
      kind: "unknown",
      code: "PlanOrderError",
      message: "A forward action needs the target group before the listener.",
    });
  return arn;
}
