import "server-only";

import { deleteSecurityGroup, createSecurityGroupWithIngress } from "@/lib/aws/ec2/security-groups";
import { createListener, deleteListener } from "@/lib/aws/elbv2/listener-writes";
import {
  createLoadBalancer,
  deleteLoadBalancer,
  waitForLoadBalancerAvailable,
  waitForLoadBalancerDeleted,
  type WaitOptions,
} from "@/lib/aws/elbv2/load-balancer-writes";
import {
  createTargetGroup,
  deleteTargetGroup,
  deregisterTargets,
  registerTargets,
} from "@/lib/aws/elbv2/target-group-writes";

import type { AlbCreationDeps } from "./types";

/**
 * The creation flow's dependencies backed by lib/aws. The DNS step is injected (`createAlias`,
 * e.g. a wrapper around lib/aws/route53's upsertAliasRecord) because Route 53 lives elsewhere.
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
          action === "redirect-https"
            ? { type: "redirect", statusCode: "HTTP_301", protocol: "HTTPS", port: "443" }
            : { type: "forward", targetGroups: [{ targetGroupArn }] },
      });
      return { arn: listener.arn };
    },
    deleteListener: (arn) => deleteListener(region, arn),
    ...(options.createAlias ? { createAlias: options.createAlias } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}
