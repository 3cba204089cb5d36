import "server-only";

import type { IpPermission } from "@aws-sdk/client-ec2";
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DeleteSecurityGroupCommand,
  paginateDescribeSecurityGroups,
} from "@aws-sdk/client-ec2";

import { clients } from "../clients";
import { AwsError, callAws, toAwsError } from "../errors";
import type { IngressRuleSpec, SecurityGroupRule, SecurityGroupSummary } from "./types";

function toRule(permission: IpPermission): SecurityGroupRule {
  return {
    protocol: permission.IpProtocol ?? "-1",
    fromPort: permission.FromPort,
    toPort: permission.ToPort,
    cidrs: (permission.IpRanges ?? []).map((range) => range.CidrIp ?? "").filter(Boolean),
    ipv6Cidrs: (permission.Ipv6Ranges ?? []).map((range) => range.CidrIpv6 ?? "").filter(Boolean),
    sourceSecurityGroupIds: (permission.UserIdGroupPairs ?? [])
      .map((pair) => pair.GroupId ?? "")
      .filter(Boolean),
    prefixListIds: (permission.PrefixListIds ?? []).map((list) => list.PrefixListId ?? "").filter(Boolean),
    description:
      permission.IpRanges?.[0]?.Description ?? permission.UserIdGroupPairs?.[0]?.Description ?? undefined,
  };
}

/** Security groups with their ingress and egress rules, by id or by VPC. */
export async function listSecurityGroups(
  region: string,
  filter: { vpcId?: string; groupIds?: string[] } = {},
): Promise<SecurityGroupSummary[]> {
  const groups: SecurityGroupSummary[] = [];
  try {
    for await (const page of paginateDescribeSecurityGroups(
      { client: clients.ec2(region) },
      {
        GroupIds: filter.groupIds,
        Filters: filter.vpcId ? [{ Name: "vpc-id", Values: [filter.vpcId] }] : undefined,
      },
    )) {
      for (const group of page.SecurityGroups ?? []) {
        groups.push({
          id: group.GroupId ?? "",
          name: group.GroupName ?? "",
          description: group.Description ?? "",
          vpcId: group.VpcId ?? "",
          ingress: (group.IpPermissions ?? []).map(toRule),
          egress: (group.IpPermissionsEgress ?? []).map(toRule),
        });
      }
    }
  } catch (error) {
    throw toAwsError(error, "list the security groups");
  }
  return groups;
}

function ingressToSdk(rule: IngressRuleSpec): IpPermission {
  return {
    IpProtocol: rule.protocol,
    FromPort: rule.fromPort,
    ToPort: rule.toPort,
    ...(rule.cidr ? { IpRanges: [{ CidrIp: rule.cidr, Description: rule.description }] } : {}),
    ...(rule.ipv6Cidr ? { Ipv6Ranges: [{ CidrIpv6: rule.ipv6Cidr, Description: rule.description }] } : {}),
    ...(rule.sourceSecurityGroupId
      ? { UserIdGroupPairs: [{ GroupId: rule.sourceSecurityGroupId, Description: rule.description }] }
      : {}),
  };
}

/** Adds ingress rules to a security group. */
export async function authorizeIngress(
  region: string,
  groupId: string,
  rules: IngressRuleSpec[],
): Promise<void> {
  if (rules.length === 0) return;
  await callAws("add the inbound rules", () =>
    clients.ec2(region).send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: groupId,
        IpPermissions: rules.map(ingressToSdk),
      }),
    ),
  );
}

/**
 * Creates a security group and adds its inbound rules. If the rules are refused the new group is
 * deleted again, so a failed call leaves nothing behind.
 */
export async function createSecurityGroupWithIngress(
  region: string,
  params: { name: string; description: string; vpcId: string; ingress: IngressRuleSpec[] },
): Promise<string> {
  const response = await callAws("create the security group", () =>
    clients.ec2(region).send(
      new CreateSecurityGroupCommand({
        GroupName: params.name,
        Description: params.description,
        VpcId: params.vpcId,
      }),
    ),
  );
  const groupId = response.GroupId;
  if (!groupId) {
    throw new AwsError({
      kind: "unknown",
      code: "EmptyResponse",
      message: "AWS did not return the new security group.",
    });
  }

  try {
    await authorizeIngress(region, groupId, params.ingress);
  } catch (error) {
    await deleteSecurityGroup(region, groupId).catch(() => undefined);
    throw error;
  }
  return groupId;
}

/** Deletes a security group (fails with DependencyViolation while a network interface still uses it). */
export async function deleteSecurityGroup(region: string, groupId: string): Promise<void> {
  await callAws("delete the security group", () =>
    clients.ec2(region).send(new DeleteSecurityGroupCommand({ GroupId: groupId })),
  );
}
