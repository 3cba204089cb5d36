import "server-only";

import { INVALID_INPUT_MESSAGE } from "@/lib/actions/form-messages";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { ActionSpec, ListenerSummary, LoadBalancerSummary } from "@/lib/alb/domain";
import { listenerView } from "@/lib/alb/edit/model";
import { prefixed } from "@/lib/alb/edit/schemas";
import { listCertificates } from "@/lib/aws/acm/certificates";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listSubnets } from "@/lib/aws/ec2/subnets";
import { listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listSslPolicies } from "@/lib/aws/elbv2/ssl-policies";
import { listTargetGroups } from "@/lib/aws/elbv2/target-groups";
import type { DiffView } from "@/lib/diff/diff-row";
import { ActionRefusal } from "@/lib/errors/action-refusal";
import { refuseIfChanged } from "@/lib/errors/concurrent-change";
import { availableRegions } from "@/lib/region";
import type { ActionInput } from "@/lib/schemas/alb-action";
import { subnetsSchema } from "@/lib/schemas/load-balancer";

import { readListeners } from "./read-listeners";

// The checks the ALB page's actions make against AWS before they write: the load balancer and listener still exist
// and are as the operator loaded them, and what the form names (target groups, policies, subnets) is valid here.

/** "HTTPS:443": how a listener is named in messages and the audit log. */
export const listenerName = (listener: { protocol: string; port: number }) =>
  `${listener.protocol}:${listener.port}`;

/** The load balancer by name, refused when the Region is not the console's or the load balancer is gone. */
export async function loadAlb(region: string, name: string): Promise<LoadBalancerSummary> {
  if (!availableRegions().includes(region)) {
    throw new ActionRefusal(`${region} is not one of the console's Regions.`, "InvalidRegion");
  }
  const [lb] = await listLoadBalancers(region, { names: [name] });
  if (!lb) {
    throw new ActionRefusal(
      `The load balancer ${name} no longer exists in ${region}: someone may have deleted it. Nothing was applied.`,
      "NotFound",
    );
  }
  return lb;
}

/** Refuses with the one concurrent-change error when AWS no longer holds what the form loaded. */
export function refuseIfAlbChanged(expected: DiffView, current: DiffView, what: string): void {
  refuseIfChanged(expected, current, { what });
}

/** A listener of the load balancer, refused as a concurrent change when it was deleted meanwhile. */
export async function findListener(
  region: string,
  lb: LoadBalancerSummary,
  listenerArn: string,
  expected: DiffView,
): Promise<ListenerSummary> {
  const listener = (await readListeners(region, lb.arn)).find((candidate) => candidate.arn === listenerArn);
  if (!listener) refuseIfAlbChanged(expected, {}, "this listener (it was deleted)");
  return listener as ListenerSummary;
}

/** The load balancer and the listener as AWS holds them now, refused unless the listener is still as the form loaded it. */
export async function loadUnchangedListener(input: {
  region: string;
  loadBalancerName: string;
  listenerArn: string;
  expected: DiffView;
}): Promise<{ lb: LoadBalancerSummary; listener: ListenerSummary }> {
  const lb = await loadAlb(input.region, input.loadBalancerName);
  const listener = await findListener(input.region, lb, input.listenerArn, input.expected);
  refuseIfAlbChanged(input.expected, listenerView(listener), `listener ${listenerName(listener)}`);
  return { lb, listener };
}

/** Every forwarded target group must exist and sit in the load balancer's VPC; moto does not check this. */
export async function checkTargetGroups(
  region: string,
  lb: LoadBalancerSummary,
  action: ActionInput | ActionSpec,
  path: string,
): Promise<void> {
  if (action.type !== "forward") return;
  const groups = await listTargetGroups(region);
  const errors: Record<string, string[]> = {};
  action.targetGroups.forEach((wanted, index) => {
    const group = groups.find((candidate) => candidate.arn === wanted.targetGroupArn);
    const key = `${path}.targetGroups.${index}.targetGroupArn`;
    if (!group) errors[key] = ["This target group no longer exists."];
    else if (group.vpcId && group.vpcId !== lb.vpcId)
      errors[key] = [`${group.name} is in ${group.vpcId}, not in the load balancer's VPC ${lb.vpcId}.`];
    else if (group.targetType === "lambda" && action.targetGroups.length > 1)
      errors[key] = ["A Lambda target group cannot share a weighted forward with other groups."];
  });
  if (Object.keys(errors).length) throw new ActionRefusal(INVALID_INPUT_MESSAGE, "InvalidInput", errors);
}

/** The Region's ACM certificates' statuses, for the listener schemas. */
export async function certificateContext(region: string) {
  const certificates = await listCertificates(region);
  return {
    statuses: Object.fromEntries(certificates.map((certificate) => [certificate.arn, certificate.status])),
  };
}

/** Refuses a security policy AWS does not offer in the Region. */
export async function checkSslPolicy(
  region: string,
  policy: string | undefined,
  path: string,
): Promise<void> {
  if (!policy) return;
  const policies = await listSslPolicies(region);
  if (!policies.some((candidate) => candidate.name === policy)) {
    throw new ActionRefusal(INVALID_INPUT_MESSAGE, "InvalidInput", {
      [path]: [`${policy} is not a security policy AWS offers in ${region}.`],
    });
  }
}

/**
 * The subnets (with their zones as AWS reports them) once every chosen subnet and security group belongs to the load
 * balancer's VPC and the zones satisfy the schema; refused with field errors otherwise.
 */
export async function checkNetworkChoice(
  region: string,
  lb: LoadBalancerSummary,
  input: { subnets: { subnetId: string; availabilityZone: string }[]; securityGroupIds: string[] },
): Promise<{ subnetId: string; availabilityZone: string }[]> {
  const [subnets, groups] = await Promise.all([
    listSubnets(region, { vpcId: lb.vpcId }),
    listSecurityGroups(region, { vpcId: lb.vpcId }),
  ]);
  const errors: Record<string, string[]> = {};
  const chosen = input.subnets.map((choice, index) => {
    const subnet = subnets.find((candidate) => candidate.id === choice.subnetId);
    if (!subnet)
      errors[`subnets.${index}.subnetId`] = [
        `${choice.subnetId} is not a subnet of the load balancer's VPC ${lb.vpcId}.`,
      ];
    return {
      subnetId: choice.subnetId,
      availabilityZone: subnet?.availabilityZone ?? choice.availabilityZone,
    };
  });
  const zones = subnetsSchema.safeParse(chosen);
  if (!zones.success) Object.assign(errors, prefixed("subnets", fieldErrorsOf(zones.error)));
  input.securityGroupIds.forEach((id, index) => {
    if (!groups.some((group) => group.id === id))
      errors[`securityGroupIds.${index}`] = [`${id} is not a security group of the VPC ${lb.vpcId}.`];
  });
  if (Object.keys(errors).length) throw new ActionRefusal(INVALID_INPUT_MESSAGE, "InvalidInput", errors);
  return chosen;
}
