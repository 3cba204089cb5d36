import type { Filter, IpPermission, SecurityGroup, Subnet } from "@aws-sdk/client-ec2";
import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeAvailabilityZonesCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  ModifySubnetAttributeCommand,
  ModifyVpcAttributeCommand,
  RunInstancesCommand,
} from "@aws-sdk/client-ec2";

import { clients } from "@/lib/aws/clients";
import { callAws } from "@/lib/aws/errors";

import type { RegionPlan } from "./config";
import {
  AZ_COUNT,
  INSTANCE_TYPE,
  INSTANCES,
  NAMES,
  PREFERRED_AMI,
  TARGET_PORT,
  subnetCidr,
  tagsWithName,
  vpcCidr,
} from "./config";
import type { SeedReporter } from "./reporter";

export interface RegionNetwork {
  vpcId: string;
  availabilityZones: string[];
  publicSubnetIds: string[];
  privateSubnetIds: string[];
  internetGatewayId: string;
  albSecurityGroupId: string;
  targetSecurityGroupId: string;
  instanceIds: { blue: string[]; green: string[] };
}

const LIVE_INSTANCE_STATES = ["pending", "running", "stopping", "stopped"];

function byName(name: string, ...more: Filter[]): Filter[] {
  return [{ Name: "tag:Name", Values: [name] }, ...more];
}

/** The whole network of one region: VPC, subnets, gateway, route tables, security groups and target instances. */
export async function seedNetwork(plan: RegionPlan, report: SeedReporter): Promise<RegionNetwork> {
  const { region } = plan;
  const ec2 = clients.ec2(region);

  const vpcId = await report.ensure(
    `${region} VPC ${NAMES.vpc}`,
    async () => {
      const found = await callAws("find the demo VPC", () =>
        ec2.send(new DescribeVpcsCommand({ Filters: byName(NAMES.vpc) })),
      );
      return found.Vpcs?.[0]?.VpcId;
    },
    async () => {
      const made = await callAws("create the demo VPC", () =>
        ec2.send(
          new CreateVpcCommand({
            CidrBlock: vpcCidr(plan),
            TagSpecifications: [{ ResourceType: "vpc", Tags: tagsWithName(NAMES.vpc) }],
          }),
        ),
      );
      const id = made.Vpc?.VpcId ?? "";
      await callAws("enable DNS host names in the demo VPC", () =>
        ec2.send(new ModifyVpcAttributeCommand({ VpcId: id, EnableDnsHostnames: { Value: true } })),
      );
      return id;
    },
  );

  const zones = await callAws("list the availability zones", () =>
    ec2.send(new DescribeAvailabilityZonesCommand({ Filters: [{ Name: "state", Values: ["available"] }] })),
  );
  const availabilityZones = (zones.AvailabilityZones ?? [])
    .map((zone) => zone.ZoneName ?? "")
    .filter(Boolean)
    .sort()
    .slice(0, AZ_COUNT);
  if (availabilityZones.length < AZ_COUNT)
    throw new Error(`${region} has fewer than ${AZ_COUNT} availability zones`);

  const vpcFilter: Filter = { Name: "vpc-id", Values: [vpcId] };
  const existingSubnets = await callAws("list the demo subnets", () =>
    ec2.send(new DescribeSubnetsCommand({ Filters: [vpcFilter] })),
  );
  const subnetNamed = (name: string): Subnet | undefined =>
    existingSubnets.Subnets?.find((subnet) =>
      subnet.Tags?.some((tag) => tag.Key === "Name" && tag.Value === name),
    );

  const ensureSubnet = (tier: "public" | "private", zone: string, index: number) => {
    const name = `images-${tier}-${zone.slice(-2)}`;
    return report.ensure(
      `${region} subnet ${name}`,
      () => Promise.resolve(subnetNamed(name)?.SubnetId),
      async () => {
        const made = await callAws("create a demo subnet", () =>
          ec2.send(
            new CreateSubnetCommand({
              VpcId: vpcId,
              CidrBlock: subnetCidr(plan, tier, index),
              AvailabilityZone: zone,
              TagSpecifications: [
                { ResourceType: "subnet", Tags: [...tagsWithName(name), { Key: "Tier", Value: tier }] },
              ],
            }),
          ),
        );
        const id = made.Subnet?.SubnetId ?? "";
        if (tier === "public") {
          await callAws("make a demo subnet public", () =>
            ec2.send(
              new ModifySubnetAttributeCommand({ SubnetId: id, MapPublicIpOnLaunch: { Value: true } }),
            ),
          );
        }
        return id;
      },
    );
  };
  const [publicSubnetIds, privateSubnetIds] = await Promise.all([
    Promise.all(availabilityZones.map((zone, index) => ensureSubnet("public", zone, index))),
    Promise.all(availabilityZones.map((zone, index) => ensureSubnet("private", zone, index))),
  ]);

  const [internetGatewayId, securityGroups] = await Promise.all([
    seedInternetAccess(region, vpcId, publicSubnetIds, privateSubnetIds, report),
    seedSecurityGroups(region, vpcId, report),
  ]);

  const instanceIds = await seedInstances(
    region,
    vpcId,
    privateSubnetIds,
    securityGroups.targetSecurityGroupId,
    report,
  );

  return {
    vpcId,
    availabilityZones,
    publicSubnetIds,
    privateSubnetIds,
    internetGatewayId,
    ...securityGroups,
    instanceIds,
  };
}

/** Internet gateway, a public route table (0.0.0.0/0 → gateway) and a private one (local route only). */
async function seedInternetAccess(
  region: string,
  vpcId: string,
  publicSubnetIds: string[],
  privateSubnetIds: string[],
  report: SeedReporter,
): Promise<string> {
  const ec2 = clients.ec2(region);

  const internetGatewayId = await report.ensure(
    `${region} internet gateway ${NAMES.internetGateway}`,
    async () => {
      const found = await callAws("find the demo internet gateway", () =>
        ec2.send(
          new DescribeInternetGatewaysCommand({ Filters: [{ Name: "attachment.vpc-id", Values: [vpcId] }] }),
        ),
      );
      return found.InternetGateways?.[0]?.InternetGatewayId;
    },
    async () => {
      const made = await callAws("create the demo internet gateway", () =>
        ec2.send(
          new CreateInternetGatewayCommand({
            TagSpecifications: [
              { ResourceType: "internet-gateway", Tags: tagsWithName(NAMES.internetGateway) },
            ],
          }),
        ),
      );
      const id = made.InternetGateway?.InternetGatewayId ?? "";
      await callAws("attach the demo internet gateway", () =>
        ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: id, VpcId: vpcId })),
      );
      return id;
    },
  );

  await Promise.all([
    seedRouteTable(region, vpcId, NAMES.publicRouteTable, publicSubnetIds, internetGatewayId, report),
    seedRouteTable(region, vpcId, NAMES.privateRouteTable, privateSubnetIds, undefined, report),
  ]);
  return internetGatewayId;
}

async function seedRouteTable(
  region: string,
  vpcId: string,
  name: string,
  subnetIds: string[],
  internetGatewayId: string | undefined,
  report: SeedReporter,
): Promise<void> {
  const ec2 = clients.ec2(region);

  const table = await report.ensure(
    `${region} route table ${name}`,
    async () => {
      const found = await callAws("find a demo route table", () =>
        ec2.send(
          new DescribeRouteTablesCommand({ Filters: byName(name, { Name: "vpc-id", Values: [vpcId] }) }),
        ),
      );
      return found.RouteTables?.[0];
    },
    async () => {
      const made = await callAws("create a demo route table", () =>
        ec2.send(
          new CreateRouteTableCommand({
            VpcId: vpcId,
            TagSpecifications: [{ ResourceType: "route-table", Tags: tagsWithName(name) }],
          }),
        ),
      );
      return made.RouteTable ?? {};
    },
  );
  const tableId = table.RouteTableId ?? "";

  const hasDefaultRoute = table.Routes?.some((route) => route.DestinationCidrBlock === "0.0.0.0/0") ?? false;
  if (internetGatewayId && !hasDefaultRoute) {
    await callAws("add the default route to the internet gateway", () =>
      ec2.send(
        new CreateRouteCommand({
          RouteTableId: tableId,
          DestinationCidrBlock: "0.0.0.0/0",
          GatewayId: internetGatewayId,
        }),
      ),
    );
    report.noteCreated(`${region} route 0.0.0.0/0 → ${internetGatewayId} in ${name}`);
  } else if (internetGatewayId) {
    report.noteExisting();
  }

  const associated = new Set((table.Associations ?? []).map((association) => association.SubnetId));
  await Promise.all(
    subnetIds.map(async (subnetId) => {
      if (associated.has(subnetId)) return report.noteExisting();
      await callAws("associate a subnet with a demo route table", () =>
        ec2.send(new AssociateRouteTableCommand({ RouteTableId: tableId, SubnetId: subnetId })),
      );
      report.noteCreated(`${region} association ${subnetId} → ${name}`);
    }),
  );
}

function admits(group: SecurityGroup, port: number, source: { cidr?: string; groupId?: string }): boolean {
  return (group.IpPermissions ?? []).some(
    (permission) =>
      permission.IpProtocol === "tcp" &&
      permission.FromPort === port &&
      permission.ToPort === port &&
      (source.cidr
        ? (permission.IpRanges ?? []).some((range) => range.CidrIp === source.cidr)
        : (permission.UserIdGroupPairs ?? []).some((pair) => pair.GroupId === source.groupId)),
  );
}

/** `images-alb-sg` admits 80 and 443 from anywhere; `images-targets-sg` admits 8080 only from the ALB's group. */
async function seedSecurityGroups(
  region: string,
  vpcId: string,
  report: SeedReporter,
): Promise<{ albSecurityGroupId: string; targetSecurityGroupId: string }> {
  const ec2 = clients.ec2(region);

  const ensureGroup = (name: string, description: string) =>
    report.ensure(
      `${region} security group ${name}`,
      async () => {
        const found = await callAws("find a demo security group", () =>
          ec2.send(
            new DescribeSecurityGroupsCommand({
              Filters: [
                { Name: "vpc-id", Values: [vpcId] },
                { Name: "group-name", Values: [name] },
              ],
            }),
          ),
        );
        return found.SecurityGroups?.[0];
      },
      async () => {
        const made = await callAws("create a demo security group", () =>
          ec2.send(
            new CreateSecurityGroupCommand({
              GroupName: name,
              Description: description,
              VpcId: vpcId,
              TagSpecifications: [{ ResourceType: "security-group", Tags: tagsWithName(name) }],
            }),
          ),
        );
        return { GroupId: made.GroupId, IpPermissions: [] } satisfies SecurityGroup;
      },
    );

  const [albGroup, targetGroup] = await Promise.all([
    ensureGroup(NAMES.albSecurityGroup, "images-alb: HTTP and HTTPS from the internet"),
    ensureGroup(NAMES.targetSecurityGroup, "images targets: 8080 from images-alb-sg only"),
  ]);
  const albSecurityGroupId = albGroup.GroupId ?? "";
  const targetSecurityGroupId = targetGroup.GroupId ?? "";

  const authorize = async (group: SecurityGroup, permissions: IpPermission[], label: string) => {
    await callAws("open a port in a demo security group", () =>
      ec2.send(
        new AuthorizeSecurityGroupIngressCommand({ GroupId: group.GroupId, IpPermissions: permissions }),
      ),
    );
    report.noteCreated(`${region} ingress ${label}`);
  };

  const pending: Promise<void>[] = [];
  for (const port of [80, 443]) {
    if (admits(albGroup, port, { cidr: "0.0.0.0/0" })) report.noteExisting();
    else
      pending.push(
        authorize(
          albGroup,
          [
            {
              IpProtocol: "tcp",
              FromPort: port,
              ToPort: port,
              IpRanges: [{ CidrIp: "0.0.0.0/0", Description: "internet" }],
            },
          ],
          `${NAMES.albSecurityGroup} tcp/${port} from 0.0.0.0/0`,
        ),
      );
  }
  if (admits(targetGroup, TARGET_PORT, { groupId: albSecurityGroupId })) report.noteExisting();
  else
    pending.push(
      authorize(
        targetGroup,
        [
          {
            IpProtocol: "tcp",
            FromPort: TARGET_PORT,
            ToPort: TARGET_PORT,
            UserIdGroupPairs: [
              { GroupId: albSecurityGroupId, Description: "traffic and health checks from images-alb" },
            ],
          },
        ],
        `${NAMES.targetSecurityGroup} tcp/${TARGET_PORT} from ${NAMES.albSecurityGroup}`,
      ),
    );
  await Promise.all(pending);

  return { albSecurityGroupId, targetSecurityGroupId };
}

async function resolveImageId(region: string): Promise<string> {
  const ec2 = clients.ec2(region);
  try {
    const preferred = await callAws("look up the demo AMI", () =>
      ec2.send(new DescribeImagesCommand({ ImageIds: [PREFERRED_AMI] })),
    );
    if (preferred.Images?.length) return PREFERRED_AMI;
  } catch {
    // Not in this emulator's image list: take any image it knows below.
  }
  const any = await callAws("list the emulator's AMIs", () =>
    ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] })),
  );
  const imageId = any.Images?.find((image) => image.ImageId)?.ImageId;
  if (!imageId) throw new Error(`No AMI known in ${region}`);
  return imageId;
}

/** Two blue and two green instances, spread over the private subnets, in the targets' security group. */
async function seedInstances(
  region: string,
  vpcId: string,
  subnetIds: string[],
  securityGroupId: string,
  report: SeedReporter,
): Promise<{ blue: string[]; green: string[] }> {
  const ec2 = clients.ec2(region);
  const names = [...INSTANCES.blue, ...INSTANCES.green];

  const found = await callAws("find the demo instances", () =>
    ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: "vpc-id", Values: [vpcId] },
          { Name: "tag:Name", Values: names },
          { Name: "instance-state-name", Values: LIVE_INSTANCE_STATES },
        ],
      }),
    ),
  );
  const existing = new Map<string, string>();
  for (const instance of (found.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? [])) {
    const name = instance.Tags?.find((tag) => tag.Key === "Name")?.Value;
    if (name && instance.InstanceId && !existing.has(name)) existing.set(name, instance.InstanceId);
  }

  let imageId: Promise<string> | undefined;
  const ensureInstance = (name: string, color: "blue" | "green", index: number) =>
    report.ensure(
      `${region} instance ${name}`,
      () => Promise.resolve(existing.get(name)),
      async () => {
        imageId ??= resolveImageId(region);
        const image = await imageId;
        const made = await callAws("launch a demo instance", () =>
          ec2.send(
            new RunInstancesCommand({
              ImageId: image,
              InstanceType: INSTANCE_TYPE,
              MinCount: 1,
              MaxCount: 1,
              SubnetId: subnetIds[index % subnetIds.length],
              SecurityGroupIds: [securityGroupId],
              TagSpecifications: [
                { ResourceType: "instance", Tags: [...tagsWithName(name), { Key: "Color", Value: color }] },
              ],
            }),
          ),
        );
        return made.Instances?.[0]?.InstanceId ?? "";
      },
    );

  const [blue, green] = await Promise.all([
    Promise.all(INSTANCES.blue.map((name, index) => ensureInstance(name, "blue", index))),
    Promise.all(INSTANCES.green.map((name, index) => ensureInstance(name, "green", index + 1))),
  ]);
  return { blue, green };
}
