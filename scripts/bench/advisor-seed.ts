import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeAvailabilityZonesCommand,
} from "@aws-sdk/client-ec2";
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { CreateHostedZoneCommand, type ResourceRecordSet } from "@aws-sdk/client-route-53";

import { mapLimit } from "@/lib/async/map-limit";
import { clients } from "@/lib/aws/clients";
import { applyChangeBatches } from "@/lib/aws/route53/change-record-sets";
import { planChangeBatches, type DesiredChange } from "@/lib/route53/change-batch";

import { progress } from "./report";

// The advisor benchmark's Region: 50 ALBs with 3 target groups each (two forwarded, one spare), and 5 zones of
// 2,000 records, some of them aliases to those ALBs. Its own Region, so the seed's two ALBs stay out of the count.

export const ADVISOR_BENCH_REGION = "us-west-2";

export interface AdvisorBenchSize {
  loadBalancers: number;
  targetGroupsPerLoadBalancer: number;
  zones: number;
  recordsPerZone: number;
}

export const FULL_SIZE: AdvisorBenchSize = {
  loadBalancers: 50,
  targetGroupsPerLoadBalancer: 3,
  zones: 5,
  recordsPerZone: 2_000,
};
export const QUICK_SIZE: AdvisorBenchSize = {
  loadBalancers: 5,
  targetGroupsPerLoadBalancer: 3,
  zones: 2,
  recordsPerZone: 300,
};

const region = ADVISOR_BENCH_REGION;

async function seedNetwork() {
  const ec2 = clients.ec2(region);
  const zones = await ec2.send(new DescribeAvailabilityZonesCommand({}));
  const [azA, azB] = (zones.AvailabilityZones ?? []).map((zone) => zone.ZoneName ?? "");
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: "10.20.0.0/16" }));
  const vpcId = vpc.Vpc?.VpcId ?? "";
  const subnets = await Promise.all(
    [azA, azB].map((zone, index) =>
      ec2.send(
        new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `10.20.${index}.0/24`, AvailabilityZone: zone }),
      ),
    ),
  );
  const sg = await ec2.send(
    new CreateSecurityGroupCommand({ GroupName: "advisor-bench-alb", Description: "bench", VpcId: vpcId }),
  );
  return {
    vpcId,
    subnetIds: subnets.map((subnet) => subnet.Subnet?.SubnetId ?? ""),
    securityGroupId: sg.GroupId ?? "",
  };
}

async function seedLoadBalancer(
  index: number,
  size: AdvisorBenchSize,
  network: Awaited<ReturnType<typeof seedNetwork>>,
): Promise<{ dnsName: string; zoneId: string }> {
  const elbv2 = clients.elbv2(region);
  const created = await elbv2.send(
    new CreateLoadBalancerCommand({
      Name: `adv-${index}`,
      Subnets: network.subnetIds,
      SecurityGroups: [network.securityGroupId],
      Type: "application",
    }),
  );
  const lb = created.LoadBalancers?.[0];
  const groupArns: string[] = [];
  for (let group = 0; group < size.targetGroupsPerLoadBalancer; group++) {
    const tg = await elbv2.send(
      new CreateTargetGroupCommand({
        Name: `adv-${index}-${group}`,
        Protocol: "HTTP",
        Port: 8080,
        VpcId: network.vpcId,
        TargetType: "ip",
        HealthCheckPath: group === 1 ? "/api/health" : "/health",
      }),
    );
    const arn = tg.TargetGroups?.[0]?.TargetGroupArn ?? "";
    groupArns.push(arn);
    await elbv2.send(
      new RegisterTargetsCommand({
        TargetGroupArn: arn,
        Targets: [{ Id: `10.20.0.${10 + group}` }, { Id: `10.20.1.${10 + group}` }],
      }),
    );
  }
  const listener = await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: lb?.LoadBalancerArn,
      Protocol: "HTTP",
      Port: 80,
      DefaultActions: [{ Type: "forward", TargetGroupArn: groupArns[0] }],
    }),
  );
  await elbv2.send(
    new CreateRuleCommand({
      ListenerArn: listener.Listeners?.[0]?.ListenerArn,
      Priority: 1,
      Conditions: [{ Field: "path-pattern", Values: ["/api/*"] }],
      Actions: [{ Type: "forward", TargetGroupArn: groupArns[1] }],
    }),
  );
  return { dnsName: lb?.DNSName ?? "", zoneId: lb?.CanonicalHostedZoneId ?? "" };
}

function zoneRecords(
  zone: number,
  count: number,
  albs: { dnsName: string; zoneId: string }[],
): ResourceRecordSet[] {
  return Array.from({ length: count }, (_, index): ResourceRecordSet => {
    const name = `r${index}.adv-${zone}.bench.example.`;
    const alb = albs[index % albs.length];
    if (index % 40 === 0 && alb)
      return {
        Name: name,
        Type: "A",
        AliasTarget: {
          DNSName: `dualstack.${alb.dnsName}`,
          HostedZoneId: alb.zoneId,
          EvaluateTargetHealth: true,
        },
      };
    return {
      Name: name,
      Type: "A",
      TTL: 300,
      ResourceRecords: [{ Value: `203.0.${(index >> 8) & 255}.${index & 255}` }],
    };
  });
}

async function seedZone(zone: number, size: AdvisorBenchSize, albs: { dnsName: string; zoneId: string }[]) {
  const created = await clients.route53().send(
    new CreateHostedZoneCommand({
      Name: `adv-${zone}.bench.example.`,
      CallerReference: `adv-${zone}-${Date.now()}`,
    }),
  );
  const zoneId = (created.HostedZone?.Id ?? "").replace("/hostedzone/", "");
  const batches = planChangeBatches(
    zoneRecords(zone, size.recordsPerZone, albs).map((after): DesiredChange => ({ kind: "create", after })),
  );
  const result = await applyChangeBatches(zoneId, batches);
  if (result.failedAt)
    throw new Error(`Seeding advisor zone ${zone} failed at batch ${result.failedAt.index}`);
}

/** Creates the benchmark's load balancers, target groups and zones in the emulator. */
export async function seedAdvisorBench(size: AdvisorBenchSize): Promise<void> {
  progress(
    `Advisor: seeding ${size.loadBalancers} ALBs and ${size.zones} zones of ${size.recordsPerZone} records`,
  );
  const network = await seedNetwork();
  const albs = await mapLimit(
    Array.from({ length: size.loadBalancers }, (_, index) => index),
    8,
    (index) => seedLoadBalancer(index, size, network),
  );
  await mapLimit(
    Array.from({ length: size.zones }, (_, zone) => zone),
    2,
    (zone) => seedZone(zone, size, albs),
  );
}
