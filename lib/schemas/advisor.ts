import { z } from "zod";

import { DAY_MS, nowMs } from "@/lib/time";

/** The longest an acknowledgement may last: a finding must come back to someone's attention at least yearly. */
export const MAX_ACK_DAYS = 365;
export const MAX_ACK_REASON = 500;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const findingKeySchema = z
  .string({ error: "The finding is missing." })
  .trim()
  .min(1, { error: "The finding is missing." })
  .max(2048, { error: "The finding key is too long." });

/** "2027-03-01" (the date input's value: from that day on, 00:00 UTC) or a full ISO time, as an ISO time. */
function expiryTime(value: string): number {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value);
}

export const acknowledgeFindingSchema = z.object({
  findingKey: findingKeySchema,
  /** The region whose scan showed the finding (the page's region filter); the console's current one when absent. */
  region: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  reason: z
    .string({ error: "Say why this finding may wait." })
    .trim()
    .min(1, { error: "Say why this finding may wait." })
    .max(MAX_ACK_REASON, { error: `Keep the reason to ${MAX_ACK_REASON} characters or fewer.` }),
  expiresAt: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .transform((value, ctx) => {
        const at = expiryTime(value);
        const now = nowMs();
        if (Number.isNaN(at)) {
          ctx.addIssue({ code: "custom", message: "Enter the date as YYYY-MM-DD." });
          return z.NEVER;
        }
        if (at <= now) {
          ctx.addIssue({ code: "custom", message: "Choose a date in the future, or leave it empty." });
          return z.NEVER;
        }
        if (at > now + MAX_ACK_DAYS * DAY_MS) {
          ctx.addIssue({ code: "custom", message: "An acknowledgement can last at most one year." });
          return z.NEVER;
        }
        return new Date(at).toISOString();
      })
      .optional(),
  ),
});
export type AcknowledgeFindingInput = z.input<typeof acknowledgeFindingSchema>;

export const revokeAcknowledgementSchema = z.object({ findingKey: findingKeySchema });
export type RevokeAcknowledgementInput = z.input<typeof revokeAcknowledgementSchema>;
