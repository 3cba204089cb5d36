"use server";

import { z } from "zod";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { defineQuery } from "@/lib/actions/define-query";
import { nameFromArn } from "@/lib/alb/domain";
import {
  deregisterTargets,
  modifyTargetGroupAttributes,
  modifyTargetGroupHealthCheck,
  registerTargets,
} from "@/lib/aws/elbv2/target-group-writes";
import {
  describeTargetHealth,
  getTargetGroupAttributes,
  listTargetGroups,
} from "@/lib/aws/elbv2/target-groups";
import type { TargetSpec } from "@/lib/alb/domain";
import {
  deleteUnusedTargetGroup,
  readTargetGroupForDeletion,
  refuseIfInUse,
} from "@/lib/alb-ops/delete-target-group";
import { availableRegions, currentRegion } from "@/lib/region";
import { diffRow, diffViews } from "@/lib/diff/diff";
import type { DiffRow } from "@/lib/diff/diff-row";
import { concurrentChange } from "@/lib/errors/concurrent-change";
import {
  attributeChanges,
  type ChangeRow,
  changedAttributeKeys,
  changedHealthCheckFields,
  healthCheckChanges,
  targetKey,
} from "@/lib/target-groups/changes";

import {
  changeTargetsSchema,
  deleteTargetGroupPreviewSchema,
  deleteTargetGroupSchema,
  modifyAttributesSchema,
  modifyHealthCheckSchema,
} from "../_lib/schemas";

/** The target-group before/after rows as change-table rows. */
function asDiffRows(rows: readonly ChangeRow[]): DiffRow[] {
  return rows.map((row) => diffRow(row.label, row.before, row.after, { key: row.key }));
}

/** "Someone else changed the health check path of images-green": `what` lists the parts, `changes` shows them. */
function changedByOthers(group: string, what: string[], changes: DiffRow[] = []) {
  return concurrentChange({ what: `${what.join(", ")} of ${group}`, changes });
}

async function readGroup(region: string, arn: string) {
  const [group] = await listTargetGroups(region, { arns: [arn] });
  if (!group) throw new ActionRefusal(`The target group ${nameFromArn(arn)} no longer exists.`, "NotFound");
  return group;
}

/** The health check as AWS holds it now (to review an edit again after someone else changed it). */
export const readHealthCheckAction = defineQuery({
  name: "elbv2.readTargetGroupHealthCheck",
  schema: z.object({ targetGroupArn: z.string() }),
  run: async (input) => (await readGroup(await currentRegion(), input.targetGroupArn)).healthCheck,
});

/** The health check edit as before/after rows, against the settings the page loaded. Reads only; not audited. */
export const previewHealthCheckChangeAction = defineQuery({
  name: "elbv2.previewTargetGroupHealthCheck",
  schema: modifyHealthCheckSchema,
  permission: "change-load-balancers",
  run: async (input) => {
    const group = await readGroup(await currentRegion(), input.targetGroupArn);
    return { group: group.name, rows: asDiffRows(healthCheckChanges(input.loaded, input.healthCheck)) };
  },
});

export const modifyHealthCheckAction = defineAction({
  name: "elbv2.modifyTargetGroupHealthCheck",
  schema: modifyHealthCheckSchema,
  permission: "change-load-balancers",
  target: (input) => input.targetGroupArn,
  run: async (input) => {
    const region = await currentRegion();
    const group = await readGroup(region, input.targetGroupArn);
    const changedSince = changedHealthCheckFields(input.loaded, group.healthCheck);
    if (changedSince.length > 0) {
      // Loaded → now, through the same field list (values are compared and shown as text).
      const now = healthCheckChanges(input.loaded, group.healthCheck as unknown as typeof input.healthCheck);
      throw changedByOthers(
        group.name,
        changedSince.map((label) => `the health check ${label.toLowerCase()}`),
        asDiffRows(now),
      );
    }

    const rows = healthCheckChanges(group.healthCheck, input.healthCheck);
    if (rows.length === 0)
      return { data: { changed: 0 }, summary: `No change to the health check of ${group.name}` };
    await modifyTargetGroupHealthCheck(
      region,
      group.arn,
      { ...input.healthCheck, enabled: true },
      group.protocolVersion,
    );
    const summary = `Changed the health check of ${group.name}: ${rows.map((row) => `${row.label.toLowerCase()} ${row.before} → ${row.after}`).join("; ")}`;
    return {
      data: { changed: rows.length },
      summary,
      details: { before: group.healthCheck, after: input.healthCheck },
    };
  },
  revalidate: () => ["/target-groups"],
});

/** The attribute edit as before/after rows, against the attributes the page loaded. Reads only; not audited. */
export const previewAttributesChangeAction = defineQuery({
  name: "elbv2.previewTargetGroupAttributes",
  schema: modifyAttributesSchema,
  permission: "change-load-balancers",
  run: async (input) => {
    const group = await readGroup(await currentRegion(), input.targetGroupArn);
    return { group: group.name, rows: asDiffRows(attributeChanges(input.loaded, input.attributes).rows) };
  },
});

export const modifyAttributesAction = defineAction({
  name: "elbv2.modifyTargetGroupAttributes",
  schema: modifyAttributesSchema,
  permission: "change-load-balancers",
  target: (input) => input.targetGroupArn,
  run: async (input) => {
    const region = await currentRegion();
    const group = await readGroup(region, input.targetGroupArn);
    const { changed, rows } = attributeChanges(input.loaded, input.attributes);
    if (rows.length === 0)
      return { data: { changed: 0 }, summary: `No change to the attributes of ${group.name}` };

    const current = await getTargetGroupAttributes(region, group.arn);
    const changedSince = changedAttributeKeys(input.loaded, current, Object.keys(changed));
    if (changedSince.length > 0) throw changedByOthers(group.name, changedSince);

    await modifyTargetGroupAttributes(region, group.arn, changed);
    const summary = `Changed ${group.name}: ${rows.map((row) => `${row.label} ${row.before} → ${row.after}`).join("; ")}`;
    return { data: { changed: rows.length }, summary, details: { changed } };
  },
  revalidate: () => ["/target-groups"],
});

/** "i-123:8080", or "i-123" for a target key without a port. */
const targetLabel = (key: string) => key.replace(/:$/, "");

/** Refuses when the registered targets differ from what the operator saw when choosing (added or removed since). */
async function assertTargetsUnchanged(region: string, arn: string, group: string, loaded: string[]) {
  const current = new Set((await describeTargetHealth(region, arn)).map(targetKey));
  const seen = new Set(loaded);
  const added = [...current].filter((key) => !seen.has(key));
  const removed = [...seen].filter((key) => !current.has(key));
  if (added.length || removed.length) {
    const describe = (keys: string[], verb: string) =>
      keys.length ? [`${verb} ${keys.map(targetLabel).join(", ")}`] : [];
    throw changedByOthers(
      group,
      [...describe(added, "registered"), ...describe(removed, "deregistered")].map(
        (what) => `the targets (${what})`,
      ),
    );
  }
}

/** Registers or deregisters targets once the group's targets are still those the operator chose from. */
async function changeTargets(
  input: z.output<typeof changeTargetsSchema>,
  apply: (region: string, targetGroupArn: string, targets: TargetSpec[]) => Promise<void>,
) {
  const region = await currentRegion();
  const group = await readGroup(region, input.targetGroupArn);
  await assertTargetsUnchanged(region, group.arn, group.name, input.loadedTargets);
  await apply(region, group.arn, input.targets);
  return { group, list: input.targets.map((target) => targetLabel(targetKey(target))).join(", ") };
}

export const registerTargetsAction = defineAction({
  name: "elbv2.registerTargets",
  schema: changeTargetsSchema,
  permission: "register-targets",
  target: (input) => input.targetGroupArn,
  run: async (input) => {
    const { group, list } = await changeTargets(input, registerTargets);
    return { data: { count: input.targets.length }, summary: `Registered ${list} with ${group.name}` };
  },
  revalidate: () => ["/target-groups"],
});

export const deregisterTargetsAction = defineAction({
  name: "elbv2.deregisterTargets",
  schema: changeTargetsSchema,
  permission: "register-targets",
  target: (input) => input.targetGroupArn,
  run: async (input) => {
    const { group, list } = await changeTargets(input, deregisterTargets);
    return {
      data: { count: input.targets.length },
      summary: `Deregistered ${list} from ${group.name}`,
      message: `Deregistered ${list} from ${group.name}: ${input.targets.length === 1 ? "it drains" : "they drain"} for the deregistration delay before leaving the list.`,
    };
  },
  revalidate: () => ["/target-groups"],
});

/** Deletes a target group no load balancer uses, refused if it changed since the review (the advisor's Fix uses it). */
export const deleteTargetGroupAction = defineAction({
  name: "elbv2.deleteTargetGroup",
  schema: deleteTargetGroupSchema,
  permission: "change-load-balancers",
  target: (input) => input.targetGroupArn,
  run: async (input) => {
    const region =
      input.region && availableRegions().includes(input.region) ? input.region : await currentRegion();
    const { group, view } = await deleteUnusedTargetGroup(region, input.targetGroupArn, input.expected);
    const targets = view["Registered targets"] ?? [];
    return {
      data: { targetGroupArn: group.arn },
      summary: `Deleted target group ${group.name} (${targets.length} registered targets)`,
      details: { region, deleted: view },
    };
  },
  revalidate: () => ["/target-groups", "/advisor"],
});

/** What deleting a target group takes away (its registered targets); refused while a load balancer uses it. */
export const previewDeleteTargetGroupAction = defineQuery({
  name: "elbv2.previewDeleteTargetGroup",
  schema: deleteTargetGroupPreviewSchema,
  permission: "change-load-balancers",
  run: async (input) => {
    const region =
      input.region && availableRegions().includes(input.region) ? input.region : await currentRegion();
    const { group, view } = await readTargetGroupForDeletion(region, input.targetGroupArn);
    refuseIfInUse(group);
    return {
      rows: diffViews(view, {}),
      apply: {
        region,
        targetGroupArn: group.arn,
        expected: { ...view } as Record<string, string | string[]>,
      },
    };
  },
});
