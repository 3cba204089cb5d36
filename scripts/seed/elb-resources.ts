import type { LoadBalancer, TargetGroup } from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "@/lib/aws/clients";
import { callAws } from "@/lib/aws/errors";
import { undefinedWhenMissing } from "@/lib/aws/when-missing";

import { HEALTH_CHECK, TARGET_PORT, tagsWithName } from "./config";
import type { RegionNetwork } from "./network";
import type { SeedReporter } from "./reporter";

/** An HTTP instance target group of the seed, found by name or created with the seed's health check. */
export function ensureTargetGroup(region: string, vpcId: string, name: string, report: SeedReporter) {
  const elbv2 = clients.elbv2(region);
  return report.ensure<TargetGroup>(
    `${region} target group ${name}`,
    () =>
      undefinedWhenMissing(async () => {
        const found = await callAws("find a seeded target group", () =>
          elbv2.send(new DescribeTargetGroupsCommand({ Names: [name] })),
        );
        return found.TargetGroups?.[0];
      }),
    async () => {
      const made = await callAws("create a seeded target group", () =>
        elbv2.send(
          new CreateTargetGroupCommand({
            Name: name,
            Protocol: "HTTP",
            ProtocolVersion: "HTTP1",
            Port: TARGET_PORT,
            VpcId: vpcId,
            TargetType: "instance",
            HealthCheckEnabled: true,
            ...HEALTH_CHECK,
            Tags: tagsWithName(name),
          }),
        ),
      );
      return made.TargetGroups?.[0] ?? {};
    },
  );
}

/**
 * An internet-facing application load balancer of the seed in the region's public subnets, found by name or created;
 * `afterCreate` runs once, on the one just made (e.g. to set its attributes).
 */
export function ensureLoadBalancer(
  region: string,
  network: RegionNetwork,
  name: string,
  report: SeedReporter,
  afterCreate: (created: LoadBalancer) => Promise<void> = () => Promise.resolve(),
) {
  const elbv2 = clients.elbv2(region);
  return report.ensure<LoadBalancer>(
    `${region} load balancer ${name}`,
    () =>
      undefinedWhenMissing(async () => {
        const found = await callAws("find a seeded load balancer", () =>
          elbv2.send(new DescribeLoadBalancersCommand({ Names: [name] })),
        );
        return found.LoadBalancers?.[0];
      }),
    async () => {
      const made = await callAws("create a seeded load balancer", () =>
        elbv2.send(
          new CreateLoadBalancerCommand({
            Name: name,
            Type: "application",
            Scheme: "internet-facing",
            IpAddressType: "ipv4",
            Subnets: network.publicSubnetIds,
            SecurityGroups: [network.albSecurityGroupId],
            Tags: tagsWithName(name),
          }),
        ),
      );
      const created = made.LoadBalancers?.[0] ?? {};
      await afterCreate(created);
      return created;
    },
  );
}
