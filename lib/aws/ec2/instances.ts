import "server-only";

import { paginateDescribeInstances } from "@aws-sdk/client-ec2";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import { nameTag } from "./tags";
import type { InstanceSummary } from "./types";

/** EC2 instances (optionally of one VPC or by id) with Name tag, state, private IP and AZ. */
export async function listInstances(
  region: string,
  filter: { vpcId?: string; instanceIds?: string[] } = {},
): Promise<InstanceSummary[]> {
  const instances: InstanceSummary[] = [];
  try {
    for await (const page of paginateDescribeInstances(
      { client: clients.ec2(region) },
      {
        InstanceIds: filter.instanceIds,
        Filters: filter.vpcId ? [{ Name: "vpc-id", Values: [filter.vpcId] }] : undefined,
      },
    )) {
      for (const reservation of page.Reservations ?? []) {
        for (const instance of reservation.Instances ?? []) {
          instances.push({
            id: instance.InstanceId ?? "",
            name: nameTag(instance.Tags),
            state: instance.State?.Name ?? "unknown",
            privateIp: instance.PrivateIpAddress,
            availabilityZone: instance.Placement?.AvailabilityZone,
            subnetId: instance.SubnetId,
            vpcId: instance.VpcId,
            securityGroupIds: (instance.SecurityGroups ?? [])
              .map((group) => group.GroupId ?? "")
              .filter(Boolean),
          });
        }
      }
    }
  } catch (error) {
    throw toAwsError(error, "list the instances");
  }
  return instances;
}
