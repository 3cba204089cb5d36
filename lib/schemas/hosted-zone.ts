import { z } from "zod";
import { domainNameProblem } from "@/lib/route53/values/domain-name";

import { blankToUndefined } from "./form-values";

// API Reference, CreateHostedZone / HostedZoneConfig (Comment ≤ 256 characters; VPC required for a private zone);
// DG "DNS domain name format" (no * as the leftmost label of a hosted zone name).
export const hostedZoneSchema = z
  .object({
    name: z.preprocess(
      (value) => (typeof value === "string" ? value.trim() : value),
      z
        .string({ error: "Enter the domain name of the zone, for example example.com." })
        .superRefine((value, ctx) => {
          const problem = domainNameProblem(value);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
          else if (value.startsWith("*.") || value === "*")
            ctx.addIssue({ code: "custom", message: "A hosted zone name can't start with *." });
          else if (!value.replace(/\.$/, "").includes("."))
            ctx.addIssue({
              code: "custom",
              message: "Enter a full domain name such as example.com, not a top-level domain.",
            });
        }),
    ),
    comment: z.preprocess(
      blankToUndefined,
      z.string().max(256, { error: "The comment can be at most 256 characters." }).optional(),
    ),
    isPrivate: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()),
    vpcId: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^vpc-[0-9a-f]{8,17}$/, { error: "Enter a VPC ID such as vpc-0123456789abcdef0." })
        .optional(),
    ),
    vpcRegion: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[a-z]{2}(-[a-z]+)+-[0-9]+$/, { error: "Enter the VPC's Region, for example eu-west-1." })
        .optional(),
    ),
  })
  .superRefine((zone, ctx) => {
    if (!zone.isPrivate) return;
    if (!zone.vpcId)
      ctx.addIssue({
        code: "custom",
        path: ["vpcId"],
        message: "A private hosted zone needs the VPC it answers in.",
      });
    if (!zone.vpcRegion)
      ctx.addIssue({ code: "custom", path: ["vpcRegion"], message: "Choose the Region of the VPC." });
  });

export type HostedZoneInput = z.infer<typeof hostedZoneSchema>;
