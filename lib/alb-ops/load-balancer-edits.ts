import "server-only";

import type { z } from "zod";

import { attributesView, changedAttributes, editableAttributes, networkView } from "@/lib/alb/edit/model";
import type { updateAttributesSchema, updateNetworkSchema } from "@/lib/alb/edit/schemas";
import {
  modifyLoadBalancerAttributes,
  setLoadBalancerSecurityGroups,
  setLoadBalancerSubnets,
} from "@/lib/aws/elbv2/load-balancer-writes";
import { getLoadBalancerAttributes } from "@/lib/aws/elbv2/load-balancers";
import { diffViews, sameView } from "@/lib/diff/diff";
import { loadBalancerAttributesToAws } from "@/lib/schemas/load-balancer";

import { checkNetworkChoice, loadAlb, refuseIfAlbChanged } from "./edit-guards";

/** Applies the edited attributes once AWS still holds what the form loaded; only changed keys are sent. */
export async function updateAlbAttributes(input: z.output<typeof updateAttributesSchema>) {
  const lb = await loadAlb(input.region, input.loadBalancerName);
  const current = await getLoadBalancerAttributes(input.region, lb.arn);
  const loaded = editableAttributes(input.expected);
  if (!sameView(loaded, editableAttributes(current))) {
    refuseIfAlbChanged(attributesView(loaded), attributesView(current), "this load balancer's attributes");
  }

  const changes = changedAttributes(current, loadBalancerAttributesToAws(input.attributes));
  const diff = diffViews(attributesView(current), attributesView({ ...current, ...changes }));
  if (Object.keys(changes).length === 0) {
    return {
      data: { changed: 0 },
      summary: `No attribute of ${lb.name} changed`,
      message: "Nothing to apply: the attributes already have these values.",
    };
  }
  await modifyLoadBalancerAttributes(input.region, lb.arn, changes);
  const words = diff.map(
    (change) => `${change.label} ${String(change.before ?? "—")} → ${String(change.after ?? "—")}`,
  );
  return {
    data: { changed: Object.keys(changes).length },
    summary: `Changed attributes of ${lb.name}: ${words.join("; ")}`,
    details: { changes },
  };
}

/** Sets the subnets and security groups that changed, once they are still as loaded and valid for the VPC. */
export async function updateAlbNetwork(input: z.output<typeof updateNetworkSchema>) {
  const lb = await loadAlb(input.region, input.loadBalancerName);
  refuseIfAlbChanged(input.expected, networkView(lb), "this load balancer's subnets or security groups");

  const chosen = await checkNetworkChoice(input.region, lb, input);
  const after = {
    availabilityZones: chosen.map((choice) => ({
      zoneName: choice.availabilityZone,
      subnetId: choice.subnetId,
    })),
    securityGroupIds: input.securityGroupIds,
  };
  const changes = diffViews(networkView(lb), networkView(after));
  if (changes.some((change) => change.label === "Subnets"))
    await setLoadBalancerSubnets(
      input.region,
      lb.arn,
      chosen.map((choice) => choice.subnetId),
    );
  if (changes.some((change) => change.label === "Security groups"))
    await setLoadBalancerSecurityGroups(input.region, lb.arn, input.securityGroupIds);
  if (changes.length === 0)
    return {
      data: { changed: 0 },
      summary: `Network of ${lb.name} unchanged`,
      message: "Nothing to apply: the subnets and security groups are already these.",
    };
  return {
    data: { changed: changes.length },
    summary: `Changed ${changes.map((change) => change.label.toLowerCase()).join(" and ")} of ${lb.name}`,
    details: { changes },
  };
}
