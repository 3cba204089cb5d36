import "server-only";

import { alarmWatches, listMetricAlarms } from "@/lib/aws/cloudwatch/alarms";
import { AwsError } from "@/lib/aws/errors";
import { readForwardWeights } from "@/lib/aws/elbv2/forward-weights";
import { listListeners } from "@/lib/aws/elbv2/listeners";
import { getLoadBalancer } from "@/lib/aws/elbv2/load-balancers";
import { listRules } from "@/lib/aws/elbv2/rules";
import { listTargetGroups } from "@/lib/aws/elbv2/target-groups";
import { targetHealthCount } from "@/lib/aws/elbv2/target-health-counts";
import { readWeightedSet } from "@/lib/aws/route53/weighted-set";
import { loadBalancerArnOfListener } from "@/lib/rollouts/aws-ports";
import type { LoadedTarget, TargetBackend } from "@/lib/rollouts/planner-target";
import type { RolloutTarget } from "@/lib/rollouts/types";

/** An alarm the planner offers as a gate; `watchesTarget` ones are ticked by default. */
export interface AlarmChoice {
  name: string;
  state: string;
  watchesTarget: boolean;
}

export interface PlannerData {
  loaded: LoadedTarget;
  alarms: AlarmChoice[];
}

/** Route 53 is global; its alarms (health checks, the service's own) conventionally live in us-east-1. */
const DNS_ALARM_REGION = "us-east-1";
/** Health is read for at most this many candidate target groups (one DescribeTargetHealth each). */
const MAX_CANDIDATES = 20;

type AlbTarget = Exclude<RolloutTarget, { kind: "route53-weighted" }>;

async function withHealth(region: string, backends: TargetBackend[]): Promise<TargetBackend[]> {
  return Promise.all(
    backends.map(async (backend) => {
      if (!backend.targetGroup) return backend;
      const count = await targetHealthCount(region, backend.targetGroup.targetGroupArn);
      return { ...backend, healthy: count.healthy, total: count.total };
    }),
  );
}

async function albTitle(target: AlbTarget, loadBalancerArn: string): Promise<string> {
  const [loadBalancer, listeners, rules] = await Promise.all([
    getLoadBalancer(target.region, loadBalancerArn),
    listListeners(target.region, loadBalancerArn),
    target.kind === "alb-rule" ? listRules(target.region, target.listenerArn) : Promise.resolve([]),
  ]);
  const listener = listeners.find((candidate) => candidate.arn === target.listenerArn);
  const where = `${loadBalancer?.name ?? "load balancer"} ${listener ? `${listener.protocol}:${listener.port}` : "listener"}`;
  if (target.kind === "alb-listener") return `${where} (default action)`;
  const rule = rules.find((candidate) => candidate.arn === target.ruleArn);
  return `${where} rule ${rule ? (rule.isDefault ? "default" : `priority ${rule.priority}`) : "(not found)"}`;
}

async function loadAlbTarget(target: AlbTarget): Promise<LoadedTarget> {
  const loadBalancerArn = loadBalancerArnOfListener(target.listenerArn) ?? "";
  const [forward, title, groups] = await Promise.all([
    readForwardWeights(
      target.kind === "alb-rule"
        ? { region: target.region, ruleArn: target.ruleArn }
        : { region: target.region, listenerArn: target.listenerArn },
    ),
    albTitle(target, loadBalancerArn),
    listTargetGroups(target.region),
  ]);
  const byArn = new Map(groups.map((group) => [group.arn, group]));
  const backendOf = (arn: string, weight?: number): TargetBackend => ({
    id: arn,
    label: byArn.get(arn)?.name ?? arn,
    ...(weight === undefined ? {} : { weight }),
    targetGroup: { region: target.region, targetGroupArn: arn, loadBalancerArn },
  });
  const members = Object.entries(forward.weights).map(([arn, weight]) => backendOf(arn, weight));
  // A target group can join the forward action when it is in the same VPC and is not a Lambda group.
  const vpcs = new Set(members.map((member) => byArn.get(member.id)?.vpcId).filter(Boolean));
  const candidates = groups
    .filter(
      (group) =>
        !(group.arn in forward.weights) &&
        group.targetType !== "lambda" &&
        (vpcs.size === 0 || vpcs.has(group.vpcId)),
    )
    .slice(0, MAX_CANDIDATES)
    .map((group) => backendOf(group.arn));

  const [membersWithHealth, candidatesWithHealth] = await Promise.all([
    withHealth(target.region, members),
    withHealth(target.region, candidates),
  ]);
  return {
    target,
    level: "alb",
    title,
    members: membersWithHealth,
    candidates: candidatesWithHealth,
    ...(forward.stickinessSeconds ? { stickinessSeconds: forward.stickinessSeconds } : {}),
    alarmRegion: target.region,
    ...(members.length + candidates.length < 2
      ? {
          problem:
            "A rollout needs a second target group in this VPC to shift weight to; create the new version's target group first.",
        }
      : {}),
  };
}

async function loadDnsTarget(
  target: Extract<RolloutTarget, { kind: "route53-weighted" }>,
): Promise<LoadedTarget> {
  const reading = await readWeightedSet(target);
  const members: TargetBackend[] = Object.entries(reading.weights).map(([id, weight]) => ({
    id,
    label: id,
    weight,
  }));
  const name = target.name.endsWith(".") ? target.name : `${target.name}.`;
  return {
    target,
    level: "dns",
    title: `${name} ${target.type}`,
    members,
    candidates: [],
    ...(reading.ttl === undefined ? {} : { ttl: reading.ttl }),
    alarmRegion: DNS_ALARM_REGION,
    ...(members.length < 2
      ? {
          problem: `A DNS rollout shifts weight between weighted records of ${name} ${target.type}; it has ${members.length}. Create the new version's weighted record (weight 0) first.`,
        }
      : {}),
  };
}

/** Reads a rollout target from AWS: its weighted backends now, the candidates to promote, TTL or stickiness. */
export async function loadRolloutTarget(target: RolloutTarget): Promise<LoadedTarget> {
  try {
    return target.kind === "route53-weighted" ? await loadDnsTarget(target) : await loadAlbTarget(target);
  } catch (error) {
    // Not a forward action, a deleted listener…: the planner shows why instead of an error page.
    if (error instanceof AwsError && (error.kind === "validation" || error.kind === "not-found")) {
      return {
        target,
        level: target.kind === "route53-weighted" ? "dns" : "alb",
        title: "",
        members: [],
        candidates: [],
        alarmRegion: DNS_ALARM_REGION,
        problem: error.message,
      };
    }
    throw error;
  }
}

/** The target and the alarms of its region, those watching the target first. */
export async function loadPlannerData(target: RolloutTarget): Promise<PlannerData> {
  const loaded = await loadRolloutTarget(target);
  const alarms = await listMetricAlarms(loaded.alarmRegion);
  const loadBalancerArn =
    target.kind === "route53-weighted" ? undefined : loadBalancerArnOfListener(target.listenerArn);
  const groupArns = [...loaded.members, ...loaded.candidates].map((backend) => backend.id);
  const choices = alarms.map((alarm) => ({
    name: alarm.name,
    state: alarm.state,
    watchesTarget: loadBalancerArn !== undefined && alarmWatches(alarm, loadBalancerArn, groupArns),
  }));
  choices.sort((a, b) => Number(b.watchesTarget) - Number(a.watchesTarget) || a.name.localeCompare(b.name));
  return { loaded, alarms: choices };
}
