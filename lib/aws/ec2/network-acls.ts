import "server-only";

import { paginateDescribeNetworkAcls } from "@aws-sdk/client-ec2";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import type { NetworkAclSummary } from "./types";

/** The network ACLs of a VPC with their entries (used to spot blocked ephemeral ports). */
export async function listNetworkAcls(region: string, vpcId: string): Promise<NetworkAclSummary[]> {
  const acls: NetworkAclSummary[] = [];
  try {
    for await (const page of paginateDescribeNetworkAcls(
      { client: clients.ec2(region) },
      { Filters: [{ Name: "vpc-id", Values: [vpcId] }] },
    )) {
      for (const acl of page.NetworkAcls ?? []) {
        acls.push({
          id: acl.NetworkAclId ?? "",
          vpcId: acl.VpcId ?? vpcId,
          isDefault: acl.IsDefault ?? false,
          subnetIds: (acl.Associations ?? [])
            .map((association) => association.SubnetId ?? "")
            .filter(Boolean),
          entries: (acl.Entries ?? []).map((entry) => ({
            ruleNumber: entry.RuleNumber ?? 32767,
            isEgress: entry.Egress ?? false,
            protocol: entry.Protocol ?? "-1",
            action: entry.RuleAction === "deny" ? "deny" : "allow",
            cidr: entry.CidrBlock,
            ipv6Cidr: entry.Ipv6CidrBlock,
            fromPort: entry.PortRange?.From,
            toPort: entry.PortRange?.To,
          })),
        });
      }
    }
  } catch (error) {
    throw toAwsError(error, "list the network ACLs");
  }
  return acls;
}
