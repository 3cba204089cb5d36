import { z } from "zod";
import { isIPv4, isIPv6 } from "@/lib/route53/values/ip-address";
import { domainNameProblem } from "@/lib/route53/values/domain-name";

import { blankToUndefined, toBoolean, wholeNumber } from "./form-values";

// DG "Values that you specify when you create or update health checks": request interval 10 or 30 seconds, search
// string up to 255 characters, up to 256 child health checks. API Reference, HealthCheckConfig: FailureThreshold
// 1–10, Port 1–65535, ResourcePath and FullyQualifiedDomainName at most 255 characters.

const endpointFields = {
  ipAddress: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((v) => isIPv4(v) || isIPv6(v), {
        error: "Enter an IPv4 or IPv6 address, or leave empty and give a domain name.",
      })
      .optional(),
  ),
  fullyQualifiedDomainName: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(255, { error: "The domain name can be at most 255 characters." })
      .superRefine((value, ctx) => {
        const problem = domainNameProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
  ),
  port: wholeNumber("port", 1, 65_535),
  requestInterval: z.preprocess(
    (value) => (value === undefined || value === "" ? 30 : Number(value)),
    z.union([z.literal(10), z.literal(30)], {
      error: "The request interval is 10 (fast) or 30 (standard) seconds.",
    }),
  ),
  failureThreshold: z.preprocess(
    (value) => blankToUndefined(value) ?? 3,
    wholeNumber("failure threshold", 1, 10),
  ),
  inverted: z.preprocess(toBoolean, z.boolean()),
};

const httpFields = {
  resourcePath: z.preprocess(
    blankToUndefined,
    z.string().max(255, { error: "The path can be at most 255 characters." }).optional(),
  ),
  enableSni: z.preprocess(toBoolean, z.boolean()),
};

const searchString = z
  .string()
  .min(1, { error: "Enter the text the response body must contain." })
  .max(255, { error: "The search string can be at most 255 characters." });

export const healthCheckSchema = z
  .discriminatedUnion(
    "type",
    [
      z.object({ type: z.literal("TCP"), ...endpointFields }),
      z.object({ type: z.enum(["HTTP", "HTTPS"]), ...endpointFields, ...httpFields }),
      z.object({
        type: z.enum(["HTTP_STR_MATCH", "HTTPS_STR_MATCH"]),
        ...endpointFields,
        ...httpFields,
        searchString,
      }),
      z.object({
        type: z.literal("CALCULATED"),
        childHealthChecks: z
          .array(z.string().min(1))
          .min(1, { error: "Choose at least one health check to monitor." })
          .max(256, { error: "A calculated health check can monitor at most 256 health checks." }),
        healthThreshold: wholeNumber("number of healthy checks", 0, 256),
        inverted: z.preprocess(toBoolean, z.boolean()),
      }),
    ],
    { error: "Choose what the health check monitors: TCP, HTTP, HTTPS, string match or calculated." },
  )
  .superRefine((check, ctx) => {
    if (check.type === "CALCULATED") return;
    if (!check.ipAddress && !check.fullyQualifiedDomainName) {
      ctx.addIssue({
        code: "custom",
        path: ["ipAddress"],
        message: "Enter the endpoint's IP address or domain name.",
      });
    }
  });

export type HealthCheckInput = z.infer<typeof healthCheckSchema>;
