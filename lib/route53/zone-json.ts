import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { z } from "zod";
import { MAX_VALUES_PER_RECORD, MAX_VALUE_LENGTH, TTL_MAX } from "./limits";

// The ListResourceRecordSets response shape (API Reference), so an export can be re-imported or compared with the CLI.
const resourceRecordSetSchema = z.looseObject({
  Name: z.string().min(1),
  Type: z.string().min(1),
  SetIdentifier: z.string().min(1).max(128).optional(),
  Weight: z.number().int().min(0).max(255).optional(),
  Region: z.string().optional(),
  GeoLocation: z
    .looseObject({
      ContinentCode: z.string().optional(),
      CountryCode: z.string().optional(),
      SubdivisionCode: z.string().optional(),
    })
    .optional(),
  Failover: z.enum(["PRIMARY", "SECONDARY"]).optional(),
  MultiValueAnswer: z.boolean().optional(),
  TTL: z.number().int().min(0).max(TTL_MAX).optional(),
  ResourceRecords: z
    .array(z.object({ Value: z.string().max(MAX_VALUE_LENGTH) }))
    .max(MAX_VALUES_PER_RECORD)
    .optional(),
  AliasTarget: z
    .object({ HostedZoneId: z.string(), DNSName: z.string(), EvaluateTargetHealth: z.boolean() })
    .optional(),
  HealthCheckId: z.string().optional(),
  GeoProximityLocation: z.looseObject({ Bias: z.number().int().min(-99).max(99).optional() }).optional(),
});

export interface ParsedJsonRecordSets {
  recordSets: ResourceRecordSet[];
  errors: { index: number | null; message: string }[];
}

/** Reads `{ "ResourceRecordSets": [...] }` (as `aws route53 list-resource-record-sets` prints) or a bare array. */
export function parseJsonRecordSets(text: string): ParsedJsonRecordSets {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { recordSets: [], errors: [{ index: null, message: "This isn't valid JSON." }] };
  }
  const list: unknown = Array.isArray(data)
    ? data
    : (data as { ResourceRecordSets?: unknown } | null)?.ResourceRecordSets;
  if (!Array.isArray(list)) {
    return {
      recordSets: [],
      errors: [
        { index: null, message: 'Expected { "ResourceRecordSets": [ … ] } or an array of record sets.' },
      ],
    };
  }

  const recordSets: ResourceRecordSet[] = [];
  const errors: ParsedJsonRecordSets["errors"] = [];
  list.forEach((item, index) => {
    const result = resourceRecordSetSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      errors.push({
        index,
        message: `Record ${index + 1}: ${issue?.path.join(".") || "record"} is invalid (${issue?.message ?? "unknown problem"}).`,
      });
      return;
    }
    const rrset = result.data as ResourceRecordSet;
    if (rrset.AliasTarget && (rrset.TTL !== undefined || rrset.ResourceRecords !== undefined)) {
      errors.push({ index, message: `Record ${index + 1}: an alias record has no TTL or ResourceRecords.` });
      return;
    }
    if (!rrset.AliasTarget && (rrset.TTL === undefined || !rrset.ResourceRecords?.length)) {
      errors.push({
        index,
        message: `Record ${index + 1}: a non-alias record needs a TTL and at least one value.`,
      });
      return;
    }
    recordSets.push(rrset);
  });
  return { recordSets, errors };
}

/** JSON in the ListResourceRecordSets shape. */
export function exportJson(recordSets: readonly ResourceRecordSet[]): string {
  return `${JSON.stringify({ ResourceRecordSets: recordSets }, null, 2)}\n`;
}
