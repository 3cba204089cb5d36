import type { ListenerAction } from "@/lib/alb/domain";

import type { AlbConfig, AlbListener, AlbTargetGroup } from "./types";

/** Every action of a listener: its default actions and its rules' actions. */
export function allActions(listener: AlbListener): ListenerAction[] {
  return [
    ...listener.defaultActions,
    ...listener.rules.filter((rule) => !rule.isDefault).flatMap((rule) => rule.actions),
  ];
}

/** ARNs of the target groups some listener or rule forwards to. */
export function forwardedTargetGroupArns(config: AlbConfig): Set<string> {
  const arns = new Set<string>();
  for (const listener of config.listeners) {
    for (const action of allActions(listener)) {
      if (action.spec?.type === "forward")
        for (const tg of action.spec.targetGroups) arns.add(tg.targetGroupArn);
    }
  }
  return arns;
}

/** Listeners (with protocol) that forward to the target group. */
export function listenersForwardingTo(config: AlbConfig, group: AlbTargetGroup): AlbListener[] {
  return config.listeners.filter((listener) =>
    allActions(listener).some(
      (action) =>
        action.spec?.type === "forward" &&
        action.spec.targetGroups.some((tg) => tg.targetGroupArn === group.arn),
    ),
  );
}

/** Listener and rule actions that authenticate users (OIDC or Cognito). */
export function authenticateActions(config: AlbConfig): { listener: AlbListener; action: ListenerAction }[] {
  return config.listeners.flatMap((listener) =>
    allActions(listener)
      .filter((action) => action.type.startsWith("authenticate-"))
      .map((action) => ({ listener, action })),
  );
}

/** Fixed-response actions answering with the given status code. */
export function fixedResponsesWithStatus(
  config: AlbConfig,
  status: number,
): { listener: AlbListener; action: ListenerAction }[] {
  return config.listeners.flatMap((listener) =>
    allActions(listener)
      .filter((action) => action.spec?.type === "fixed-response" && action.spec.statusCode === String(status))
      .map((action) => ({ listener, action })),
  );
}

export function numberAttribute(config: AlbConfig, key: string, fallback: number): number {
  const value = Number(config.attributes[key]);
  return Number.isFinite(value) && config.attributes[key] !== undefined && config.attributes[key] !== ""
    ? value
    : fallback;
}

export function booleanAttribute(attributes: Record<string, string>, key: string): boolean | undefined {
  const value = attributes[key];
  return value === undefined ? undefined : value === "true";
}

/** The ALB's idle timeout in seconds (60 when the attribute is missing). */
export function idleTimeoutSeconds(config: AlbConfig): number {
  return numberAttribute(config, "idle_timeout.timeout_seconds", 60);
}

export function listenerName(listener: AlbListener): string {
  return `${listener.protocol}:${listener.port}`;
}

/** Registered targets (anything except "unused"/deregistering entries still counts as registered). */
export function registeredTargets(group: AlbTargetGroup) {
  return group.targets.filter((target) => target.reasonCode !== "Target.NotRegistered");
}
