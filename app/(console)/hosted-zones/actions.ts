"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createHostedZone, deleteHostedZone } from "@/lib/aws/route53/hosted-zone-writes";
import { hostedZoneSchema } from "@/lib/schemas/hosted-zone";
import { deleteHostedZoneSchema } from "@/lib/schemas/zone-bulk";

export const createHostedZoneAction = defineAction({
  name: "route53.createHostedZone",
  schema: hostedZoneSchema,
  permission: "change-zones",
  target: (input) => input.name,
  run: async (input) => {
    const zone = await createHostedZone(input);
    const where = zone.isPrivate ? `private, in ${input.vpcId ?? ""} (${input.vpcRegion ?? ""})` : "public";
    return {
      data: zone,
      summary: `Created hosted zone ${zone.name} (${where}), id ${zone.id}`,
      details: { zoneId: zone.id },
    };
  },
  revalidate: () => ["/hosted-zones"],
});

export const deleteHostedZoneAction = defineAction({
  name: "route53.deleteHostedZone",
  schema: deleteHostedZoneSchema,
  permission: "change-zones",
  target: (input) => input.zoneId,
  run: async (input) => {
    const { name } = await deleteHostedZone(input.zoneId);
    return { data: { zoneId: input.zoneId }, summary: `Deleted hosted zone ${name} (${input.zoneId})` };
  },
  revalidate: () => ["/hosted-zones"],
});
