import type { RolloutPlan } from "./types";

export const BLUE_TG =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/images-blue/1111111111111111";
export const GREEN_TG =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/images-green/2222222222222222";
export const LISTENER_ARN =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/images-alb/3333333333333333/4444444444444444";
export const ALB_ARN =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/images-alb/3333333333333333";

/** An ALB-level plan: blue → green in 10 % then 50 % then 100 %, one minute each, the 5xx alarm as a gate. */
export function albPlan(overrides: Partial<RolloutPlan> = {}): RolloutPlan {
  return {
    target: { kind: "alb-listener", region: "us-east-1", listenerArn: LISTENER_ARN },
    backends: [
      {
        id: BLUE_TG,
        label: "images-blue",
        targetGroup: { region: "us-east-1", targetGroupArn: BLUE_TG, loadBalancerArn: ALB_ARN },
      },
      {
        id: GREEN_TG,
        label: "images-green",
        targetGroup: { region: "us-east-1", targetGroupArn: GREEN_TG, loadBalancerArn: ALB_ARN },
      },
    ],
    stableBackendId: BLUE_TG,
    canaryBackendId: GREEN_TG,
    baselineWeights: { [BLUE_TG]: 100, [GREEN_TG]: 0 },
    steps: [
      { canaryPercent: 10, bakeSeconds: 60, requiresApproval: false },
      { canaryPercent: 50, bakeSeconds: 60, requiresApproval: false },
      { canaryPercent: 100, bakeSeconds: 60, requiresApproval: false },
    ],
    gates: { alarms: ["images-5xx"], minHealthyTargets: 1 },
    ...overrides,
  };
}

/** A DNS-level plan on img.example.com A blue/green with the TTL lowered to 60 s first. */
export function dnsPlan(overrides: Partial<RolloutPlan> = {}): RolloutPlan {
  return {
    target: { kind: "route53-weighted", zoneId: "Z123", name: "img.example.com.", type: "A" },
    backends: [
      { id: "blue", label: "blue" },
      { id: "green", label: "green" },
    ],
    stableBackendId: "blue",
    canaryBackendId: "green",
    baselineWeights: { blue: 255, green: 0 },
    steps: [
      { canaryPercent: 20, bakeSeconds: 120, requiresApproval: false },
      { canaryPercent: 100, bakeSeconds: 120, requiresApproval: false },
    ],
    gates: { alarms: [], minHealthyTargets: 0 },
    dns: { lowerTtlTo: 60, oldTtl: 300 },
    ...overrides,
  };
}
