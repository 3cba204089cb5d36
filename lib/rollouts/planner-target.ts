// What the planner needs to know about a target, and how a form's choices become a plan. Pure: the page reads the
// target from AWS (app/(console)/rollouts/_lib/targets.ts), the browser previews with this, and the start action
// builds the stored plan with this again from a fresh read.

import type { StartRolloutInput } from "@/lib/schemas/rollout";

import { formatDuration } from "./duration";
import type { PlanInput, PlanTimeline, WeightLevel } from "./plan-types";
import { planRollout } from "./planner";
import { toRolloutPlan } from "./stored-plan";
import type { Backend, BackendTargetGroup, RolloutGates, RolloutPlan, RolloutTarget, Weights } from "./types";

/** One backend the rollout can weigh, with what AWS holds now. */
export interface TargetBackend {
  id: string;
  label: string;
  /** Weight now; undefined when the backend is not in the group yet (a target group the rollout will add). */
  weight?: number;
  targetGroup?: BackendTargetGroup;
  /** Healthy targets now (ALB level). */
  healthy?: number;
  total?: number;
}

/** A rollout target as read from AWS: what the planner and the start action need. */
export interface LoadedTarget {
  target: RolloutTarget;
  level: WeightLevel;
  /** "images-alb HTTPS:443 (default action)", "img.example.com. A". */
  title: string;
  /** Backends in the weighted group now. */
  members: TargetBackend[];
  /** Target groups that could join as the version to promote (ALB level). */
  candidates: TargetBackend[];
  stickinessSeconds?: number;
  /** DNS: the group's TTL now. */
  ttl?: number;
  /** Where the gate alarms live. */
  alarmRegion: string;
  /** Why no rollout can run on it (not a forward action, no weighted records…). */
  problem?: string;
}

/** The query string that opens /rollouts/new on a target (used by the "Start rollout" links too). */
export function newRolloutHref(target: RolloutTarget): string {
  const params = new URLSearchParams(target);
  return `/rollouts/new?${params.toString()}`;
}

/** The target named by /rollouts/new's query string, or undefined. */
export function targetFromSearchParams(
  params: Record<string, string | string[] | undefined>,
): RolloutTarget | undefined {
  const get = (key: string) => {
    const value = params[key];
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const kind = get("kind");
  const region = get("region");
  const listenerArn = get("listenerArn");
  if (kind === "alb-listener" && region && listenerArn) return { kind, region, listenerArn };
  const ruleArn = get("ruleArn");
  if (kind === "alb-rule" && region && listenerArn && ruleArn) return { kind, region, listenerArn, ruleArn };
  const zoneId = get("zoneId");
  const name = get("name");
  const type = get("type");
  if (kind === "route53-weighted" && zoneId && name && type)
    return { kind, zoneId, name, type: type.toUpperCase() };
  return undefined;
}

/** The gates as the form chose them, in the contract's units (error rate as a fraction). */
export function gatesOf(input: StartRolloutInput["gates"], alarmRegion: string): RolloutGates {
  return {
    alarms: input.alarms,
    alarmRegion: input.alarmRegion ?? alarmRegion,
    minHealthyTargets: input.minHealthyTargets,
    ...(input.analysis
      ? {
          analysis: {
            maxErrorRateIncrease: input.analysis.maxErrorRateIncreasePercent / 100,
            maxLatencyIncreasePercent: input.analysis.maxLatencyIncreasePercent,
            minRequests: input.analysis.minRequests,
            noDataPolicy: input.analysis.noDataPolicy,
            intervalSeconds: input.analysis.intervalSeconds,
          },
        }
      : {}),
  };
}

/** One line per gate, shown on every step of the timeline. */
export function gateDescriptions(gates: RolloutGates, level: WeightLevel): string[] {
  const lines = gates.alarms.map((name) => `Alarm ${name} stays OK`);
  if (level === "alb" && gates.minHealthyTargets > 0)
    lines.push(
      `The new version keeps ≥ ${gates.minHealthyTargets} healthy target${gates.minHealthyTargets === 1 ? "" : "s"}`,
    );
  if (level === "alb") lines.push("Never moves weight onto a target group with no healthy target");
  const analysis = gates.analysis;
  if (analysis) {
    lines.push(
      `Canary vs stable every ${formatDuration(analysis.intervalSeconds)}: 5XX rate at most +${round(analysis.maxErrorRateIncrease * 100)} points, ` +
        `latency at most +${analysis.maxLatencyIncreasePercent} %, with ≥ ${analysis.minRequests} requests a side (else ${NO_DATA_WORDS[analysis.noDataPolicy]})`,
    );
  }
  return lines;
}

const NO_DATA_WORDS = { pass: "carry on", pause: "pause", fail: "roll back" } as const;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The backends the rollout weighs: the group's members, plus the version to promote if it is not one yet. */
export function backendsOf(loaded: LoadedTarget, canaryId: string): TargetBackend[] {
  const canary = loaded.members.some((member) => member.id === canaryId)
    ? undefined
    : loaded.candidates.find((candidate) => candidate.id === canaryId);
  return canary ? [...loaded.members, { ...canary, weight: 0 }] : loaded.members;
}

export type BuiltPlan =
  { ok: true; timeline: PlanTimeline; plan: RolloutPlan } | { ok: false; problems: string[] };

/** The form's choices on a target read from AWS → the timeline to preview and the plan to store. */
export function buildPlan(
  loaded: LoadedTarget,
  input: Pick<StartRolloutInput, "stableId" | "canaryId" | "strategy" | "gates">,
): BuiltPlan {
  if (loaded.problem) return { ok: false, problems: [loaded.problem] };
  const members = backendsOf(loaded, input.canaryId);
  const gates = gatesOf(input.gates, loaded.alarmRegion);
  const planInput: PlanInput = {
    level: loaded.level,
    backends: members.map((member) => ({
      id: member.id,
      label: member.label,
      baselineWeight: member.weight ?? 0,
    })),
    stableId: input.stableId,
    canaryId: input.canaryId,
    strategy: input.strategy,
    currentTtl: loaded.ttl,
    stickinessSeconds: loaded.stickinessSeconds,
    gates: gateDescriptions(gates, loaded.level),
  };
  const result = planRollout(planInput);
  if (!result.ok) return result;

  const baselineWeights: Weights = {};
  for (const member of members) baselineWeights[member.id] = member.weight ?? 0;
  const backends: Backend[] = members.map((member) => ({
    id: member.id,
    label: member.label,
    ...(member.targetGroup ? { targetGroup: member.targetGroup } : {}),
  }));
  const plan = toRolloutPlan({
    target: loaded.target,
    backends,
    baselineWeights,
    stableId: input.stableId,
    canaryId: input.canaryId,
    timeline: result.plan,
    gates,
    stickinessSeconds: loaded.stickinessSeconds,
  });
  return { ok: true, timeline: result.plan, plan };
}

/** A short name for a target from its identifiers alone (no AWS read): "images-alb listener", "img.example.com. A". */
export function targetLabel(target: RolloutTarget): string {
  if (target.kind === "route53-weighted")
    return `${target.name.endsWith(".") ? target.name : `${target.name}.`} ${target.type}`;
  const loadBalancer =
    /:listener(?:-rule)?\/app\/([^/]+)\//.exec(
      target.kind === "alb-rule" ? target.ruleArn : target.listenerArn,
    )?.[1] ?? "load balancer";
  return target.kind === "alb-rule" ? `${loadBalancer} rule` : `${loadBalancer} listener`;
}

/** The level of a stored target. */
export function levelOf(target: RolloutTarget): WeightLevel {
  return target.kind === "route53-weighted" ? "dns" : "alb";
}
