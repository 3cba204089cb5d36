import type { NetworkAclSummary, SecurityGroupRule, SecurityGroupSummary } from "@/lib/aws/ec2/types";

import type { AlbConfig, AlbTargetGroup } from "./types";

export function ruleCoversTcpPort(
  rule: { protocol: string; fromPort?: number; toPort?: number },
  port: number,
): boolean {
  if (rule.protocol === "-1" || rule.protocol === "all") return true;
  if (rule.protocol !== "tcp" && rule.protocol !== "6") return false;
  return (rule.fromPort ?? 0) <= port && port <= (rule.toPort ?? 65535);
}

export function ruleFromAnywhere(rule: SecurityGroupRule): boolean {
  return rule.cidrs.includes("0.0.0.0/0") || rule.ipv6Cidrs.includes("::/0");
}

/** Whether some ingress rule of the groups admits TCP `port` from one of `sourceGroupIds` or from a CIDR. */
export function groupsAdmit(
  groups: SecurityGroupSummary[],
  port: number,
  source: { sourceGroupIds?: string[]; fromAnywhere?: boolean; anyCidr?: boolean },
): boolean {
  return groups.some((group) =>
    group.ingress.some((rule) => {
      if (!ruleCoversTcpPort(rule, port)) return false;
      if (source.sourceGroupIds?.some((id) => rule.sourceSecurityGroupIds.includes(id))) return true;
      if (source.fromAnywhere) return ruleFromAnywhere(rule);
      // Without the ALB's node IPs we cannot check a CIDR precisely; a CIDR rule is given the benefit of the doubt.
      if (source.anyCidr)
        return rule.cidrs.length > 0 || rule.ipv6Cidrs.length > 0 || rule.prefixListIds.length > 0;
      return false;
    }),
  );
}

export function loadBalancerGroups(config: AlbConfig): SecurityGroupSummary[] {
  const ids = new Set(config.loadBalancer.securityGroupIds);
  return (config.securityGroups ?? []).filter((group) => ids.has(group.id));
}

/** The port the load balancer connects to for a target (its override, else the group's port). */
export function trafficPort(group: AlbTargetGroup, target?: { port?: number }): number | undefined {
  return target?.port ?? group.port;
}

/** The health-check port: "traffic-port" resolves to the traffic port. */
export function healthCheckPort(group: AlbTargetGroup, target?: { port?: number }): number | undefined {
  const port = group.healthCheck.port;
  if (!port || port === "traffic-port") return trafficPort(group, target);
  return Number(port);
}

export interface TargetReachability {
  targetId: string;
  port: number;
  kind: "traffic" | "health-check";
  /** The target's security groups, as far as we know them. */
  groupIds: string[];
}

/**
 * Instance targets whose security groups do not admit the load balancer on the traffic or
 * health-check port (from the LB's security groups or, leniently, from any CIDR).
 */
export function unreachableTargets(config: AlbConfig, group: AlbTargetGroup): TargetReachability[] {
  if (group.targetType !== "instance" || !config.instances || !config.securityGroups) return [];
  const lbGroupIds = config.loadBalancer.securityGroupIds;
  const problems: TargetReachability[] = [];
  for (const target of group.targets) {
    const instance = config.instances.find((candidate) => candidate.id === target.targetId);
    if (!instance) continue;
    const groups = config.securityGroups.filter((sg) => instance.securityGroupIds.includes(sg.id));
    if (groups.length !== instance.securityGroupIds.length) continue;

    const checks: [number | undefined, "traffic" | "health-check"][] = [
      [trafficPort(group, target), "traffic"],
      [healthCheckPort(group, target), "health-check"],
    ];
    for (const [port, kind] of checks) {
      if (port === undefined) continue;
      if (kind === "health-check" && port === trafficPort(group, target)) continue;
      if (!groupsAdmit(groups, port, { sourceGroupIds: lbGroupIds, anyCidr: true })) {
        problems.push({ targetId: target.targetId, port, kind, groupIds: instance.securityGroupIds });
      }
    }
  }
  return problems;
}

const EPHEMERAL_SAMPLES = [1024, 16384, 32768, 49152, 65535];

/**
 * Whether the ACL lets TCP on `port` through in one direction: the lowest-numbered matching entry
 * decides. Entries' CIDRs are not narrowed (we do not know every peer address), so this finds
 * blanket denies and missing allows rather than proving reachability.
 */
export function aclAllows(acl: NetworkAclSummary, port: number, isEgress: boolean): boolean {
  const entries = acl.entries
    .filter((entry) => entry.isEgress === isEgress && ruleCoversTcpPort(entry, port))
    .sort((a, b) => a.ruleNumber - b.ruleNumber);
  return entries[0]?.action === "allow";
}

/** ACLs on the load balancer's subnets that block return traffic on the ephemeral ports 1024–65535. */
export function aclsBlockingEphemeralPorts(
  config: AlbConfig,
): { aclId: string; direction: "inbound" | "outbound"; port: number }[] {
  const lbSubnets = new Set(config.loadBalancer.availabilityZones.map((az) => az.subnetId));
  const problems: { aclId: string; direction: "inbound" | "outbound"; port: number }[] = [];
  for (const acl of config.networkAcls ?? []) {
    if (!acl.subnetIds.some((id) => lbSubnets.has(id))) continue;
    for (const isEgress of [false, true]) {
      const blocked = EPHEMERAL_SAMPLES.find((port) => !aclAllows(acl, port, isEgress));
      if (blocked !== undefined)
        problems.push({ aclId: acl.id, direction: isEgress ? "outbound" : "inbound", port: blocked });
    }
  }
  return problems;
}
