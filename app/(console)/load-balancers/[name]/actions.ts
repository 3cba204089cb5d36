"use server";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import {
  deleteLoadBalancerWithDependents,
  deletionResult,
  PROTECTED,
} from "@/lib/alb-ops/delete-load-balancer";
import { readAlbDependents } from "@/lib/alb-ops/dependents";
import { loadAlb, refuseIfAlbChanged } from "@/lib/alb-ops/edit-guards";
import {
  addAlbListener,
  addCertificateToListener,
  deleteAlbListener,
  removeCertificateFromListener,
  updateListenerSettings,
} from "@/lib/alb-ops/listener-edits";
import { updateAlbAttributes, updateAlbNetwork } from "@/lib/alb-ops/load-balancer-edits";
import { deleteListenerRule, saveListenerRule } from "@/lib/alb-ops/rule-edits";
import { chosenDeletion } from "@/lib/alb/deletion";
import { dependentsView } from "@/lib/alb/dependents";
import {
  addListenerSchema,
  deleteListenerSchema,
  deleteLoadBalancerSchema,
  deleteRuleSchema,
  listenerCertificateSchema,
  saveRuleSchema,
  updateAttributesSchema,
  updateListenerSchema,
  updateNetworkSchema,
} from "@/lib/alb/edit/schemas";
import { getLoadBalancerAttributes } from "@/lib/aws/elbv2/load-balancers";
import { concurrentChange } from "@/lib/errors/concurrent-change";

import { forgetDependents } from "./_lib/dependents";

// The ALB page's changes. Each action re-reads AWS, refuses if it changed since the page loaded (lib/alb-ops/edit-guards),
// then writes; the views compared and previewed come from lib/alb/edit/model.

const pagePath = (name: string) => `/load-balancers/${encodeURIComponent(name)}`;

export const updateAttributesAction = defineAction({
  name: "elbv2.updateLoadBalancerAttributes",
  schema: updateAttributesSchema,
  permission: "change-load-balancers",
  target: (input) => `${input.region}/${input.loadBalancerName}`,
  run: updateAlbAttributes,
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const saveRuleAction = defineAction({
  name: "elbv2.saveRule",
  schema: saveRuleSchema,
  permission: "change-load-balancers",
  target: (input) => input.ruleArn ?? input.listenerArn,
  run: saveListenerRule,
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const deleteRuleAction = defineAction({
  name: "elbv2.deleteRule",
  schema: deleteRuleSchema,
  permission: "change-load-balancers",
  target: (input) => input.ruleArn,
  run: deleteListenerRule,
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const addListenerAction = defineAction({
  name: "elbv2.addListener",
  schema: addListenerSchema,
  permission: "change-load-balancers",
  target: (input) => `${input.region}/${input.loadBalancerName}`,
  run: addAlbListener,
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const updateListenerAction = defineAction({
  name: "elbv2.updateListener",
  schema: updateListenerSchema,
  permission: "change-load-balancers",
  target: (input) => input.listenerArn,
  run: updateListenerSettings,
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const deleteListenerAction = defineAction({
  name: "elbv2.deleteListener",
  schema: deleteListenerSchema,
  permission: "change-load-balancers",
  target: (input) => input.listenerArn,
  run: deleteAlbListener,
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const addListenerCertificateAction = defineAction({
  name: "elbv2.addListenerCertificate",
  schema: listenerCertificateSchema,
  permission: "change-load-balancers",
  target: (input) => input.listenerArn,
  run: addCertificateToListener,
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const removeListenerCertificateAction = defineAction({
  name: "elbv2.removeListenerCertificate",
  schema: listenerCertificateSchema,
  permission: "change-load-balancers",
  target: (input) => input.listenerArn,
  run: removeCertificateFromListener,
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const updateNetworkAction = defineAction({
  name: "elbv2.updateNetwork",
  schema: updateNetworkSchema,
  permission: "change-load-balancers",
  target: (input) => `${input.region}/${input.loadBalancerName}`,
  run: updateAlbNetwork,
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const deleteLoadBalancerAction = defineAction({
  name: "elbv2.deleteLoadBalancer",
  schema: deleteLoadBalancerSchema,
  permission: "change-load-balancers",
  target: (input) => `${input.region}/${input.loadBalancerName}`,
  run: async (input) => {
    const lb = await loadAlb(input.region, input.loadBalancerName);
    const attributes = await getLoadBalancerAttributes(input.region, lb.arn);
    if (attributes["deletion_protection.enabled"] === "true")
      throw new ActionRefusal(PROTECTED, "DeletionProtectionEnabled");

    forgetDependents(input.region, lb.arn);
    const dependents = await readAlbDependents(input.region, lb);
    // Records the operator saw would dangle or go: any change there is refused. Groups only matter if ticked.
    const records = "DNS records pointing here";
    if (input.expected) {
      refuseIfAlbChanged(
        { [records]: input.expected[records] ?? [] },
        { [records]: dependentsView(dependents)[records] ?? [] },
        "the DNS records pointing at this load balancer",
      );
    }
    const plan = chosenDeletion(lb, dependents, input.remove);
    if (
      plan.targetGroups.length < input.remove.targetGroupArns.length ||
      plan.securityGroups.length < input.remove.securityGroupIds.length
    ) {
      throw concurrentChange({
        what: "the target groups or security groups you ticked",
        message:
          "A target group or security group you ticked is no longer used by this load balancer alone (or is gone), so nothing was deleted. Reload the page and review again.",
      });
    }
    const outcome = await deleteLoadBalancerWithDependents(input.region, plan);
    return deletionResult(outcome, lb);
  },
  revalidate: (input) => ["/load-balancers", "/target-groups", pagePath(input.loadBalancerName)],
});
