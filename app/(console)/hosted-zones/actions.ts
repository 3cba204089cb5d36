"use server";

import { defineAction } from "@/lib/actions/define-action";
import { idempotencyKey } from "@/lib/actions/idempotency";
import { createHostedZone, deleteHostedZone } from "@/lib/aws/route53/hosted-zone-writes";
import { hostedZoneSchema } from "@/lib/schemas/hosted-zone";
import { withSubmissionId } from "@/lib/schemas/submission-id";
import { deleteHostedZoneSchema } from "@/lib/schemas/zone-bulk";

export const createHostedZoneAction = defineAction({
  name: "route53.createHostedZone",
  schema: withSubmissionId(hostedZoneSchema),
  permission: "change-zones",
  target: (input) => input.name,
  run: async (input) => {
    const { alreadyCreated, ...zone } = await createHostedZone(input, idempotencyKey(input));
    const where = zone.isPrivate ? `private, in ${input.vpcId ?? ""} (${input.vpcRegion ?? ""})` : "public";
    return {
      data: zone,
      summary: alreadyCreated
        ? `Hosted zone ${zone.name} (${where}), id ${zone.id}, was already created by an earlier try of this submit`
        : `Created hosted zone ${zone.name} (${where}), id ${zone.id}`,
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
