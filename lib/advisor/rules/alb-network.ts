import { forwardedTargetGroupArns, listenerName } from "@/lib/alb/config-queries";
import {
  aclsBlockingEphemeralPorts,
  groupsAdmit,
  loadBalancerGroups,
  ruleCoversTcpPort,
  ruleFromAnywhere,
  trafficPort,
  unreachableTargets,
} from "@/lib/alb/network";

import { defineAlbRule } from "../define-rule";
import { listenerRef, loadBalancerRef, securityGroupRef, targetGroupRef } from "../refs";

// Availability Zones, subnets, security groups and network ACLs of each load balancer.

export const singleAz = defineAlbRule(
  {
    id: "alb-single-az",
    severity: "critical",
    summary: "Load balancer in fewer than two Availability Zones",
  },
  (config) => {
    const zones = new Set(config.loadBalancer.availabilityZones.map((az) => az.zoneName));
    if (zones.size >= 2) return [];
    return [
      {
        subject: config.loadBalancer.arn,
        title: `${config.loadBalancer.name} is in ${zones.size} Availability Zone${zones.size === 1 ? "" : "s"}`,
        explanation:
          "An Application Load Balancer needs subnets in at least two Availability Zones (AWS refuses fewer; the emulator does not check). With one zone, a zone outage takes every client down with it.",
        recommendation: "Add a subnet in a second Availability Zone (Edit subnets).",
        resources: [loadBalancerRef(config.loadBalancer)],
      },
    ];
  },
);

export const privateSubnet = defineAlbRule(
  {
    id: "alb-private-subnet",
    severity: "critical",
    summary: "Internet-facing load balancer in a subnet without an internet gateway route",
  },
  (config) => {
    if (config.loadBalancer.scheme !== "internet-facing") return [];
    const lbSubnets = new Set(config.loadBalancer.availabilityZones.map((az) => az.subnetId));
    return (config.subnets ?? [])
      .filter((subnet) => lbSubnets.has(subnet.id) && !subnet.isPublic)
      .map((subnet) => ({
        subject: `${config.loadBalancer.arn}:${subnet.id}`,
        title: `Subnet ${subnet.name ?? subnet.id} (${subnet.availabilityZone}) of ${config.loadBalancer.name} has no route to an internet gateway`,
        explanation:
          "The load balancer's node in this subnet cannot be reached from the internet, so clients whose DNS answer names that node's address time out.",
        recommendation: "Use a public subnet (route 0.0.0.0/0 → igw-…) in that zone.",
        resources: [loadBalancerRef(config.loadBalancer)],
      }));
  },
);

export const listenerPortBlocked = defineAlbRule(
  {
    id: "alb-listener-port-blocked",
    severity: "critical",
    summary: "The load balancer's security groups do not admit a listener port",
  },
  (config) => {
    const lbGroups = loadBalancerGroups(config);
    if (!config.securityGroups || lbGroups.length === 0) return [];
    const isPublic = config.loadBalancer.scheme === "internet-facing";
    return config.listeners
      .filter(
        (listener) =>
          !(isPublic
            ? groupsAdmit(lbGroups, listener.port, { fromAnywhere: true })
            : groupsAdmit(lbGroups, listener.port, {
                anyCidr: true,
                sourceGroupIds: (config.securityGroups ?? []).map((g) => g.id),
              })),
      )
      .map((listener) => ({
        subject: listener.arn,
        title: `${config.loadBalancer.name}'s security groups do not admit port ${listener.port}`,
        explanation: `Security groups drop what they do not allow, so clients of the ${listenerName(listener)} listener time out${isPublic ? " (no inbound rule from 0.0.0.0/0)" : ""}.`,
        recommendation: `Add an inbound rule for TCP ${listener.port} to ${config.loadBalancer.securityGroupIds[0] ?? "the load balancer's security group"}.`,
        resources: [listenerRef(listener, config.loadBalancer), loadBalancerRef(config.loadBalancer)],
      }));
  },
);

export const targetPortBlocked = defineAlbRule(
  {
    id: "alb-target-port-blocked",
    severity: "critical",
    summary: "Targets' security groups do not admit the load balancer",
    httpCodes: [504],
  },
  (config) =>
    config.targetGroups.flatMap((group) =>
      unreachableTargets(config, group).map((problem) => ({
        subject: `${group.arn}:${problem.targetId}:${problem.port}`,
        title: `${problem.targetId} in ${group.name} does not admit ${config.loadBalancer.name} on ${problem.kind} port ${problem.port}`,
        explanation: `None of ${problem.groupIds.join(", ")} allows TCP ${problem.port} from the load balancer's security group (${config.loadBalancer.securityGroupIds.join(", ")}). The connection never opens: clients get a 504 after 10 s, and health checks fail.`,
        recommendation: `Add an inbound rule on ${problem.groupIds[0] ?? "the target's group"}: TCP ${problem.port} from ${config.loadBalancer.securityGroupIds[0] ?? "the load balancer's security group"}.`,
        resources: [targetGroupRef(group), loadBalancerRef(config.loadBalancer)],
      })),
    ),
);

export const naclEphemeral = defineAlbRule(
  {
    id: "alb-nacl-blocks-ephemeral-ports",
    // Critical, not a warning: every response travels back on an ephemeral port, so the block turns into 504s.
    severity: "critical",
    summary: "A network ACL of the load balancer's subnets blocks ephemeral ports",
    httpCodes: [504],
  },
  (config) =>
    aclsBlockingEphemeralPorts(config).map((problem) => ({
      subject: `${config.loadBalancer.arn}:${problem.aclId}:${problem.direction}`,
      title: `Network ACL ${problem.aclId} blocks ${problem.direction} ephemeral port ${problem.port} for ${config.loadBalancer.name}`,
      explanation:
        "Network ACLs are stateless: the return traffic of every connection uses ports 1024–65535, and a subnet of the load balancer must allow them both ways, or connections hang and clients get 504s.",
      recommendation: `Allow TCP 1024–65535 ${problem.direction} in ${problem.aclId} (before any deny rule).`,
      resources: [loadBalancerRef(config.loadBalancer)],
    })),
);

export const targetsOpenToInternet = defineAlbRule(
  {
    id: "alb-targets-open-to-internet",
    severity: "warning",
    service: "ec2",
    summary: "A target's security group admits 0.0.0.0/0 (or ::/0) on the traffic port, bypassing the ALB",
  },
  (config) => {
    if (!config.instances || !config.securityGroups) return [];
    const forwarded = forwardedTargetGroupArns(config);
    const seen = new Set<string>();
    return config.targetGroups.flatMap((group) => {
      if (group.targetType !== "instance" || !forwarded.has(group.arn)) return [];
      return group.targets.flatMap((target) => {
        const port = trafficPort(group, target);
        const instance = config.instances?.find((candidate) => candidate.id === target.targetId);
        if (port === undefined || !instance) return [];
        return (config.securityGroups ?? [])
          .filter((sg) => instance.securityGroupIds.includes(sg.id))
          .filter((sg) => sg.ingress.some((rule) => ruleFromAnywhere(rule) && ruleCoversTcpPort(rule, port)))
          .filter((sg) => !seen.has(`${sg.id}:${port}`) && seen.add(`${sg.id}:${port}`))
          .map((sg) => ({
            subject: `${sg.id}:${port}`,
            title: `Security group ${sg.name || sg.id} lets the whole internet reach ${group.name}'s targets on port ${port}`,
            explanation: `An inbound rule from 0.0.0.0/0 or ::/0 admits clients straight to the targets (e.g. ${target.targetId}), around ${config.loadBalancer.name}: its TLS, WAF, authentication and listener rules do not apply to them.`,
            recommendation: `Replace the rule with one from the load balancer's security group (${config.loadBalancer.securityGroupIds[0] ?? "sg-…"}).`,
            resources: [
              securityGroupRef(sg.id, sg.name, `/target-groups/${encodeURIComponent(group.name)}`),
              targetGroupRef(group),
              loadBalancerRef(config.loadBalancer),
            ],
          }));
      });
    });
  },
);

export const ALB_NETWORK_RULES = [
  singleAz,
  privateSubnet,
  listenerPortBlocked,
  targetPortBlocked,
  naclEphemeral,
  targetsOpenToInternet,
];
