"use server";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { defineQuery } from "@/lib/actions/define-query";
import { listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import {
  aliasRecordSetsFor,
  createAliasToLoadBalancer,
  findAliasConflicts,
} from "@/lib/aws/route53/alias-records";
import { getHostedZone } from "@/lib/aws/route53/hosted-zones";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import { isNameInZone } from "@/lib/route53/names";
import { type CreateAliasInput, createAliasSchema } from "@/lib/schemas/zone-bulk";

import { forgetDependents } from "./_lib/dependents";

export interface AliasPreview {
  records: ResourceRecordSet[];
  conflicts: ResourceRecordSet[];
  zoneName: string;
}

/** The ALB as AWS has it now (the alias target is never taken from the browser) and the zone, checked. */
async function resolve(input: CreateAliasInput) {
  const [[lb], zone] = await Promise.all([
    listLoadBalancers(input.region, { names: [input.loadBalancerName] }),
    getHostedZone(input.zoneId),
  ]);
  if (!lb)
    throw new ActionRefusal(
      `The load balancer ${input.loadBalancerName} no longer exists in ${input.region}.`,
      "LoadBalancerNotFound",
    );
  if (!zone)
    throw new ActionRefusal("That hosted zone no longer exists.", "NoSuchHostedZone", {
      zoneId: ["Choose another hosted zone."],
    });
  if (!isNameInZone(input.name, zone.name)) {
    throw new ActionRefusal(`${input.name} isn't in the zone ${zone.name}.`, "NameNotInZone", {
      name: [`Use a name ending in ${zone.name.replace(/\.$/, "")}.`],
    });
  }
  return { lb, zone };
}

/** Shows the alias records that would be created and anything already at the name. Reads only, not audited. */
export const previewAliasAction = defineQuery({
  name: "route53.previewAliasToLoadBalancer",
  schema: createAliasSchema,
  deniedMessage: "You are not allowed to read this zone.",
  run: async (input): Promise<AliasPreview> => {
    const { lb, zone } = await resolve(input);
    const records = aliasRecordSetsFor(input.name, lb, {
      evaluateTargetHealth: input.evaluateTargetHealth,
      includeAaaa: input.includeAaaa,
    });
    return { records, conflicts: await findAliasConflicts(input.zoneId, records), zoneName: zone.name };
  },
});

export const createAliasAction = defineAction({
  name: "route53.createAliasToLoadBalancer",
  schema: createAliasSchema,
  permission: "change-dns",
  target: (input) => `${input.zoneId}/${input.name}`,
  run: async (input) => {
    const { lb } = await resolve(input);
    forgetDependents(input.region, lb.arn);
    const outcome = await createAliasToLoadBalancer(input.zoneId, input.name, lb, {
      evaluateTargetHealth: input.evaluateTargetHealth,
      includeAaaa: input.includeAaaa,
    });
    const changeIds = outcome.batches.map((batch) => batch.changeId);
    const types = outcome.recordSets.map((r) => r.Type).join(" and ");
    return {
      data: { changeIds },
      summary: `Created ${types} alias ${input.name} → ${lb.name} (${lb.dnsName})`,
      details: { changeIds, dnsName: lb.dnsName, hostedZoneId: lb.canonicalHostedZoneId },
      message: `Created the ${types} alias ${input.name} → ${lb.dnsName} (change ${changeIds.join(", ")}). It answers once Route 53 reports the change INSYNC, usually within a minute.`,
    };
  },
  revalidate: (input) => [
    `/hosted-zones/${input.zoneId}`,
    `/load-balancers/${encodeURIComponent(input.loadBalancerName)}`,
  ],
});
