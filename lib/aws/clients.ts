import "server-only";

import { ACMClient } from "@aws-sdk/client-acm";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { Route53Client } from "@aws-sdk/client-route-53";
import { STSClient } from "@aws-sdk/client-sts";

import { sharedClientConfig } from "./client-config";

/** Route 53 is a global service; its API lives in us-east-1. */
export const ROUTE53_REGION = "us-east-1";

const cache = new Map<string, unknown>();

function cached<T>(service: string, region: string, build: () => T): T {
  const key = `${service}:${region}`;
  const existing = cache.get(key);
  if (existing) return existing as T;

  const client = build();
  cache.set(key, client);
  return client;
}

/** One client per service and region, built on first use and then reused. */
export const clients = {
  route53: () =>
    cached("route53", ROUTE53_REGION, () => new Route53Client(sharedClientConfig(ROUTE53_REGION))),
  elbv2: (region: string) =>
    cached("elbv2", region, () => new ElasticLoadBalancingV2Client(sharedClientConfig(region))),
  acm: (region: string) => cached("acm", region, () => new ACMClient(sharedClientConfig(region))),
  ec2: (region: string) => cached("ec2", region, () => new EC2Client(sharedClientConfig(region))),
  cloudwatch: (region: string) =>
    cached("cloudwatch", region, () => new CloudWatchClient(sharedClientConfig(region))),
  sts: (region: string) => cached("sts", region, () => new STSClient(sharedClientConfig(region))),
};

/** Test hook: drop every cached client so the next call builds it again from the current environment. */
export function resetClientsForTests(): void {
  for (const client of cache.values()) (client as { destroy?: () => void }).destroy?.();
  cache.clear();
}
