import { z } from "zod";

import { certificateRequestSchema } from "@/lib/schemas/certificate";
import { withSubmissionId } from "@/lib/schemas/submission-id";

const ARN = /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/;

/** A certificate ARN, as the hidden field of the delete and validation-record forms sends it. */
export const certificateArnSchema = z.object({
  certificateArn: z
    .string({ error: "No certificate was given." })
    .regex(ARN, { error: "That is not an ACM certificate ARN." }),
});
export type CertificateArnInput = z.infer<typeof certificateArnSchema>;

/** The SANs textarea: one name per line (commas and spaces also separate), blank lines ignored. */
export function splitNames(raw: unknown): string[] {
  if (Array.isArray(raw))
    return raw.filter((name): name is string => typeof name === "string").flatMap(splitNames);
  if (typeof raw !== "string") return [];
  return raw
    .split(/[\s,]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The request form as FormData sends it: SANs from a textarea, DNS validation always (the console creates the CNAMEs). */
export const certificateRequestFormSchema = z.preprocess((raw) => {
  if (typeof raw !== "object" || raw === null) return raw;
  const values = raw as Record<string, unknown>;
  return {
    ...values,
    subjectAlternativeNames: splitNames(values.subjectAlternativeNames),
    validationMethod: "DNS",
  };
}, withSubmissionId(certificateRequestSchema));
