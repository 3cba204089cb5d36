import "server-only";

import {
  DescribeLoadBalancerAttributesCommand,
  paginateDescribeLoadBalancers,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { callAws, toAwsError } from "../errors";
import { listListeners } from "./listeners";
import { attributesFromSdk, toLoadBalancerSummary } from "./map";
import type { Attributes, LoadBalancerSummary, LoadBalancerWithListeners } from "@/lib/alb/domain";

/**
 * Application Load Balancers of the region (network/gateway load balancers are left out). A lookup by names or
 * ARNs that matches nothing returns [] (AWS answers LoadBalancerNotFound), so callers treat "gone" as empty.
 */
export async function listLoadBalancers(
  region: string,
  filter: { arns?: string[]; names?: string[] } = {},
): Promise<LoadBalancerSummary[]> {
  const result: LoadBalancerSummary[] = [];
  try {
    const paginator = paginateDescribeLoadBalancers(
      { client: clients.elbv2(region), pageSize: filter.arns || filter.names ? undefined : 400 },
      { LoadBalancerArns: filter.arns, Names: filter.names },
    );
    for await (const page of paginator) {
      for (const lb of page.LoadBalancers ?? []) {
        if ((lb.Type ?? "application") === "application") result.push(toLoadBalancerSummary(lb));
      }
    }
  } catch (error) {
    const mapped = toAwsError(error, "list the load balancers");
    if (mapped.kind === "not-found" && (filter.arns || filter.names)) return [];
    throw mapped;
  }
  return result;
}

/** One load balancer, or undefined when it does not exist. */
export async function getLoadBalancer(region: string, arn: string): Promise<LoadBalancerSummary | undefined> {
  const [lb] = await listLoadBalancers(region, { arns: [arn] });
  return lb;
}

/** Every ALB of the region with its listeners (protocol, port, default actions, certificates, SSL policy). */
export async function listLoadBalancersWithListeners(region: string): Promise<LoadBalancerWithListeners[]> {
  const lbs = await listLoadBalancers(region);
  return Promise.all(lbs.map(async (lb) => ({ ...lb, listeners: await listListeners(region, lb.arn) })));
}

/** The load balancer's attributes as key → value. */
export async function getLoadBalancerAttributes(region: string, arn: string): Promise<Attributes> {
  const response = await callAws("read the load balancer attributes", () =>
    clients.elbv2(region).send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn })),
  );
  return attributesFromSdk(response.Attributes);
}
