/**
 * Deleting a load balancer together with what the operator chose to remove with it (the alias records that would
 * dangle, target groups and security groups only it uses), in the one order that can be undone as far as AWS allows:
 * 1. the alias records, one all-or-nothing batch per zone (undo: create them again exactly as they were);
 * 2. the load balancer (if AWS refuses, the records are put back and nothing has changed);
 * 3. once it is gone, the target groups, then the security groups. These cannot be rolled back (the load balancer is
 *    gone for good), so a failure here is reported exactly: what was deleted and what was left behind, and why.
 * Pure orchestration over injected ports (lib/alb-ops binds them to lib/aws).
 */
import {
  type AlbDependents,
  aliasRecordKey,
  aliasRecordLabel,
  type DependentSecurityGroup,
  type DependentTargetGroup,
} from "./dependents";
import type { AliasRecordRef } from "./types";

export interface AlbDeletionPlan {
  loadBalancer: { arn: string; name: string };
  /** Grouped by zone: each zone's records go in one batch. */
  aliasRecords: AliasRecordRef[];
  targetGroups: DependentTargetGroup[];
  securityGroups: DependentSecurityGroup[];
}

export interface AlbDeletionPorts {
  /** Deletes the records exactly as they are now (refused if they changed); returns how to create them again. */
  deleteAliasRecords: (
    zoneId: string,
    records: AliasRecordRef[],
  ) => Promise<{ changeId?: string; restore: () => Promise<void> }>;
  deleteLoadBalancer: (arn: string) => Promise<void>;
  /** Resolves once AWS no longer lists the load balancer (its listeners and interfaces are gone). */
  waitUntilDeleted: (arn: string) => Promise<void>;
  deleteTargetGroup: (arn: string) => Promise<void>;
  deleteSecurityGroup: (id: string) => Promise<void>;
}

export interface StepFailure {
  resource: string;
  code: string;
  message: string;
}

export type AlbDeletionOutcome =
  /** Everything chosen is gone. */
  | { status: "deleted"; deleted: string[]; changeIds: string[] }
  /** A step before or at the load balancer failed; what had been done was undone (`notRestored` lists what was not). */
  | { status: "rolled-back"; failure: StepFailure; rolledBack: string[]; notRestored: string[] }
  /** The load balancer is gone but some target or security groups could not be deleted. */
  | { status: "partial"; deleted: string[]; leftBehind: StepFailure[]; changeIds: string[] };

/** What the operator reads for each resource, e.g. "alias record images.example.com A in example.com.". */
export function aliasResource(record: AliasRecordRef): string {
  return `${record.type === "CNAME" ? "CNAME" : "alias"} record ${aliasRecordLabel(record)}`;
}

function failureOf(resource: string, error: unknown): StepFailure {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    const message = "message" in error && typeof error.message === "string" ? error.message : error.code;
    return { resource, code: error.code, message };
  }
  return {
    resource,
    code: "UnknownError",
    message: "An unexpected error stopped this step. The server log has the details.",
  };
}

function byZone(records: AliasRecordRef[]): [string, AliasRecordRef[]][] {
  const zones = new Map<string, AliasRecordRef[]>();
  for (const record of records) zones.set(record.zoneId, [...(zones.get(record.zoneId) ?? []), record]);
  return [...zones.entries()];
}

/** Runs the plan; never throws for an AWS failure, it is in the outcome. */
export async function executeAlbDeletion(
  plan: AlbDeletionPlan,
  ports: AlbDeletionPorts,
): Promise<AlbDeletionOutcome> {
  const deleted: string[] = [];
  const changeIds: string[] = [];
  const undo: { resources: string[]; run: () => Promise<void> }[] = [];

  const rollBack = async (failure: StepFailure): Promise<AlbDeletionOutcome> => {
    const rolledBack: string[] = [];
    const notRestored: string[] = [];
    for (const step of [...undo].reverse()) {
      try {
        await step.run();
        rolledBack.push(...step.resources);
      } catch {
        notRestored.push(...step.resources);
      }
    }
    return { status: "rolled-back", failure, rolledBack, notRestored };
  };

  for (const [zoneId, records] of byZone(plan.aliasRecords)) {
    const resources = records.map(aliasResource);
    try {
      const { changeId, restore } = await ports.deleteAliasRecords(zoneId, records);
      if (changeId) changeIds.push(changeId);
      deleted.push(...resources);
      undo.push({ resources, run: restore });
    } catch (error) {
      return rollBack(failureOf(resources.join(", "), error));
    }
  }

  const lbResource = `load balancer ${plan.loadBalancer.name}`;
  try {
    await ports.deleteLoadBalancer(plan.loadBalancer.arn);
    deleted.push(lbResource);
  } catch (error) {
    return rollBack(failureOf(lbResource, error));
  }

  const leftBehind: StepFailure[] = [];
  if (plan.targetGroups.length > 0 || plan.securityGroups.length > 0) {
    // Groups stay in use until the load balancer is really gone; if the wait fails, the deletes below say why.
    await ports.waitUntilDeleted(plan.loadBalancer.arn).catch(() => undefined);
  }
  for (const group of plan.targetGroups) {
    const resource = `target group ${group.name}`;
    try {
      await ports.deleteTargetGroup(group.arn);
      deleted.push(resource);
    } catch (error) {
      leftBehind.push(failureOf(resource, error));
    }
  }
  for (const group of plan.securityGroups) {
    const resource = `security group ${group.name} (${group.id})`;
    try {
      await ports.deleteSecurityGroup(group.id);
      deleted.push(resource);
    } catch (error) {
      leftBehind.push(failureOf(resource, error));
    }
  }

  return leftBehind.length > 0
    ? { status: "partial", deleted, leftBehind, changeIds }
    : { status: "deleted", deleted, changeIds };
}

/** The plan for what the operator ticked, limited to what still qualifies now (the action refuses changes before). */
export function chosenDeletion(
  lb: { arn: string; name: string },
  dependents: AlbDependents,
  chosen: { aliasRecordKeys: string[]; targetGroupArns: string[]; securityGroupIds: string[] },
): AlbDeletionPlan {
  const keys = new Set(chosen.aliasRecordKeys);
  return {
    loadBalancer: { arn: lb.arn, name: lb.name },
    aliasRecords: dependents.aliasRecords.filter((record) => keys.has(aliasRecordKey(record))),
    targetGroups: dependents.targetGroups.filter((group) => chosen.targetGroupArns.includes(group.arn)),
    securityGroups: dependents.securityGroups.filter((group) => chosen.securityGroupIds.includes(group.id)),
  };
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;

/** The outcome in one or two sentences, exactly as far as it got. */
export function describeDeletion(outcome: AlbDeletionOutcome): string {
  const changes = (ids: string[]) => (ids.length ? ` (DNS change ${ids.join(", ")})` : "");
  switch (outcome.status) {
    case "deleted":
      return `Deleted ${list(outcome.deleted)}${changes(outcome.changeIds)}.`;
    case "partial":
      return (
        `Deleted ${list(outcome.deleted)}${changes(outcome.changeIds)}, but not ${list(outcome.leftBehind.map((item) => item.resource))}: ` +
        `${outcome.leftBehind.map((item) => `${item.resource}: ${item.message}`).join(" ")} Delete what was left behind later; the load balancer itself is gone.`
      );
    case "rolled-back":
      return (
        `Nothing was deleted: ${outcome.failure.resource} failed (${outcome.failure.message})` +
        (outcome.rolledBack.length
          ? `, so ${list(outcome.rolledBack)} ${outcome.rolledBack.length === 1 ? "was" : "were"} created again as before`
          : "") +
        (outcome.notRestored.length
          ? `. Could not restore ${list(outcome.notRestored)}: create ${outcome.notRestored.length === 1 ? "it" : "them"} again by hand`
          : "") +
        "."
      );
  }
}
