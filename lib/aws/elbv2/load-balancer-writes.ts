import "server-only";

import {
  CreateLoadBalancerCommand,
  DeleteLoadBalancerCommand,
  DescribeLoadBalancersCommand,
  ModifyLoadBalancerAttributesCommand,
  SetIpAddressTypeCommand,
  SetSecurityGroupsCommand,
  SetSubnetsCommand,
  waitUntilLoadBalancersDeleted,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { AwsError, callAws, toAwsError } from "../errors";
import { attributesFromSdk, attributesToSdk, toLoadBalancerSummary } from "./map";
import type { Attributes, IpAddressType, LoadBalancerScheme, LoadBalancerSummary } from "@/lib/alb/domain";

export interface CreateLoadBalancerParams {
  name: string;
  scheme: LoadBalancerScheme;
  ipAddressType: IpAddressType;
  subnetIds: string[];
  securityGroupIds: string[];
  tags?: Record<string, string>;
}

function tagsToSdk(tags: Record<string, string> | undefined) {
  const list = Object.entries(tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
  return list.length ? list : undefined;
}

/** Creates an Application Load Balancer; returns it in state "provisioning". */
export async function createLoadBalancer(
  region: string,
  params: CreateLoadBalancerParams,
): Promise<LoadBalancerSummary> {
  const response = await callAws("create the load balancer", () =>
    clients.elbv2(region).send(
      new CreateLoadBalancerCommand({
        Name: params.name,
        Type: "application",
        Scheme: params.scheme,
        IpAddressType: params.ipAddressType,
        Subnets: params.subnetIds,
        SecurityGroups: params.securityGroupIds,
        Tags: tagsToSdk(params.tags),
      }),
    ),
  );
  const lb = response.LoadBalancers?.[0];
  if (!lb?.LoadBalancerArn) {
    throw new AwsError({
      kind: "unknown",
      code: "EmptyResponse",
      message: "AWS did not return the new load balancer.",
    });
  }
  return toLoadBalancerSummary(lb);
}

/** Deletes a load balancer (its listeners and rules go with it). Deleting one that is already gone succeeds. */
export async function deleteLoadBalancer(region: string, arn: string): Promise<void> {
  await callAws("delete the load balancer", () =>
    clients.elbv2(region).send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn })),
  );
}

/** Changes some attributes (only the keys given); returns every attribute after the change. */
export async function modifyLoadBalancerAttributes(
  region: string,
  arn: string,
  attributes: Attributes,
): Promise<Attributes> {
  const response = await callAws("change the load balancer attributes", () =>
    clients.elbv2(region).send(
      new ModifyLoadBalancerAttributesCommand({
        LoadBalancerArn: arn,
        Attributes: attributesToSdk(attributes),
      }),
    ),
  );
  return attributesFromSdk(response.Attributes);
}

/** Replaces the load balancer's subnets (one per Availability Zone). */
export async function setLoadBalancerSubnets(
  region: string,
  arn: string,
  subnetIds: string[],
): Promise<void> {
  await callAws("change the load balancer subnets", () =>
    clients.elbv2(region).send(new SetSubnetsCommand({ LoadBalancerArn: arn, Subnets: subnetIds })),
  );
}

/** Replaces the load balancer's security groups. */
export async function setLoadBalancerSecurityGroups(
  region: string,
  arn: string,
  securityGroupIds: string[],
): Promise<void> {
  await callAws("change the load balancer security groups", () =>
    clients
      .elbv2(region)
      .send(new SetSecurityGroupsCommand({ LoadBalancerArn: arn, SecurityGroups: securityGroupIds })),
  );
}

/** Switches between ipv4 and dualstack. */
export async function setLoadBalancerIpAddressType(
  region: string,
  arn: string,
  type: IpAddressType,
): Promise<void> {
  await callAws("change the load balancer IP address type", () =>
    clients.elbv2(region).send(new SetIpAddressTypeCommand({ LoadBalancerArn: arn, IpAddressType: type })),
  );
}

export interface WaitOptions {
  maxWaitSeconds?: number;
  minDelaySeconds?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the load balancer is "active" (AWS takes a few minutes). Polls by hand because the
 * SDK's LoadBalancerAvailable waiter keeps retrying on state "failed" until it times out.
 */
export async function waitForLoadBalancerAvailable(
  region: string,
  arn: string,
  options: WaitOptions = {},
): Promise<void> {
  const deadline = Date.now() + (options.maxWaitSeconds ?? 600) * 1000;
  const delayMs = (options.minDelaySeconds ?? 15) * 1000;
  for (;;) {
    let state = "unknown";
    let reason: string | undefined;
    try {
      const response = await clients
        .elbv2(region)
        .send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] }));
      state = response.LoadBalancers?.[0]?.State?.Code ?? "unknown";
      reason = response.LoadBalancers?.[0]?.State?.Reason;
    } catch (error) {
      const mapped = toAwsError(error, "check the load balancer state");
      // Right after CreateLoadBalancer a read can still miss it; anything else is a real failure.
      if (mapped.code !== "LoadBalancerNotFoundException" && mapped.code !== "LoadBalancerNotFound")
        throw mapped;
    }

    if (state === "active" || state === "active_impaired") return;
    if (state === "failed") {
      throw new AwsError({
        kind: "unknown",
        code: "LoadBalancerFailed",
        message: `AWS could not provision the load balancer${reason ? `: ${reason}` : "."}`,
      });
    }
    if (Date.now() + delayMs > deadline) {
      throw new AwsError({
        kind: "unreachable",
        code: "WaiterTimeout",
        message:
          "The load balancer did not become active in time. It may still finish: check it in a few minutes.",
      });
    }
    await sleep(delayMs);
  }
}

/** Waits until the load balancer is gone, so its security groups and target groups can be deleted. */
export async function waitForLoadBalancerDeleted(
  region: string,
  arn: string,
  options: WaitOptions = {},
): Promise<void> {
  try {
    await waitUntilLoadBalancersDeleted(
      {
        client: clients.elbv2(region),
        maxWaitTime: options.maxWaitSeconds ?? 600,
        // The SDK waiter refuses a delay below 1 s.
        minDelay: Math.max(1, options.minDelaySeconds ?? 15),
      },
      { LoadBalancerArns: [arn] },
    );
  } catch (error) {
    throw toAwsError(error, "wait for the load balancer to be deleted");
  }
}
