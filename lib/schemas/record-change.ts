import { z } from "zod";

import { recordSetSchema } from "./record";

// A record set exactly as ListResourceRecordSets returned it, sent back by the editor as the `before` of an edit or a
// delete. Route 53 only deletes a record that matches it exactly, so it is passed through unchanged (never rebuilt
// from the form); unknown keys are dropped.
const loadedRecordSetSchema = z.object({
  Name: z.string().min(1).max(1024),
  Type: z.string().min(1).max(10),
  SetIdentifier: z.string().max(128).optional(),
  Weight: z.number().int().optional(),
  Region: z.string().max(64).optional(),
  GeoLocation: z
    .object({
      ContinentCode: z.string().optional(),
      CountryCode: z.string().optional(),
      SubdivisionCode: z.string().optional(),
    })
    .optional(),
  Failover: z.enum(["PRIMARY", "SECONDARY"]).optional(),
  MultiValueAnswer: z.boolean().optional(),
  TTL: z.number().int().optional(),
  ResourceRecords: z
    .array(z.object({ Value: z.string() }))
    .max(400)
    .optional(),
  AliasTarget: z
    .object({ HostedZoneId: z.string(), DNSName: z.string(), EvaluateTargetHealth: z.boolean() })
    .optional(),
  HealthCheckId: z.string().max(64).optional(),
  TrafficPolicyInstanceId: z.string().optional(),
  CidrRoutingConfig: z.object({ CollectionId: z.string(), LocationName: z.string() }).optional(),
  GeoProximityLocation: z
    .object({
      AWSRegion: z.string().optional(),
      LocalZoneGroup: z.string().optional(),
      Coordinates: z.object({ Latitude: z.string(), Longitude: z.string() }).optional(),
      Bias: z.number().int().optional(),
    })
    .optional(),
});

export type LoadedRecordSet = z.infer<typeof loadedRecordSetSchema>;

const zoneId = z.string().regex(/^[A-Za-z0-9]{1,32}$/, { error: "That is not a hosted zone id." });

/** Preview or apply of one record created or edited in the record editor (record fields at the top level). */
export const recordChangeSchema = z.intersection(
  recordSetSchema,
  z.object({
    zoneId,
    /** The record as loaded when editing; absent when creating. */
    before: loadedRecordSetSchema.optional(),
  }),
);

export type RecordChangeInput = z.infer<typeof recordChangeSchema>;
export type RecordChangeFormValues = z.input<typeof recordChangeSchema>;

/** Delete of one loaded record. */
export const recordDeleteSchema = z.object({ zoneId, before: loadedRecordSetSchema });

export type RecordDeleteInput = z.infer<typeof recordDeleteSchema>;
export type RecordDeleteFormValues = z.input<typeof recordDeleteSchema>;
