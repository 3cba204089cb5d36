import {
  DEFAULT_FIXED_RESPONSE_DRAFT,
  DEFAULT_REDIRECT_DRAFT,
  type FixedResponseDraft,
  type RedirectDraft,
} from "@/lib/alb/action-drafts";

import type { WizardContext } from "./wizard-types";

export interface ListenerDraft {
  key: number;
  protocol: "HTTP" | "HTTPS";
  port: string;
  action: "forward" | "redirect" | "fixed-response";
  certificateArn: string;
  sslPolicy: string;
  redirect: RedirectDraft;
  fixedResponse: FixedResponseDraft;
}

/** A listener draft with the action fields at their defaults. */
export function listenerDraft(key: number, patch: Partial<ListenerDraft> = {}): ListenerDraft {
  return {
    key,
    protocol: "HTTP",
    port: "",
    action: "forward",
    certificateArn: "",
    sslPolicy: "",
    redirect: DEFAULT_REDIRECT_DRAFT,
    fixedResponse: DEFAULT_FIXED_RESPONSE_DRAFT,
    ...patch,
  };
}

/** The listener's default action as the schema takes it. */
function defaultActionOf(listener: ListenerDraft) {
  switch (listener.action) {
    case "redirect":
      return { type: "redirect" as const, ...listener.redirect };
    case "fixed-response":
      return {
        type: "fixed-response" as const,
        statusCode: listener.fixedResponse.statusCode.trim(),
        contentType: listener.fixedResponse.contentType,
        ...(listener.fixedResponse.messageBody ? { messageBody: listener.fixedResponse.messageBody } : {}),
      };
    default:
      return { type: "forward" as const };
  }
}

/** Everything the operator has chosen so far, as strings where the inputs hold strings. */
export interface WizardState {
  name: string;
  scheme: "internet-facing" | "internal";
  ipAddressType: "ipv4" | "dualstack" | "dualstack-without-public-ipv4";
  vpcId: string;
  subnetIds: string[];
  securityGroupMode: "create" | "existing";
  securityGroupIds: string[];
  newSecurityGroupName: string;
  ingressCidrs: string;
  listeners: ListenerDraft[];
  /** new: created by the wizard; existing: one of the VPC's target groups, used as it is. */
  targetGroupMode: "new" | "existing";
  existingTargetGroupArn: string;
  targetGroup: {
    name: string;
    targetType: "instance" | "ip" | "lambda";
    protocol: "HTTP" | "HTTPS";
    port: string;
    protocolVersion: "HTTP1" | "HTTP2" | "GRPC";
  };
  healthCheck: {
    protocol: "HTTP" | "HTTPS";
    port: string;
    path: string;
    intervalSeconds: string;
    timeoutSeconds: string;
    healthyThreshold: string;
    unhealthyThreshold: string;
    matcher: string;
  };
  instanceIds: string[];
  instancePort: string;
  ipTargets: string;
  lambdaArn: string;
  aliasEnabled: boolean;
  hostedZoneId: string;
  recordName: string;
}

export const DEFAULT_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

export function initialState(context: WizardContext): WizardState {
  const vpc = context.vpcs.find((candidate) => !candidate.isDefault) ?? context.vpcs[0];
  const policy =
    context.sslPolicies.find((candidate) => candidate.name === DEFAULT_POLICY)?.name ??
    context.sslPolicies[0]?.name ??
    DEFAULT_POLICY;
  const certificate = context.certificates.find((candidate) => candidate.status === "ISSUED");
  return {
    name: "",
    scheme: "internet-facing",
    ipAddressType: "ipv4",
    vpcId: vpc?.id ?? "",
    subnetIds: [],
    securityGroupMode: "create",
    securityGroupIds: [],
    newSecurityGroupName: "",
    ingressCidrs: "0.0.0.0/0",
    listeners: [
      listenerDraft(1, { port: "80", action: "redirect" }),
      listenerDraft(2, {
        protocol: "HTTPS",
        port: "443",
        certificateArn: certificate?.arn ?? "",
        sslPolicy: policy,
      }),
    ],
    targetGroupMode: "new",
    existingTargetGroupArn: "",
    targetGroup: { name: "", targetType: "instance", protocol: "HTTP", port: "80", protocolVersion: "HTTP1" },
    healthCheck: {
      protocol: "HTTP",
      port: "traffic-port",
      path: "/",
      intervalSeconds: "30",
      timeoutSeconds: "6",
      healthyThreshold: "5",
      unhealthyThreshold: "2",
      matcher: "200",
    },
    instanceIds: [],
    instancePort: "",
    ipTargets: "",
    lambdaArn: "",
    aliasEnabled: false,
    hostedZoneId: context.hostedZones[0]?.id ?? "",
    recordName: "",
  };
}

/** Default names derived from the load balancer's, until the operator types their own. */
export function derivedNames(state: WizardState) {
  const base = state.name.trim();
  return {
    securityGroup: state.newSecurityGroupName.trim() || (base ? `${base}-alb` : ""),
    targetGroup: state.targetGroup.name.trim() || (base ? `${base}-tg`.slice(0, 32).replace(/-+$/, "") : ""),
  };
}

function parseIpTargets(text: string) {
  return text
    .split(/[\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.+?)(?::(\d+))?$/.exec(line);
      return { id: match?.[1] ?? line, ...(match?.[2] ? { port: match[2] } : {}) };
    });
}

/** The chosen existing target group (only in "existing" mode). */
export function existingTargetGroup(state: WizardState, context: WizardContext) {
  return state.targetGroupMode === "existing"
    ? context.targetGroups.find((group) => group.arn === state.existingTargetGroupArn)
    : undefined;
}

/** The target type the targets step offers: the new group's, or the existing group's. */
export function effectiveTargetType(state: WizardState, context: WizardContext): string {
  if (state.targetGroupMode === "new") return state.targetGroup.targetType;
  return existingTargetGroup(state, context)?.targetType ?? "instance";
}

/** The wizard's payload for the schema and the server actions. */
export function toWizardInput(state: WizardState, context: WizardContext) {
  const names = derivedNames(state);
  const isLambda = state.targetGroup.targetType === "lambda";
  const targetType = effectiveTargetType(state, context);
  const existing = existingTargetGroup(state, context);
  const targets =
    targetType === "instance"
      ? state.instanceIds.map((id) => ({
          id,
          ...(state.instancePort.trim() ? { port: state.instancePort.trim() } : {}),
        }))
      : targetType === "ip"
        ? parseIpTargets(state.ipTargets)
        : targetType === "lambda" && state.lambdaArn.trim()
          ? [{ id: state.lambdaArn.trim() }]
          : [];

  return {
    name: state.name.trim(),
    scheme: state.scheme,
    ipAddressType: state.ipAddressType,
    vpcId: state.vpcId,
    subnets: state.subnetIds.map((subnetId) => ({
      subnetId,
      availabilityZone: context.subnets.find((subnet) => subnet.id === subnetId)?.availabilityZone ?? "",
    })),
    securityGroup:
      state.securityGroupMode === "create"
        ? {
            mode: "create" as const,
            name: names.securityGroup,
            description: `Routeboard: ${state.name.trim() || "load balancer"} listener ports`,
            ingressCidrs: state.ingressCidrs
              .split(/[\s,]+/)
              .map((cidr) => cidr.trim())
              .filter(Boolean),
          }
        : { mode: "existing" as const, securityGroupIds: state.securityGroupIds },
    targetGroup:
      state.targetGroupMode === "existing"
        ? {
            mode: "existing" as const,
            arn: state.existingTargetGroupArn,
            name: existing?.name ?? "",
            ...(existing?.vpcId ? { vpcId: existing.vpcId } : {}),
          }
        : {
            mode: "new" as const,
            name: names.targetGroup,
            targetType: state.targetGroup.targetType,
            ...(isLambda
              ? {}
              : {
                  protocol: state.targetGroup.protocol,
                  port: state.targetGroup.port,
                  vpcId: state.vpcId,
                  protocolVersion: state.targetGroup.protocolVersion,
                }),
            healthCheck: { enabled: true, ...state.healthCheck },
          },
    targets,
    listeners: state.listeners.map((listener) => ({
      protocol: listener.protocol,
      port: listener.port,
      defaultAction: defaultActionOf(listener),
      ...(listener.protocol === "HTTPS"
        ? { certificateArn: listener.certificateArn, sslPolicy: listener.sslPolicy }
        : {}),
    })),
    ...(state.aliasEnabled
      ? { alias: { hostedZoneId: state.hostedZoneId, recordName: state.recordName.trim() } }
      : {}),
    waitUntilActive: true,
  };
}

export type WizardInput = ReturnType<typeof toWizardInput>;

/** The wizard's steps and which error paths belong to each. */
export const STEPS = [
  { id: "basics", title: "Load balancer", prefixes: ["name", "scheme", "ipAddressType", "vpcId", "subnets"] },
  { id: "listeners", title: "Listeners", prefixes: ["listeners"] },
  { id: "security", title: "Security group", prefixes: ["securityGroup"] },
  { id: "target-group", title: "Target group", prefixes: ["targetGroup"] },
  { id: "targets", title: "Targets", prefixes: ["targets"] },
  { id: "dns", title: "DNS name", prefixes: ["alias"] },
  { id: "review", title: "Review and create", prefixes: [] },
] as const;

export function stepOfError(key: string): number {
  const index = STEPS.findIndex((step) =>
    step.prefixes.some((prefix: string) => key === prefix || key.startsWith(`${prefix}.`)),
  );
  return index === -1 ? 0 : index;
}

export function errorsForStep(errors: Record<string, string[]>, step: number): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).filter(([key]) => stepOfError(key) === step && key !== "_form"),
  );
}

/** All errors at a path and below it (e.g. "subnets" and "subnets.1.subnetId"). */
export function errorsUnder(errors: Record<string, string[]>, path: string): string[] | undefined {
  const found = Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([, messages]) => messages);
  return found.length ? [...new Set(found)] : undefined;
}
