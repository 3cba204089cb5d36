import { describeAlbAction } from "@/lib/alb/describe-action";
import type { CreateAlbWizardInput } from "@/lib/schemas/load-balancer";

import type { AlbCreationPlan, CreationStep, IngressRule, ListenerDefaultAction } from "./types";

/** "forward to web-tg", "redirect to HTTPS:443 (301)", "fixed response 503 (text/plain)": the plan's sentence. */
export function describeAction(action: ListenerDefaultAction, targetGroupName: string): string {
  return describeAlbAction(action, { style: "sentence", targetGroupName: () => targetGroupName });
}

function ingressFor(listenerPorts: number[], cidrs: string[]): IngressRule[] {
  return [...new Set(listenerPorts)].flatMap((port) =>
    cidrs.map((cidr) => ({
      protocol: "tcp" as const,
      fromPort: port,
      toPort: port,
      ...(cidr.includes(":") ? { ipv6Cidr: cidr } : { cidr }),
      description: `Listener port ${port}`,
    })),
  );
}

/**
 * The ordered steps that create the ALB the wizard describes, each with a label and the AWS call,
 * for the "review and create" summary. Pure: nothing is called.
 */
export function planAlbCreation(input: CreateAlbWizardInput & { region: string }): AlbCreationPlan {
  const steps: CreationStep[] = [];
  const listenerPorts = input.listeners.map((listener) => listener.port);

  if (input.securityGroup.mode === "create") {
    const ingress = ingressFor(listenerPorts, input.securityGroup.ingressCidrs);
    steps.push({
      id: "security-group",
      kind: "create-security-group",
      label: `Create security group ${input.securityGroup.name} allowing ${[...new Set(listenerPorts)].join(", ")} from ${input.securityGroup.ingressCidrs.join(", ")}`,
      apiCall: "ec2:CreateSecurityGroup, ec2:AuthorizeSecurityGroupIngress",
      params: {
        name: input.securityGroup.name,
        description: input.securityGroup.description,
        vpcId: input.vpcId,
        ingress,
      },
    });
  }

  const tg = input.targetGroup;
  if (tg.mode === "existing") {
    steps.push({
      id: "target-group",
      kind: "use-existing-target-group",
      label: `Use the existing target group ${tg.name || tg.arn} (not changed, never deleted)`,
      apiCall: "elasticloadbalancing:DescribeTargetGroups",
      params: { arn: tg.arn, name: tg.name || tg.arn, vpcId: tg.vpcId ?? input.vpcId },
    });
  } else {
    const isLambda = tg.targetType === "lambda";
    steps.push({
      id: "target-group",
      kind: "create-target-group",
      label: isLambda
        ? `Create Lambda target group ${tg.name}`
        : `Create target group ${tg.name} (${tg.targetType}, ${tg.protocol}:${tg.port}, health check ${tg.healthCheck.path})`,
      apiCall: "elasticloadbalancing:CreateTargetGroup",
      params: {
        name: tg.name,
        targetType: tg.targetType,
        ...(isLambda
          ? {}
          : {
              protocol: tg.protocol,
              port: tg.port,
              vpcId: tg.vpcId ?? input.vpcId,
              protocolVersion: tg.protocolVersion,
            }),
        healthCheck: tg.healthCheck,
      },
    });
  }
  const targetGroupName = tg.name || (tg.mode === "existing" ? tg.arn : "");

  if (input.targets.length > 0) {
    steps.push({
      id: "targets",
      kind: "register-targets",
      label: `Register ${input.targets.length} target${input.targets.length === 1 ? "" : "s"} (${input.targets.map((t) => t.id).join(", ")})`,
      apiCall: "elasticloadbalancing:RegisterTargets",
      params: { targets: input.targets },
    });
  }

  const zones = input.subnets.map((subnet) => subnet.availabilityZone).join(", ");
  steps.push({
    id: "load-balancer",
    kind: "create-load-balancer",
    label: `Create ${input.scheme} load balancer ${input.name} in ${zones}`,
    apiCall: "elasticloadbalancing:CreateLoadBalancer",
    params: {
      name: input.name,
      scheme: input.scheme,
      ipAddressType: input.ipAddressType,
      subnetIds: input.subnets.map((subnet) => subnet.subnetId),
      securityGroupIds: input.securityGroup.mode === "existing" ? input.securityGroup.securityGroupIds : [],
    },
  });

  if (input.waitUntilActive) {
    steps.push({
      id: "wait-active",
      kind: "wait-until-available",
      label: "Wait until the load balancer is active (usually 2–5 minutes)",
      apiCall: "elasticloadbalancing:DescribeLoadBalancers (waiter LoadBalancerAvailable)",
      params: {},
    });
  }

  // HTTPS first, so an HTTP→HTTPS redirect never points at a port with no listener yet.
  const listeners = [...input.listeners].sort((a, b) =>
    a.protocol === b.protocol ? a.port - b.port : a.protocol === "HTTPS" ? -1 : 1,
  );
  for (const listener of listeners) {
    const action = describeAction(listener.defaultAction, targetGroupName);
    steps.push({
      id: `listener:${listener.protocol}:${listener.port}`,
      kind: "create-listener",
      label: `Create ${listener.protocol} listener on port ${listener.port}: ${action}${listener.sslPolicy ? ` with ${listener.sslPolicy}` : ""}`,
      apiCall: "elasticloadbalancing:CreateListener",
      params: {
        protocol: listener.protocol,
        port: listener.port,
        action: listener.defaultAction,
        ...(listener.protocol === "HTTPS"
          ? { certificateArn: listener.certificateArn, sslPolicy: listener.sslPolicy }
          : {}),
      },
    });
  }

  if (input.alias) {
    steps.push({
      id: "alias",
      kind: "create-alias",
      label: `Point ${input.alias.recordName} at the load balancer (alias record)`,
      apiCall: "route53:ChangeResourceRecordSets (UPSERT alias)",
      params: input.alias,
    });
  }

  return { region: input.region, steps };
}
