import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { createAlbWizardSchema } from "@/lib/schemas/load-balancer";

import type { WizardContext } from "./types";

export interface ListenerDraft {
  key: number;
  protocol: "HTTP" | "HTTPS";
  port: string;
  action: "forward" | "redirect-https";
  certificateArn: string;
  sslPolicy: string;
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
      { key: 1, protocol: "HTTP", port: "80", action: "redirect-https", certificateArn: "", sslPolicy: "" },
      {
        key: 2,
        protocol: "HTTPS",
        port: "443",
        action: "forward",
        certificateArn: certificate?.arn ?? "",
        sslPolicy: policy,
      },
    ],
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

/** The wizard's payload for the schema and the server actions. */
export function toWizardInput(state: WizardState, context: WizardContext) {
  const names = derivedNames(state);
  const isLambda = state.targetGroup.targetType === "lambda";
  const targets =
    state.targetGroup.targetType === "instance"
      ? state.instanceIds.map((id) => ({
          id,
          ...(state.instancePort.trim() ? { port: state.instancePort.trim() } : {}),
        }))
      : state.targetGroup.targetType === "ip"
        ? parseIpTargets(state.ipTargets)
        : state.lambdaArn.trim()
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
    targetGroup: {
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
      action: listener.action,
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

/** Field errors of the whole wizard by dotted path, with the checks only the context can make. */
export function validateWizard(state: WizardState, context: WizardContext): Record<string, string[]> {
  const input = toWizardInput(state, context);
  const parsed = createAlbWizardSchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);

  if (input.name && context.loadBalancerNames.some((name) => name.toLowerCase() === input.name.toLowerCase()))
    add("name", `A load balancer named ${input.name} already exists in ${context.region}.`);
  if (
    input.targetGroup.name &&
    context.targetGroupNames.some((name) => name.toLowerCase() === input.targetGroup.name.toLowerCase())
  )
    add(
      "targetGroup.name",
      `A target group named ${input.targetGroup.name} already exists in ${context.region}.`,
    );
  if (input.securityGroup.mode === "create") {
    const name = input.securityGroup.name.toLowerCase();
    if (
      context.securityGroups.some((group) => group.vpcId === state.vpcId && group.name.toLowerCase() === name)
    )
      add("securityGroup.name", `This VPC already has a security group named ${input.securityGroup.name}.`);
  }
  if (state.aliasEnabled && state.hostedZoneId && input.alias?.recordName) {
    const zone = context.hostedZones.find((candidate) => candidate.id === state.hostedZoneId);
    const zoneName = (zone?.name ?? "").replace(/\.$/, "").toLowerCase();
    const record = input.alias.recordName.replace(/\.$/, "").toLowerCase();
    if (zoneName && record !== zoneName && !record.endsWith(`.${zoneName}`))
      add("alias.recordName", `The record name must be ${zoneName} or end with .${zoneName}.`);
  }
  return errors;
}

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
