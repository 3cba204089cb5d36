import { z } from "zod";

import { actionSchema, checkRedirectDowngrade } from "./alb-action";
import { portSchema } from "./target-group";

/** What the listener and rule forms need to know about ACM certificates in the ALB's region. */
export interface CertificateContext {
  /** ARN → ACM status ("ISSUED", "PENDING_VALIDATION", …) of every certificate in the region. */
  statuses: Record<string, string>;
}

const CERTIFICATE_STATUS_WORDS: Record<string, string> = {
  PENDING_VALIDATION:
    "is still waiting for its DNS validation record; create the CNAME and wait until ACM shows it as Issued",
  VALIDATION_TIMED_OUT: "was never validated (ACM gave up after 72 hours); request a new certificate",
  FAILED: "failed to be issued; request a new one",
  EXPIRED: "has expired; renew or import a new one",
  REVOKED: "has been revoked",
  INACTIVE: "is inactive",
};

/** Why this certificate cannot go on a listener, or undefined when it can. Moto accepts PENDING ones; AWS does not. */
export function certificateProblem(arn: string, context: CertificateContext | undefined): string | undefined {
  if (!context) return undefined;
  const status = context.statuses[arn];
  if (status === undefined) {
    return "This certificate is not in ACM in the load balancer's region. A listener can only use a certificate from its own region.";
  }
  if (status === "ISSUED") return undefined;
  return `This certificate ${CERTIFICATE_STATUS_WORDS[status] ?? `is ${status}`}. Only an issued certificate can be used on a listener.`;
}

const listenerFields = z.object({
  protocol: z.enum(["HTTP", "HTTPS"], { error: "An Application Load Balancer listens on HTTP or HTTPS." }),
  port: portSchema("listener port"),
  certificateArn: z.string().trim().optional(),
  sslPolicy: z.string().trim().optional(),
  defaultAction: actionSchema,
});

/**
 * The listener form. Pass the ACM certificate statuses of the region to reject certificates that
 * are not ISSUED (moto accepts a pending certificate; AWS refuses it), and the ports already used on
 * the load balancer to reject a duplicate.
 */
export function listenerSchemaFor(context: { certificates?: CertificateContext; usedPorts?: number[] } = {}) {
  return listenerFields.superRefine((listener, ctx) => {
    if (context.usedPorts?.includes(listener.port)) {
      ctx.addIssue({
        code: "custom",
        path: ["port"],
        message: `This load balancer already has a listener on port ${listener.port}.`,
      });
    }

    if (listener.protocol === "HTTPS") {
      if (!listener.certificateArn) {
        ctx.addIssue({
          code: "custom",
          path: ["certificateArn"],
          message:
            "An HTTPS listener needs exactly one default certificate: choose an issued ACM certificate.",
        });
      } else {
        const problem = certificateProblem(listener.certificateArn, context.certificates);
        if (problem) ctx.addIssue({ code: "custom", path: ["certificateArn"], message: problem });
      }
      if (!listener.sslPolicy) {
        ctx.addIssue({
          code: "custom",
          path: ["sslPolicy"],
          message:
            "An HTTPS listener needs a security policy; ELBSecurityPolicy-TLS13-1-2-2021-06 is the recommended one.",
        });
      }
    } else {
      if (listener.certificateArn) {
        ctx.addIssue({
          code: "custom",
          path: ["certificateArn"],
          message: "Only HTTPS listeners take a certificate.",
        });
      }
      if (listener.sslPolicy) {
        ctx.addIssue({
          code: "custom",
          path: ["sslPolicy"],
          message: "Only HTTPS listeners take a security policy.",
        });
      }
    }

    checkRedirectDowngrade(listener.protocol, listener.defaultAction, ctx, ["defaultAction"]);
    const action = listener.defaultAction;
    if (
      action.type === "redirect" &&
      (action.protocol === listener.protocol || action.protocol === "#{protocol}") &&
      (action.port === String(listener.port) || action.port === "#{port}") &&
      action.host === "#{host}" &&
      action.path === "/#{path}"
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultAction", "protocol"],
        message: `This redirect points back at this listener (${listener.protocol}:${listener.port}), which loops forever. Redirect to another protocol, port, host or path.`,
      });
    }
  });
}

/** The listener form without certificate context (certificates are only checked for presence). */
export const listenerSchema = listenerSchemaFor();
export type ListenerInput = z.infer<typeof listenerSchema>;

/** Extra (SNI) certificates for an HTTPS listener: issued, in the region, ≤ 25 beside the default. */
export function listenerCertificatesSchemaFor(
  context: { certificates?: CertificateContext; existingCount?: number } = {},
) {
  return z
    .object({
      certificateArns: z
        .array(z.string().trim().min(1))
        .min(1, { error: "Choose at least one certificate to add." }),
    })
    .superRefine((input, ctx) => {
      input.certificateArns.forEach((arn, index) => {
        const problem = certificateProblem(arn, context.certificates);
        if (problem) ctx.addIssue({ code: "custom", path: ["certificateArns", index], message: problem });
      });
      const total = (context.existingCount ?? 0) + input.certificateArns.length;
      if (total > 25) {
        ctx.addIssue({
          code: "custom",
          path: ["certificateArns"],
          message: `A load balancer can hold at most 25 certificates beside the default one; this would make ${total}.`,
        });
      }
    });
}
