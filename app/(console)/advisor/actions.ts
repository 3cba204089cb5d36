"use server";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { defineQuery } from "@/lib/actions/define-query";
import { previewRecordTtlFix, recordTtlFixSchema } from "@/lib/advisor-fixes/record-ttl-fix";
import { previewRedirectFix, redirectFixSchema } from "@/lib/advisor-fixes/redirect-fix";
import { acknowledgementStore } from "@/lib/advisor-store";
import { latestAdvisor } from "@/lib/advisor-store/advisor-state";
import { availableRegions, currentRegion } from "@/lib/region";
import { acknowledgeFindingSchema, revokeAcknowledgementSchema } from "@/lib/schemas/advisor";

// The advisor's own changes: acknowledging a finding and revoking that. Fixes apply through the resource pages' own
// actions (the listener edit, the record change…); only their previews, which load what those actions compare, live here.

async function regionOf(asked: string | undefined): Promise<string> {
  return asked && availableRegions().includes(asked) ? asked : currentRegion();
}

export const acknowledgeFindingAction = defineAction({
  name: "advisor.acknowledgeFinding",
  schema: acknowledgeFindingSchema,
  permission: "acknowledge-findings",
  target: (input) => input.findingKey,
  run: async (input, { actor }) => {
    const region = await regionOf(input.region);
    const finding = (await latestAdvisor(region)).findings.find(
      (candidate) => candidate.key === input.findingKey,
    );
    if (!finding) {
      throw new ActionRefusal(
        "This finding is not in the latest scan any more (it may have been fixed): reload the advisor.",
        "NotFound",
      );
    }
    const ack = {
      findingKey: finding.key,
      reason: input.reason,
      actor: actor.id,
      at: new Date().toISOString(),
      ...(input.expiresAt ? { expiresAt: input.expiresAt } : {}),
    };
    await acknowledgementStore().put(ack);
    const until = ack.expiresAt ? ` until ${ack.expiresAt.slice(0, 10)}` : "";
    return {
      data: ack,
      summary: `Acknowledged ${finding.key}${until}: ${input.reason}`,
      details: {
        findingKey: finding.key,
        ruleId: finding.ruleId,
        title: finding.title,
        reason: input.reason,
        expiresAt: ack.expiresAt,
      },
      message: `Acknowledged “${finding.title}”${until}. It is listed under Acknowledged.`,
    };
  },
  revalidate: () => ["/advisor"],
});

export const revokeAcknowledgementAction = defineAction({
  name: "advisor.revokeAcknowledgement",
  schema: revokeAcknowledgementSchema,
  permission: "acknowledge-findings",
  target: (input) => input.findingKey,
  run: async (input) => {
    const revoked = await acknowledgementStore().revoke(input.findingKey);
    if (!revoked) {
      throw new ActionRefusal(
        "This finding is not acknowledged (someone may have revoked it already).",
        "NotFound",
      );
    }
    return {
      data: { findingKey: revoked.findingKey },
      summary: `Revoked the acknowledgement of ${revoked.findingKey} (was: ${revoked.reason})`,
      details: { findingKey: revoked.findingKey, reason: revoked.reason, acknowledgedBy: revoked.actor },
      message: "Revoked: the finding is open again.",
    };
  },
  revalidate: () => ["/advisor"],
});

/** The listener as AWS holds it now and the redirect the fix would make; applied by the ALB page's listener edit. */
export const previewRedirectFixAction = defineQuery({
  name: "advisor.previewRedirectFix",
  schema: redirectFixSchema,
  permission: "change-load-balancers",
  run: previewRedirectFix,
});

/** The record with the shorter TTL, previewed like the record editor; applied by its applyRecordChangesAction. */
export const previewRecordTtlFixAction = defineQuery({
  name: "advisor.previewRecordTtlFix",
  schema: recordTtlFixSchema,
  permission: "change-dns",
  run: previewRecordTtlFix,
});
