import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DeleteSecurityGroupCommand,
  DescribeInstancesCommand,
  DescribeRouteTablesCommand,
  DescribeSubnetsCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";

import { listInstances } from "./instances";
import { createSecurityGroupWithIngress } from "./security-groups";
import { listSubnets } from "./subnets";

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

describe("listSubnets", () => {
  it("marks a subnet public when its route table (explicit, else main) routes to an IGW", async () => {
    ec2.on(DescribeSubnetsCommand).resolves({
      Subnets: [
        {
          SubnetId: "subnet-pub",
          VpcId: "vpc-1",
          AvailabilityZone: "us-east-1a",
          CidrBlock: "10.0.0.0/24",
          Tags: [{ Key: "Name", Value: "public-a" }],
        },
        { SubnetId: "subnet-priv", VpcId: "vpc-1", AvailabilityZone: "us-east-1b", CidrBlock: "10.0.1.0/24" },
      ],
    });
    ec2.on(DescribeRouteTablesCommand).resolves({
      RouteTables: [
        {
          RouteTableId: "rtb-main",
          VpcId: "vpc-1",
          Associations: [{ Main: true }],
          Routes: [{ DestinationCidrBlock: "10.0.0.0/16", GatewayId: "local" }],
        },
        {
          RouteTableId: "rtb-pub",
          VpcId: "vpc-1",
          Associations: [{ SubnetId: "subnet-pub" }],
          Routes: [{ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-1" }],
        },
      ],
    });
    const subnets = await listSubnets("us-east-1", { vpcId: "vpc-1" });
    expect(subnets.map((s) => [s.id, s.name, s.isPublic, s.routeTableId])).toEqual([
      ["subnet-pub", "public-a", true, "rtb-pub"],
      ["subnet-priv", undefined, false, "rtb-main"],
    ]);
  });
});

describe("createSecurityGroupWithIngress", () => {
  it("creates the group and its rules", async () => {
    ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: "sg-1" });
    ec2.on(AuthorizeSecurityGroupIngressCommand).resolves({});
    const id = await createSecurityGroupWithIngress("us-east-1", {
      name: "alb",
      description: "d",
      vpcId: "vpc-1",
      ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" }],
    });
    expect(id).toBe("sg-1");
    expect(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)[0]?.args[0].input.IpPermissions).toEqual([
      {
        IpProtocol: "tcp",
        FromPort: 443,
        ToPort: 443,
        IpRanges: [{ CidrIp: "0.0.0.0/0", Description: undefined }],
      },
    ]);
  });

  it("deletes the new group when its rules are refused", async () => {
    ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: "sg-1" });
    ec2
      .on(AuthorizeSecurityGroupIngressCommand)
      .rejects(Object.assign(new Error("bad"), { name: "InvalidParameterValue", $metadata: {} }));
    ec2.on(DeleteSecurityGroupCommand).resolves({});
    await expect(
      createSecurityGroupWithIngress("us-east-1", {
        name: "alb",
        description: "d",
        vpcId: "vpc-1",
        ingress: [{ protocol: "tcp", fromPort: 1, toPort: 1, cidr: "x" }],
      }),
    ).rejects.toMatchObject({ code: "InvalidParameterValue", kind: "validation" });
    expect(ec2.commandCalls(DeleteSecurityGroupCommand)[0]?.args[0].input).toEqual({ GroupId: "sg-1" });
  });
});

describe("listInstances", () => {
  it("returns id, Name tag, state, private IP, AZ and security groups", async () => {
    ec2.on(DescribeInstancesCommand).resolves({
      Reservations: [
        {
          Instances: [
            {
              InstanceId: "i-1",
              Tags: [{ Key: "Name", Value: "web-1" }],
              State: { Name: "running" },
              PrivateIpAddress: "10.0.0.5",
              Placement: { AvailabilityZone: "us-east-1a" },
              SecurityGroups: [{ GroupId: "sg-app" }],
            },
          ],
        },
      ],
    });
    expect(await listInstances("us-east-1")).toEqual([
      {
        id: "i-1",
        name: "web-1",
        state: "running",
        privateIp: "10.0.0.5",
        availabilityZone: "us-east-1a",
        subnetId: undefined,
        vpcId: undefined,
        securityGroupIds: ["sg-app"],
      },
    ]);
  });
});
