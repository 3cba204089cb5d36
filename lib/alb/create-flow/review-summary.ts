import { describeAction } from "./plan";
import { derivedNames, existingTargetGroup, toWizardInput, type WizardState } from "./wizard-state";
import type { WizardContext } from "./wizard-types";

/** One part of the review: what the wizard will create (or use), field by field. */
export interface ReviewSection {
  section: string;
  /** Label → value, in display order; a list shows one item per line. */
  view: Record<string, string | string[]>;
}

const capitalised = (text: string) => text.replace(/^./, (first) => first.toUpperCase());

/** Every value the operator chose, grouped as the review shows them (all of it is new: the wizard only creates). */
export function reviewSections(state: WizardState, context: WizardContext): ReviewSection[] {
  const input = toWizardInput(state, context);
  const names = derivedNames(state);
  const vpc = context.vpcs.find((item) => item.id === state.vpcId);
  const certificate = (arn?: string) =>
    context.certificates.find((cert) => cert.arn === arn)?.domainName ?? arn ?? "—";
  const zone = context.hostedZones.find((item) => item.id === state.hostedZoneId);
  const hc = state.healthCheck;
  const existing = existingTargetGroup(state, context);
  const targetGroupName =
    state.targetGroupMode === "existing"
      ? (existing?.name ?? state.existingTargetGroupArn)
      : names.targetGroup;
  const ports = [...new Set(input.listeners.map((listener) => listener.port))];

  const targetGroup: Record<string, string> =
    state.targetGroupMode === "existing"
      ? {
          Name: `${targetGroupName} (existing: not changed, never deleted)`,
          "Target type": existing?.targetType ?? "—",
          "Protocol and port": existing?.protocol ? `${existing.protocol}:${existing.port ?? "—"}` : "—",
        }
      : {
          Name: names.targetGroup,
          "Target type": state.targetGroup.targetType,
          ...(state.targetGroup.targetType === "lambda"
            ? {}
            : {
                "Protocol and port": `${state.targetGroup.protocol}:${state.targetGroup.port} (${state.targetGroup.protocolVersion})`,
              }),
          "Health check": `${hc.protocol} ${hc.path} on ${hc.port}, every ${hc.intervalSeconds} s, timeout ${hc.timeoutSeconds} s`,
          Thresholds: `healthy after ${hc.healthyThreshold}, unhealthy after ${hc.unhealthyThreshold}; success codes ${hc.matcher}`,
        };
  const targets = input.targets.map((target) =>
    "port" in target && target.port ? `${target.id}:${target.port}` : target.id,
  );

  return [
    {
      section: "Load balancer",
      view: {
        Name: input.name,
        Scheme: input.scheme,
        "IP address type": input.ipAddressType,
        VPC: vpc?.name ? `${vpc.name} (${vpc.id})` : state.vpcId,
        Subnets: input.subnets.map((subnet) => `${subnet.availabilityZone}: ${subnet.subnetId}`),
        "Security group":
          input.securityGroup.mode === "create"
            ? `New: ${names.securityGroup}, TCP ${ports.join(", ")} from ${input.securityGroup.ingressCidrs.join(", ")}`
            : input.securityGroup.securityGroupIds,
      },
    },
    {
      section: "Listeners",
      view: Object.fromEntries(
        input.listeners.map((listener) => [
          `${listener.protocol}:${listener.port}`,
          `${capitalised(describeAction(listener.defaultAction, targetGroupName))}${
            listener.protocol === "HTTPS"
              ? ` · certificate ${certificate(listener.certificateArn)} · ${listener.sslPolicy}`
              : ""
          }`,
        ]),
      ),
    },
    {
      section: "Target group",
      view: {
        ...targetGroup,
        Targets:
          targets.length > 0
            ? targets
            : state.targetGroupMode === "existing"
              ? "None added (its registered targets stay as they are)"
              : "None yet",
      },
    },
    {
      section: "DNS",
      view: {
        "Alias record": input.alias
          ? `${input.alias.recordName} in ${zone?.name ?? input.alias.hostedZoneId}`
          : "None",
      },
    },
  ];
}
