import { z } from "zod";
import { BIAS_MAX, BIAS_MIN, SET_IDENTIFIER_MAX_LENGTH, TTL_MAX, WEIGHT_MAX } from "@/lib/route53/limits";
import { CONTINENT_CODES, LATENCY_REGIONS } from "@/lib/route53/regions";
import { domainNameProblem } from "@/lib/route53/values/domain-name";
import { RECORD_TYPES, recordValuesProblems, splitValueLines } from "@/lib/route53/values";

import { blankToUndefined, wholeNumber } from "./form-values";

// Limits: API Reference ResourceRecordSet / GeoLocation / GeoProximityLocation / Coordinates; DG "Quotas".

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

const setIdentifier = z.preprocess(
  trimmed,
  z
    .string({
      error:
        "Enter a record ID (set identifier) to tell this record apart from the others with the same name and type.",
    })
    .min(1, {
      error:
        "Enter a record ID (set identifier) to tell this record apart from the others with the same name and type.",
    })
    .max(SET_IDENTIFIER_MAX_LENGTH, {
      error: `The record ID can be at most ${SET_IDENTIFIER_MAX_LENGTH} characters.`,
    }),
);

// API Reference, Coordinates: Latitude pattern [-+]?[0-9]{1,2}(\.[0-9]{0,2})?, length ≤ 6, −90..90.
export const latitudeSchema = z.preprocess(
  trimmed,
  z
    .string({ error: "Enter a latitude from -90 to 90, for example 47.61." })
    .regex(/^[-+]?[0-9]{1,2}(\.[0-9]{0,2})?$/, {
      error: "Enter a latitude from -90 to 90 with at most two decimals, for example 47.61.",
    })
    .max(6, { error: "A latitude can be at most 6 characters, for example -47.61." })
    .refine((value) => Math.abs(Number(value)) <= 90, { error: "A latitude must be between -90 and 90." }),
);

// API Reference, Coordinates: Longitude pattern [-+]?[0-9]{1,3}(\.[0-9]{0,2})?, length ≤ 7, −180..180.
export const longitudeSchema = z.preprocess(
  trimmed,
  z
    .string({ error: "Enter a longitude from -180 to 180, for example -122.33." })
    .regex(/^[-+]?[0-9]{1,3}(\.[0-9]{0,2})?$/, {
      error: "Enter a longitude from -180 to 180 with at most two decimals, for example -122.33.",
    })
    .max(7, { error: "A longitude can be at most 7 characters, for example -122.33." })
    .refine((value) => Math.abs(Number(value)) <= 180, {
      error: "A longitude must be between -180 and 180.",
    }),
);

const optionalCode = (pattern: RegExp, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? blankToUndefined(value.trim().toUpperCase()) : value),
    z.string().regex(pattern, { error: message }).optional(),
  );

const simpleRouting = z.object({ policy: z.literal("simple") });

const weightedRouting = z.object({
  policy: z.literal("weighted"),
  setIdentifier,
  weight: wholeNumber("weight", 0, WEIGHT_MAX),
});

const failoverRouting = z.object({
  policy: z.literal("failover"),
  setIdentifier,
  failover: z.enum(["PRIMARY", "SECONDARY"], {
    error: "Choose whether this is the primary or the secondary record.",
  }),
});

// API Reference, GeoLocation: ContinentCode excludes CountryCode and SubdivisionCode; SubdivisionCode needs a
// CountryCode; CountryCode "*" is the default location.
const geolocationRouting = z
  .object({
    policy: z.literal("geolocation"),
    setIdentifier,
    continentCode: z.preprocess(
      (value) => (typeof value === "string" ? blankToUndefined(value.trim().toUpperCase()) : value),
      z.enum(CONTINENT_CODES, { error: `Choose a continent: ${CONTINENT_CODES.join(", ")}.` }).optional(),
    ),
    countryCode: optionalCode(
      /^([A-Z]{2}|\*)$/,
      'Enter a two-letter country code (ISO 3166-1), or "*" for the default location.',
    ),
    subdivisionCode: optionalCode(
      /^[A-Z0-9]{1,3}$/,
      "Enter a subdivision code of 1 to 3 letters or digits, for example WA.",
    ),
  })
  .superRefine((value, ctx) => {
    const hasContinent = value.continentCode !== undefined;
    const hasCountry = value.countryCode !== undefined;
    if (hasContinent && (hasCountry || value.subdivisionCode !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["continentCode"],
        message: "Choose a continent or a country, not both.",
      });
    }
    if (!hasContinent && !hasCountry) {
      ctx.addIssue({
        code: "custom",
        path: ["countryCode"],
        message: 'Choose a continent or a country, or "*" for the default location.',
      });
    }
    if (value.subdivisionCode !== undefined && !hasCountry) {
      ctx.addIssue({
        code: "custom",
        path: ["subdivisionCode"],
        message: "A subdivision needs its country, for example US for WA.",
      });
    }
    if (value.subdivisionCode !== undefined && value.countryCode === "*") {
      ctx.addIssue({
        code: "custom",
        path: ["subdivisionCode"],
        message: "The default location (*) can't have a subdivision.",
      });
    }
  });

// API Reference, GeoProximityLocation: only one of AWSRegion, LocalZoneGroup or Coordinates; Bias −99..99.
const geoproximityRouting = z
  .object({
    policy: z.literal("geoproximity"),
    setIdentifier,
    awsRegion: z.preprocess(
      blankToUndefined,
      z.string().max(64, { error: "A Region code can be at most 64 characters." }).optional(),
    ),
    localZoneGroup: z.preprocess(
      blankToUndefined,
      z.string().max(64, { error: "A Local Zone group can be at most 64 characters." }).optional(),
    ),
    coordinates: z.preprocess(
      (value) =>
        value &&
        typeof value === "object" &&
        Object.values(value).every((v) => blankToUndefined(v) === undefined)
          ? undefined
          : value,
      z.object({ latitude: latitudeSchema, longitude: longitudeSchema }).optional(),
    ),
    bias: z.preprocess((value) => blankToUndefined(value) ?? 0, wholeNumber("bias", BIAS_MIN, BIAS_MAX)),
  })
  .superRefine((value, ctx) => {
    const count = [value.awsRegion, value.localZoneGroup, value.coordinates].filter(
      (v) => v !== undefined,
    ).length;
    if (count !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["awsRegion"],
        message:
          count === 0
            ? "Choose where the resource is: a Region, a Local Zone group or coordinates."
            : "Give only one location: a Region, a Local Zone group or coordinates.",
      });
    }
  });

const latencyRouting = z.object({
  policy: z.literal("latency"),
  setIdentifier,
  region: z.enum(LATENCY_REGIONS, { error: "Choose the AWS Region of the resource this record points to." }),
});

const multivalueRouting = z.object({ policy: z.literal("multivalue"), setIdentifier });

export const routingPolicySchema = z.discriminatedUnion(
  "policy",
  [
    simpleRouting,
    weightedRouting,
    failoverRouting,
    geolocationRouting,
    geoproximityRouting,
    latencyRouting,
    multivalueRouting,
  ],
  { error: "Choose a routing policy." },
);

export type RoutingPolicyInput = z.infer<typeof routingPolicySchema>;
export type RoutingPolicyName = RoutingPolicyInput["policy"];

export const aliasTargetSchema = z.object({
  hostedZoneId: z.preprocess(
    trimmed,
    z
      .string()
      .min(1, { error: "Enter the hosted zone ID of the alias target." })
      .max(32, { error: "A hosted zone ID can be at most 32 characters." }),
  ),
  dnsName: z.preprocess(
    trimmed,
    z.string().superRefine((value, ctx) => {
      const problem = domainNameProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  ),
  evaluateTargetHealth: z.preprocess(
    (value) => value === true || value === "true" || value === "on",
    z.boolean(),
  ),
});

export const recordSetSchema = z
  .object({
    name: z.preprocess(
      trimmed,
      z.string({ error: "Enter a record name." }).superRefine((value, ctx) => {
        const problem = domainNameProblem(value);
        if (problem)
          ctx.addIssue({ code: "custom", message: problem.replace("a domain name", "the record name") });
      }),
    ),
    type: z.enum(RECORD_TYPES, { error: `Choose a record type: ${RECORD_TYPES.join(", ")}.` }),
    ttl: z.preprocess(blankToUndefined, wholeNumber("TTL", 0, TTL_MAX).optional()),
    values: z.preprocess(
      (value) => (typeof value === "string" ? splitValueLines(value) : value),
      z.array(z.string()).default([]),
    ),
    alias: aliasTargetSchema.optional(),
    healthCheckId: z.preprocess(
      blankToUndefined,
      z.string().max(64, { error: "A health check ID can be at most 64 characters." }).optional(),
    ),
    routing: routingPolicySchema,
  })
  .superRefine((record, ctx) => {
    const isAlias = record.alias !== undefined;

    // API Reference, ResourceRecordSet: TTL and ResourceRecords are omitted for alias records.
    if (isAlias) {
      if (record.ttl !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["ttl"],
          message: "An alias record takes its TTL from the target: leave TTL empty.",
        });
      if (record.values.length > 0)
        ctx.addIssue({
          code: "custom",
          path: ["values"],
          message: "An alias record points at its target: leave values empty.",
        });
    } else {
      if (record.ttl === undefined)
        ctx.addIssue({ code: "custom", path: ["ttl"], message: "Enter a TTL in seconds (for example 300)." });
      for (const problem of recordValuesProblems(record.type, record.values)) {
        ctx.addIssue({
          code: "custom",
          path: problem.index === null ? ["values"] : ["values", problem.index],
          message: problem.message,
        });
      }
    }

    // DG "Choosing a routing policy" › multivalue answer: no alias; any type except NS and CNAME.
    if (record.routing.policy === "multivalue") {
      if (isAlias)
        ctx.addIssue({
          code: "custom",
          path: ["alias"],
          message: "A multivalue answer record can't be an alias.",
        });
      if (record.type === "NS" || record.type === "CNAME") {
        ctx.addIssue({
          code: "custom",
          path: ["type"],
          message: `A multivalue answer record can't be of type ${record.type}.`,
        });
      }
    }

    // API Reference, AliasTarget › EvaluateTargetHealth: a failover alias must set it to true.
    if (record.routing.policy === "failover" && record.alias && !record.alias.evaluateTargetHealth) {
      ctx.addIssue({
        code: "custom",
        path: ["alias", "evaluateTargetHealth"],
        message:
          "A failover alias record must evaluate target health, or failover can't notice the target is down.",
      });
    }
  });

export type RecordSetInput = z.infer<typeof recordSetSchema>;
export type RecordSetFormValues = z.input<typeof recordSetSchema>;

/** Field errors keyed by dotted path (`routing.weight`, `values.2`), for `ActionResult.fieldErrors`. */
export function recordSetFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
