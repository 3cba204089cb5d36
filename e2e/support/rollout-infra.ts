import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
} from "@aws-sdk/client-cloudwatch";
import { DescribeInstancesCommand, EC2Client } from "@aws-sdk/client-ec2";
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  ChangeResourceRecordSetsCommand,
  ListHostedZonesByNameCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
  type ResourceRecordSet,
} from "@aws-sdk/client-route-53";

// What the rollout e2e tests roll out on: a load balancer, two target groups and an alarm of their own in the seeded
// VPC (images-alb stays as seeded for the other tests), and weighted records in the seeded zone.

const REGION = "us-east-1";
const endpoint = process.env.AWS_ENDPOINT_URL;
export const elbv2 = new ElasticLoadBalancingV2Client({ region: REGION, endpoint });
const cloudwatch = new CloudWatchClient({ region: REGION, endpoint });
const ec2 = new EC2Client({ region: REGION, endpoint });
const route53 = new Route53Client({ region: REGION, endpoint });

export interface RolloutInfra {
  region: string;
  loadBalancerArn: string;
  blueArn: string;
  greenArn: string;
  blueName: string;
  greenName: string;
  alarmName: string;
}

async function instanceIds(namePrefix: string): Promise<string[]> {
  const response = await ec2.send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: "tag:Name", Values: [`${namePrefix}*`] },
        { Name: "instance-state-name", Values: ["running"] },
      ],
    }),
  );
  return (response.Reservations ?? [])
    .flatMap((reservation) => reservation.Instances ?? [])
    .map((instance) => instance.InstanceId ?? "");
}

export async function createRolloutInfra(id: string): Promise<RolloutInfra> {
  const seeded = (await elbv2.send(new DescribeLoadBalancersCommand({ Names: ["images-alb"] })))
    .LoadBalancers?.[0];
  const created = await elbv2.send(
    new CreateLoadBalancerCommand({
      Name: `e2e-roll-${id}`,
      Type: "application",
      Subnets: (seeded?.AvailabilityZones ?? []).map((zone) => zone.SubnetId ?? ""),
      SecurityGroups: seeded?.SecurityGroups,
    }),
  );
  const loadBalancerArn = created.LoadBalancers?.[0]?.LoadBalancerArn ?? "";
  const group = async (name: string, instancesOf: string) => {
    const made = await elbv2.send(
      new CreateTargetGroupCommand({
        Name: name,
        Protocol: "HTTP",
        Port: 8080,
        VpcId: seeded?.VpcId,
        TargetType: "instance",
        HealthCheckPath: "/healthz",
      }),
    );
    const arn = made.TargetGroups?.[0]?.TargetGroupArn ?? "";
    const ids = await instanceIds(instancesOf);
    await elbv2.send(
      new RegisterTargetsCommand({
        TargetGroupArn: arn,
        Targets: ids.map((instanceId) => ({ Id: instanceId })),
      }),
    );
    return arn;
  };
  const blueName = `e2e-rb-${id}`;
  const greenName = `e2e-rg-${id}`;
  const [blueArn, greenArn] = await Promise.all([
    group(blueName, "images-blue"),
    group(greenName, "images-green"),
  ]);
  const alarmName = `e2e-roll-5xx-${id}`;
  await cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: alarmName,
      Namespace: "AWS/ApplicationELB",
      MetricName: "HTTPCode_Target_5XX_Count",
      Dimensions: [{ Name: "LoadBalancer", Value: loadBalancerArn.split(":loadbalancer/")[1] ?? "" }],
      Statistic: "Sum",
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 10,
      ComparisonOperator: "GreaterThanThreshold",
    }),
  );
  await setAlarm(alarmName, "OK");
  return { region: REGION, loadBalancerArn, blueArn, greenArn, blueName, greenName, alarmName };
}

export async function deleteRolloutInfra(infra: RolloutInfra): Promise<void> {
  await elbv2
    .send(new DeleteLoadBalancerCommand({ LoadBalancerArn: infra.loadBalancerArn }))
    .catch(() => undefined);
  for (const arn of [infra.blueArn, infra.greenArn])
    await elbv2.send(new DeleteTargetGroupCommand({ TargetGroupArn: arn })).catch(() => undefined);
  await cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: [infra.alarmName] })).catch(() => undefined);
}

export async function setAlarm(name: string, state: "OK" | "ALARM"): Promise<void> {
  await cloudwatch.send(
    new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: `e2e: ${state}` }),
  );
}

/** A listener on its own port whose default action forwards everything to blue. */
export async function blueListener(infra: RolloutInfra, port: number): Promise<string> {
  const made = await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: infra.loadBalancerArn,
      Protocol: "HTTP",
      Port: port,
      DefaultActions: [{ Type: "forward", TargetGroupArn: infra.blueArn }],
    }),
  );
  return made.Listeners?.[0]?.ListenerArn ?? "";
}

/** The weights AWS holds on a listener's forward action, per target group ARN. */
export async function listenerWeights(listenerArn: string): Promise<Record<string, number>> {
  const listener = (await elbv2.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })))
    .Listeners?.[0];
  const forward = listener?.DefaultActions?.find((action) => action.Type === "forward");
  const groups = forward?.ForwardConfig?.TargetGroups ?? [];
  if (groups.length === 0) return forward?.TargetGroupArn ? { [forward.TargetGroupArn]: 1 } : {};
  return Object.fromEntries(groups.map((entry) => [entry.TargetGroupArn ?? "", entry.Weight ?? 1]));
}

/** Someone else's change: set the forward weights directly through the API. */
export async function setListenerWeights(
  listenerArn: string,
  weights: Record<string, number>,
): Promise<void> {
  await elbv2.send(
    new ModifyListenerCommand({
      ListenerArn: listenerArn,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: Object.entries(weights).map(([TargetGroupArn, Weight]) => ({
              TargetGroupArn,
              Weight,
            })),
          },
        },
      ],
    }),
  );
}

/** One backend's share of all traffic, in percent. */
export function shareOf(weights: Record<string, number>, id: string): number {
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  return total === 0 ? 0 : ((weights[id] ?? 0) / total) * 100;
}

async function seededZoneId(): Promise<string> {
  const zones = await route53.send(new ListHostedZonesByNameCommand({ DNSName: "example.com." }));
  return (zones.HostedZones?.find((zone) => zone.Name === "example.com.")?.Id ?? "").replace(
    "/hostedzone/",
    "",
  );
}

const weighted = (name: string, id: string, weight: number, value: string): ResourceRecordSet => ({
  Name: name,
  Type: "A",
  SetIdentifier: id,
  Weight: weight,
  TTL: 60,
  ResourceRecords: [{ Value: value }],
});

/** A weighted blue/green pair at `name` in the seeded zone (blue 255, green 0, TTL 60). */
export async function createWeightedPair(name: string): Promise<string> {
  const zoneId = await seededZoneId();
  await route53.send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: {
        Changes: [
          { Action: "CREATE", ResourceRecordSet: weighted(name, "blue", 255, "192.0.2.61") },
          { Action: "CREATE", ResourceRecordSet: weighted(name, "green", 0, "192.0.2.62") },
        ],
      },
    }),
  );
  return zoneId;
}

export async function recordWeights(zoneId: string, name: string): Promise<Record<string, number>> {
  const page = await route53.send(
    new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, StartRecordName: name, StartRecordType: "A" }),
  );
  const group = (page.ResourceRecordSets ?? []).filter((rrset) => rrset.Name === name && rrset.Type === "A");
  return Object.fromEntries(group.map((rrset) => [rrset.SetIdentifier ?? "", rrset.Weight ?? 0]));
}

export async function deleteRecordGroup(zoneId: string, name: string): Promise<void> {
  const page = await route53.send(
    new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, StartRecordName: name, StartRecordType: "A" }),
  );
  const group = (page.ResourceRecordSets ?? []).filter((rrset) => rrset.Name === name && rrset.Type === "A");
  if (group.length === 0) return;
  await route53.send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: { Changes: group.map((rrset) => ({ Action: "DELETE", ResourceRecordSet: rrset })) },
    }),
  );
}
