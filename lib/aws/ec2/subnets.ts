import "server-only";

import type { RouteTable } from "@aws-sdk/client-ec2";
import { paginateDescribeRouteTables, paginateDescribeSubnets } from "@aws-sdk/client-ec2";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import { nameTag } from "./tags";
import type { SubnetSummary } from "./types";

function hasInternetGatewayRoute(table: RouteTable): boolean {
  return (table.Routes ?? []).some(
    (route) =>
      (route.GatewayId ?? "").startsWith("igw-") &&
      route.State !== "blackhole" &&
      (route.DestinationCidrBlock === "0.0.0.0/0" || route.DestinationIpv6CidrBlock === "::/0"),
  );
}

/** Which route table governs a subnet: its explicit association, else the VPC's main table. */
export function routeTableFor(subnetId: string, vpcId: string, tables: RouteTable[]): RouteTable | undefined {
  const explicit = tables.find((table) =>
    (table.Associations ?? []).some((association) => association.SubnetId === subnetId),
  );
  if (explicit) return explicit;
  return tables.find(
    (table) => table.VpcId === vpcId && (table.Associations ?? []).some((association) => association.Main),
  );
}

/** Subnets (optionally of one VPC) with their AZ, CIDR and whether they route to an internet gateway. */
export async function listSubnets(
  region: string,
  filter: { vpcId?: string; subnetIds?: string[] } = {},
): Promise<SubnetSummary[]> {
  const client = clients.ec2(region);
  const vpcFilter = filter.vpcId ? [{ Name: "vpc-id", Values: [filter.vpcId] }] : undefined;
  try {
    const subnets = [];
    for await (const page of paginateDescribeSubnets(
      { client },
      { Filters: vpcFilter, SubnetIds: filter.subnetIds },
    )) {
      subnets.push(...(page.Subnets ?? []));
    }

    const vpcIds = [...new Set(subnets.map((subnet) => subnet.VpcId ?? ""))].filter(Boolean);
    const tables: RouteTable[] = [];
    if (vpcIds.length > 0) {
      for await (const page of paginateDescribeRouteTables(
        { client },
        { Filters: [{ Name: "vpc-id", Values: vpcIds }] },
      )) {
        tables.push(...(page.RouteTables ?? []));
      }
    }

    return subnets
      .map((subnet) => {
        const table = routeTableFor(subnet.SubnetId ?? "", subnet.VpcId ?? "", tables);
        return {
          id: subnet.SubnetId ?? "",
          vpcId: subnet.VpcId ?? "",
          availabilityZone: subnet.AvailabilityZone ?? "",
          availabilityZoneId: subnet.AvailabilityZoneId,
          cidrBlock: subnet.CidrBlock ?? "",
          availableIpCount: subnet.AvailableIpAddressCount ?? 0,
          name: nameTag(subnet.Tags),
          isPublic: table ? hasInternetGatewayRoute(table) : false,
          routeTableId: table?.RouteTableId,
        };
      })
      .sort((a, b) => a.availabilityZone.localeCompare(b.availabilityZone) || a.id.localeCompare(b.id));
  } catch (error) {
    throw toAwsError(error, "list the subnets");
  }
}
