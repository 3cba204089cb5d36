import { listenerName } from "../config-queries";
import { aclsBlockingEphemeralPorts, groupsAdmit, loadBalancerGroups, unreachableTargets } from "../network";
import type { AlbConfig, Finding } from "../types";

// Availability Zones, security groups and network ACLs.

export function availabilityFindings(config: AlbConfig): Finding[] {
  const findings: Finding[] = [];
  const zones = new Set(config.loadBalancer.availabilityZones.map((az) => az.zoneName));
  if (zones.size < 2) {
    findings.push({
      id: "single-az",
      severity: "critical",
      title: `The load balancer is in ${zones.size} Availability Zone${zones.size === 1 ? "" : "s"}`,
      detail:
        "An Application Load Balancer needs subnets in at least two Availability Zones to survive a zone failure (AWS requires it; the emulator does not check).",
      fix: "Add a subnet in a second Availability Zone (Edit subnets).",
    });
  }
  if (config.loadBalancer.scheme === "internet-facing") {
    const lbSubnets = new Set(config.loadBalancer.availabilityZones.map((az) => az.subnetId));
    for (const subnet of config.subnets ?? []) {
      if (lbSubnets.has(subnet.id) && !subnet.isPublic) {
        findings.push({
          id: `private-subnet:${subnet.id}`,
          severity: "critical",
          title: `Subnet ${subnet.name ?? subnet.id} (${subnet.availabilityZone}) has no route to an internet gateway`,
          detail:
            "An internet-facing load balancer's nodes in this subnet cannot be reached from the internet.",
          fix: "Use a public subnet (route 0.0.0.0/0 → igw-…) in that zone.",
          resource: subnet.id,
        });
      }
    }
  }
  return findings;
}

export function networkFindings(config: AlbConfig): Finding[] {
  const findings: Finding[] = [];
  const lbGroups = loadBalancerGroups(config);
  if (config.securityGroups && lbGroups.length > 0) {
    for (const listener of config.listeners) {
      const isPublic = config.loadBalancer.scheme === "internet-facing";
      const admitted = isPublic
        ? groupsAdmit(lbGroups, listener.port, { fromAnywhere: true })
        : groupsAdmit(lbGroups, listener.port, {
            anyCidr: true,
            sourceGroupIds: config.securityGroups.map((g) => g.id),
          });
      if (!admitted) {
        findings.push({
          id: `lb-sg-port:${listener.port}`,
          severity: "critical",
          title: `The load balancer's security groups do not admit port ${listener.port}`,
          detail: `Clients cannot reach the ${listenerName(listener)} listener${isPublic ? " from the internet (no rule from 0.0.0.0/0)" : ""}.`,
          fix: `Add an inbound rule for TCP ${listener.port} to ${config.loadBalancer.securityGroupIds[0] ?? "the load balancer's security group"}.`,
          resource: listener.arn,
        });
      }
    }
  }

  for (const group of config.targetGroups) {
    for (const problem of unreachableTargets(config, group)) {
      findings.push({
        id: `target-sg:${group.name}:${problem.targetId}:${problem.port}`,
        severity: "critical",
        title: `${problem.targetId} does not admit the load balancer on ${problem.kind} port ${problem.port}`,
        detail: `Its security groups (${problem.groupIds.join(", ")}) have no inbound rule for TCP ${problem.port} from the load balancer's security group.`,
        fix: `Allow TCP ${problem.port} from ${config.loadBalancer.securityGroupIds[0] ?? "the load balancer's security group"}.`,
        resource: problem.targetId,
      });
    }
  }

  for (const problem of aclsBlockingEphemeralPorts(config)) {
    findings.push({
      id: `nacl-ephemeral:${problem.aclId}:${problem.direction}`,
      severity: "warning",
      title: `Network ACL ${problem.aclId} blocks ${problem.direction} ephemeral ports (e.g. ${problem.port})`,
      detail:
        "Network ACLs are stateless; return traffic on 1024–65535 must be allowed or connections time out (504).",
      fix: `Allow TCP 1024–65535 ${problem.direction}.`,
      resource: problem.aclId,
    });
  }
  return findings;
}
