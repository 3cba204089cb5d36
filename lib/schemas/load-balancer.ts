import { z } from "zod";

import type { Attributes } from "@/lib/alb/domain";

import { fixedResponseActionSchema, redirectActionSchema } from "./alb-action";
import { certificateProblem, type CertificateContext } from "./listener";
import {
  formBoolean,
  portSchema,
  resourceNameSchema,
  targetGroupSchema,
  targetsSchema,
} from "./target-group";

/** LB names follow the ELBv2 rules and may not start with "internal-" (AWS uses that prefix in DNS names). */
export const loadBalancerNameSchema = resourceNameSchema("load balancer").refine(
  (name) => !name.toLowerCase().startsWith("internal-"),
  {
    error:
      'A load balancer name cannot start with "internal-": AWS reserves that prefix for internal load balancers\' DNS names.',
  },
);

export const subnetChoiceSchema = z.object({
  subnetId: z.string().trim().min(1, { error: "Choose a subnet." }),
  availabilityZone: z.string().trim().min(1, { error: "The subnet's Availability Zone is missing." }),
});

const TWO_AZ_MESSAGE =
  "An Application Load Balancer needs subnets in at least two Availability Zones, so it keeps serving when one zone fails. Choose one subnet in each of two or more zones.";

/** One subnet per Availability Zone, in at least two zones. */
export const subnetsSchema = z.array(subnetChoiceSchema).superRefine((subnets, ctx) => {
  const zoneOf = new Map<string, number>();
  subnets.forEach((subnet, index) => {
    const first = zoneOf.get(subnet.availabilityZone);
    if (first !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: [index, "subnetId"],
        message: `Only one subnet per Availability Zone: ${subnet.availabilityZone} already has ${subnets[first]?.subnetId}.`,
      });
    } else {
      zoneOf.set(subnet.availabilityZone, index);
    }
  });
  if (zoneOf.size < 2) ctx.addIssue({ code: "custom", path: [], message: TWO_AZ_MESSAGE });
});

export const schemeSchema = z
  .enum(["internet-facing", "internal"], { error: "Choose internet-facing or internal." })
  .default("internet-facing");
export const ipAddressTypeSchema = z
  .enum(["ipv4", "dualstack", "dualstack-without-public-ipv4"], { error: "Choose ipv4 or dualstack." })
  .default("ipv4");

function refineSchemeAndIpType(lb: { scheme: string; ipAddressType: string }, ctx: z.RefinementCtx) {
  if (lb.scheme === "internal" && lb.ipAddressType !== "ipv4") {
    ctx.addIssue({
      code: "custom",
      path: ["ipAddressType"],
      message:
        "An internal load balancer uses IPv4 only here: choose ipv4, or make it internet-facing for dualstack.",
    });
  }
}

/** The "create load balancer" form on its own (existing security groups). */
export const createLoadBalancerSchema = z
  .object({
    name: loadBalancerNameSchema,
    scheme: schemeSchema,
    ipAddressType: ipAddressTypeSchema,
    subnets: subnetsSchema,
    securityGroupIds: z
      .array(z.string().trim().min(1))
      .min(1, { error: "Choose at least one security group: it decides who may reach the load balancer." })
      .max(5, { error: "A load balancer can have at most 5 security groups." }),
  })
  .superRefine(refineSchemeAndIpType);
export type CreateLoadBalancerInput = z.infer<typeof createLoadBalancerSchema>;

const CIDR = /^(?:\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}|[0-9A-Fa-f:]+\/\d{1,3})$/;

const securityGroupChoiceSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({
      mode: z.literal("existing"),
      securityGroupIds: z
        .array(z.string().trim().min(1))
        .min(1, { error: "Choose at least one security group: it decides who may reach the load balancer." })
        .max(5, { error: "A load balancer can have at most 5 security groups." }),
    }),
    z.object({
      mode: z.literal("create"),
      name: z
        .string()
        .trim()
        .min(1, { error: "Enter a name for the new security group." })
        .max(255, { error: "A security group name can have at most 255 characters." })
        .refine((name) => !name.toLowerCase().startsWith("sg-"), {
          error: 'A security group name cannot start with "sg-".',
        }),
      description: z
        .string()
        .trim()
        .max(255, { error: "The description can have at most 255 characters." })
        .default("Routeboard ALB"),
      /** Who may reach the listener ports. */
      ingressCidrs: z
        .array(
          z.string().trim().regex(CIDR, { error: "Enter a CIDR block, e.g. 0.0.0.0/0 or 203.0.113.0/24." }),
        )
        .min(1, { error: "Enter at least one CIDR block that may reach the load balancer." })
        .default(["0.0.0.0/0"]),
    }),
  ],
  { error: "Choose existing security groups or create one." },
);

/**
 * A wizard listener's default action: forward to the wizard's target group (new or existing — its ARN
 * is only known at run time), or a redirect / fixed response with the same rules as lib/schemas/listener.
 */
export const wizardListenerActionSchema = z.discriminatedUnion(
  "type",
  [z.object({ type: z.literal("forward") }), redirectActionSchema, fixedResponseActionSchema],
  { error: "Choose what the listener does: forward, redirect or return a fixed response." },
);
export type WizardListenerAction = z.infer<typeof wizardListenerActionSchema>;

/** The former `action: "forward" | "redirect-https"` shorthand, still accepted from older callers. */
function legacyAction(listener: unknown): unknown {
  if (typeof listener !== "object" || listener === null || "defaultAction" in listener) return listener;
  const { action, ...rest } = listener as { action?: unknown };
  if (action === "redirect-https")
    return {
      ...rest,
      defaultAction: { type: "redirect", protocol: "HTTPS", port: "443", statusCode: "HTTP_301" },
    };
  if (action === undefined || action === "forward") return { ...rest, defaultAction: { type: "forward" } };
  return { ...rest, defaultAction: action };
}

const wizardListenerSchema = z.preprocess(
  legacyAction,
  z.object({
    protocol: z.enum(["HTTP", "HTTPS"], { error: "An Application Load Balancer listens on HTTP or HTTPS." }),
    port: portSchema("listener port"),
    certificateArn: z.string().trim().optional(),
    sslPolicy: z.string().trim().optional(),
    defaultAction: wizardListenerActionSchema,
  }),
);

/** The wizard's target group: a new one (created, and removed again on rollback) or an existing one (never touched). */
const wizardTargetGroupSchema = z.discriminatedUnion(
  "mode",
  [
    targetGroupSchema.safeExtend({ mode: z.literal("new").default("new") }),
    z.object({
      mode: z.literal("existing"),
      arn: z.string().trim().min(1, { error: "Choose an existing target group." }),
      name: z.string().trim().default(""),
      /** The group's VPC as the form saw it; checked again against the region before anything is sent. */
      vpcId: z.string().trim().optional(),
    }),
  ],
  { error: "Create a new target group or choose an existing one." },
);

/**
 * The "create ALB" wizard: load balancer, security group, target group, targets, listeners and an
 * optional alias record. Pass the region's certificate statuses to refuse certificates that are not ISSUED.
 */
export function createAlbWizardSchemaFor(context: { certificates?: CertificateContext } = {}) {
  return z
    .object({
      name: loadBalancerNameSchema,
      scheme: schemeSchema,
      ipAddressType: ipAddressTypeSchema,
      vpcId: z.string().trim().min(1, { error: "Choose the VPC." }),
      subnets: subnetsSchema,
      securityGroup: securityGroupChoiceSchema,
      targetGroup: wizardTargetGroupSchema,
      targets: targetsSchema.default([]),
      listeners: z
        .array(wizardListenerSchema)
        .min(1, { error: "Add at least one listener, e.g. HTTPS on 443." })
        .max(50, { error: "A load balancer can have at most 50 listeners." }),
      alias: z
        .object({
          hostedZoneId: z.string().trim().min(1, { error: "Choose the hosted zone." }),
          recordName: z
            .string()
            .trim()
            .min(1, { error: "Enter the record name, e.g. www.example.com." })
            .max(253),
        })
        .optional(),
      waitUntilActive: formBoolean.default(true),
    })
    .superRefine((wizard, ctx) => {
      refineSchemeAndIpType(wizard, ctx);

      if (wizard.targetGroup.vpcId && wizard.targetGroup.vpcId !== wizard.vpcId) {
        ctx.addIssue({
          code: "custom",
          path: ["targetGroup", wizard.targetGroup.mode === "existing" ? "arn" : "vpcId"],
          message:
            wizard.targetGroup.mode === "existing"
              ? `${wizard.targetGroup.name || "This target group"} is in ${wizard.targetGroup.vpcId}: choose a target group of the load balancer's VPC (${wizard.vpcId}).`
              : "The target group must be in the load balancer's VPC.",
        });
      }

      const ports = new Set<number>();
      wizard.listeners.forEach((listener, index) => {
        const path = ["listeners", index];
        if (ports.has(listener.port)) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "port"],
            message: `Port ${listener.port} is used by another listener.`,
          });
        }
        ports.add(listener.port);

        if (listener.protocol === "HTTPS") {
          if (!listener.certificateArn) {
            ctx.addIssue({
              code: "custom",
              path: [...path, "certificateArn"],
              message:
                "An HTTPS listener needs exactly one default certificate: choose an issued ACM certificate.",
            });
          } else {
            const problem = certificateProblem(listener.certificateArn, context.certificates);
            if (problem)
              ctx.addIssue({ code: "custom", path: [...path, "certificateArn"], message: problem });
          }
          if (!listener.sslPolicy) {
            ctx.addIssue({
              code: "custom",
              path: [...path, "sslPolicy"],
              message:
                "An HTTPS listener needs a security policy; ELBSecurityPolicy-TLS13-1-2-2021-06 is the recommended one.",
            });
          }
        } else if (listener.certificateArn) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "certificateArn"],
            message: "Only HTTPS listeners take a certificate.",
          });
        }

        const action = listener.defaultAction;
        if (action.type !== "redirect") return;
        const actionPath = [...path, "defaultAction"];
        if (listener.protocol === "HTTPS" && action.protocol === "HTTP") {
          ctx.addIssue({
            code: "custom",
            path: [...actionPath, "protocol"],
            message:
              "An HTTPS listener cannot redirect to HTTP: that would downgrade visitors to an unencrypted connection.",
          });
          return;
        }
        const toProtocol = action.protocol === "#{protocol}" ? listener.protocol : action.protocol;
        const toPort = action.port === "#{port}" ? listener.port : Number(action.port);
        const sameHost = action.host === "#{host}";
        if (
          sameHost &&
          toProtocol === listener.protocol &&
          toPort === listener.port &&
          action.path === "/#{path}"
        ) {
          ctx.addIssue({
            code: "custom",
            path: [...actionPath, "port"],
            message:
              "This redirect sends requests back to this same listener (a redirect loop). Change the protocol, port, host or path.",
          });
        } else if (sameHost && toProtocol === "HTTPS" && toPort !== listener.port) {
          const target = wizard.listeners.find((other) => other.port === toPort);
          if (!target || target.protocol !== "HTTPS")
            ctx.addIssue({
              code: "custom",
              path: [...actionPath, "port"],
              message: `Redirecting to HTTPS:${toPort} on the same host needs an HTTPS listener on port ${toPort} in this load balancer: add one.`,
            });
        }
      });
    });
}

export const createAlbWizardSchema = createAlbWizardSchemaFor();
export type CreateAlbWizardInput = z.infer<typeof createAlbWizardSchema>;

/** The load balancer attributes form. */
export const loadBalancerAttributesSchema = z
  .object({
    idleTimeoutSeconds: z.coerce
      .number({ error: "Enter the idle timeout as a number." })
      .int({ error: "The idle timeout must be a whole number of seconds." })
      .min(1, { error: "The idle timeout must be between 1 and 4000 seconds." })
      .max(4000, { error: "The idle timeout must be between 1 and 4000 seconds." })
      .default(60),
    clientKeepAliveSeconds: z.coerce
      .number({ error: "Enter the client keep-alive as a number." })
      .int({ error: "The client keep-alive must be a whole number of seconds." })
      .min(60, { error: "The client keep-alive must be between 60 and 604800 seconds (7 days)." })
      .max(604800, { error: "The client keep-alive must be between 60 and 604800 seconds (7 days)." })
      .default(3600),
    deletionProtection: formBoolean.default(false),
    accessLogs: z
      .object({
        enabled: formBoolean.default(false),
        bucket: z.string().trim().optional(),
        prefix: z
          .string()
          .trim()
          .optional()
          .refine(
            (prefix) =>
              !prefix || (!prefix.startsWith("/") && !prefix.endsWith("/") && !/AWSLogs/i.test(prefix)),
            {
              error: 'The log prefix cannot start or end with / and cannot contain "AWSLogs".',
            },
          ),
      })
      .default({ enabled: false }),
    desyncMitigationMode: z
      .enum(["monitor", "defensive", "strictest"], { error: "Choose monitor, defensive or strictest." })
      .default("defensive"),
    dropInvalidHeaderFields: formBoolean.default(false),
    http2Enabled: formBoolean.default(true),
    xffHeaderProcessingMode: z
      .enum(["append", "preserve", "remove"], { error: "Choose append, preserve or remove." })
      .default("append"),
    wafFailOpen: formBoolean.default(false),
  })
  .superRefine((attributes, ctx) => {
    if (attributes.accessLogs.enabled && !attributes.accessLogs.bucket) {
      ctx.addIssue({
        code: "custom",
        path: ["accessLogs", "bucket"],
        message: "Enter the S3 bucket the access logs go to (its policy must let the load balancer write).",
      });
    }
    if (
      attributes.accessLogs.bucket &&
      !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(attributes.accessLogs.bucket)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["accessLogs", "bucket"],
        message: "This is not a valid S3 bucket name.",
      });
    }
  });
export type LoadBalancerAttributesInput = z.infer<typeof loadBalancerAttributesSchema>;

/** The form's values as the ELBv2 attribute keys ModifyLoadBalancerAttributes takes. */
export function loadBalancerAttributesToAws(input: LoadBalancerAttributesInput): Attributes {
  return {
    "idle_timeout.timeout_seconds": String(input.idleTimeoutSeconds),
    "client_keep_alive.seconds": String(input.clientKeepAliveSeconds),
    "deletion_protection.enabled": String(input.deletionProtection),
    "access_logs.s3.enabled": String(input.accessLogs.enabled),
    ...(input.accessLogs.enabled
      ? {
          "access_logs.s3.bucket": input.accessLogs.bucket ?? "",
          "access_logs.s3.prefix": input.accessLogs.prefix ?? "",
        }
      : {}),
    "routing.http.desync_mitigation_mode": input.desyncMitigationMode,
    "routing.http.drop_invalid_header_fields.enabled": String(input.dropInvalidHeaderFields),
    "routing.http2.enabled": String(input.http2Enabled),
    "routing.http.xff_header_processing.mode": input.xffHeaderProcessingMode,
    "waf.fail_open.enabled": String(input.wafFailOpen),
  };
}
