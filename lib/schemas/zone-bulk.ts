import { z } from "zod";

import { WEIGHT_MAX } from "@/lib/route53/limits";
import { domainNameProblem } from "@/lib/route53/values/domain-name";

import { toBoolean } from "./form-values";

const toArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value];

/** A bare hosted zone id as the console's URLs carry it (Z…, letters and digits). */
export const zoneIdField = z
  .string({ error: "The hosted zone is missing." })
  .regex(/^[A-Z0-9]{1,32}$/, { error: "That isn't a hosted zone id." });

export const deleteHostedZoneSchema = z.object({ zoneId: zoneIdField });
export type DeleteHostedZoneInput = z.infer<typeof deleteHostedZoneSchema>;

export const deleteHealthCheckSchema = z.object({
  healthCheckId: z.string({ error: "The health check is missing." }).min(1).max(64),
});

// A 2,000-record zone file is about 100 kB; 5 MB leaves room without letting a paste exhaust the server. The same
// limit is checked in the browser before anything is posted, and next.config.js lets a 5 MB file through.
export const MAX_IMPORT_BYTES = 5_000_000;

/** The one message for a file or paste over the import limit. */
export function importTooLargeMessage(bytes: number): string {
  return `This is ${(bytes / 1_000_000).toFixed(1)} MB; an import takes at most 5 MB. Split the file and import the parts one after another. Nothing was sent to AWS.`;
}

/** UTF-8 bytes of a text, as the limit counts them. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export const importRecordsSchema = z.object({
  zoneId: zoneIdField,
  format: z.enum(["bind", "json"], { error: "Choose BIND zone file or JSON." }),
  text: z
    .string({ error: "Paste the zone file or choose a file to upload." })
    .trim()
    .min(1, { error: "Paste the zone file or choose a file to upload." })
    .superRefine((text, ctx) => {
      const bytes = utf8Bytes(text);
      if (bytes > MAX_IMPORT_BYTES) ctx.addIssue({ code: "custom", message: importTooLargeMessage(bytes) });
    }),
});
export type ImportRecordsInput = z.infer<typeof importRecordsSchema>;

const weightField = z.coerce
  .number({ error: `Enter a weight from 0 to ${WEIGHT_MAX}.` })
  .int({ error: `A weight is a whole number from 0 to ${WEIGHT_MAX}.` })
  .min(0, { error: "A weight can't be negative." })
  .max(WEIGHT_MAX, { error: `A weight can be at most ${WEIGHT_MAX}.` });

/** A weighted record as the preview loaded it (what the apply's DELETE must match exactly). */
const loadedRecordSchema = z.looseObject({
  Name: z.string().min(1),
  Type: z.string().min(1),
  SetIdentifier: z.string().optional(),
  Weight: z.number().optional(),
});

export const bulkWeightsSchema = z.object({
  zoneId: zoneIdField,
  names: z.preprocess(toArray, z.array(z.string().min(1)).min(1, { error: "Choose at least one name." })),
  weights: z
    .record(z.string().min(1), weightField)
    .refine((weights) => Object.keys(weights).length > 0, { error: "Enter at least one weight." }),
  /** Present on apply: the records the preview was computed from. */
  loaded: z.array(loadedRecordSchema).optional(),
});
export type BulkWeightsInput = z.infer<typeof bulkWeightsSchema>;

export const createAliasSchema = z.object({
  zoneId: zoneIdField,
  name: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z
      .string({ error: "Enter the record name, for example images.example.com." })
      .superRefine((value, ctx) => {
        const problem = domainNameProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
  ),
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-[0-9]+$/, { error: "The load balancer's Region is missing." }),
  loadBalancerName: z.string().min(1).max(32),
  evaluateTargetHealth: z.preprocess(toBoolean, z.boolean()),
  includeAaaa: z.preprocess(toBoolean, z.boolean()),
});
export type CreateAliasInput = z.infer<typeof createAliasSchema>;
