import { z } from "zod";

const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** Why a certificate domain name is wrong, or undefined. A wildcard is allowed only as the whole leftmost label. */
export function certificateDomainProblem(name: string): string | undefined {
  if (name.length < 1 || name.length > 253) return "A domain name has 1 to 253 characters.";
  const labels = name.replace(/\.$/, "").split(".");
  if (labels.length < 2) return "Enter a fully qualified domain name, e.g. www.example.com.";
  for (const [index, label] of labels.entries()) {
    if (label === "*") {
      if (index !== 0) return "A wildcard (*) can only be the leftmost label, e.g. *.example.com.";
      continue;
    }
    if (label.includes("*")) return "A wildcard must be a whole label: *.example.com, not w*.example.com.";
    if (!LABEL.test(label)) {
      return `"${label}" is not a valid label: use letters, digits and hyphens (not at either end), at most 63 characters.`;
    }
  }
  return undefined;
}

const domainNameSchema = z
  .string({ error: "Enter a domain name." })
  .trim()
  .toLowerCase()
  .superRefine((name, ctx) => {
    const problem = certificateDomainProblem(name);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The "request a public certificate" form. */
export const certificateRequestSchema = z
  .object({
    domainName: domainNameSchema,
    subjectAlternativeNames: z
      .array(domainNameSchema)
      .max(9, {
        error:
          "A certificate can cover at most 10 names by default (the domain plus 9 more); ask AWS for a higher quota to add more.",
      })
      .default([]),
    validationMethod: z
      .enum(["DNS", "EMAIL"], { error: "Choose DNS (recommended) or email validation." })
      .default("DNS"),
    keyAlgorithm: z
      .enum(["RSA_2048", "RSA_3072", "RSA_4096", "EC_prime256v1", "EC_secp384r1"], {
        error: "Choose a key algorithm.",
      })
      .default("RSA_2048"),
  })
  .superRefine((request, ctx) => {
    const seen = new Set([request.domainName]);
    request.subjectAlternativeNames.forEach((name, index) => {
      if (seen.has(name)) {
        ctx.addIssue({
          code: "custom",
          path: ["subjectAlternativeNames", index],
          message: "This name is already on the certificate.",
        });
      }
      seen.add(name);
    });
  });
export type CertificateRequestInput = z.infer<typeof certificateRequestSchema>;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

const pem = (label: string, what: string) =>
  new RegExp(`-----BEGIN ${label}-----[\\s\\S]+?-----END ${label}-----`).test(what);

/** The "import a certificate" form. The private key is validated here but never echoed in a message. */
export const certificateImportSchema = z.object({
  certificate: z
    .string({ error: "Paste the certificate body (PEM)." })
    .trim()
    .min(1, { error: "Paste the certificate body (PEM)." })
    .refine((text) => pem("CERTIFICATE", text), {
      error: "The certificate must be PEM-encoded: it starts with -----BEGIN CERTIFICATE-----.",
    })
    .refine((text) => byteLength(text) <= 32 * 1024, { error: "The certificate body can be at most 32 KB." }),
  privateKey: z
    .string({ error: "Paste the private key (PEM)." })
    .trim()
    .min(1, { error: "Paste the private key (PEM)." })
    .refine((text) => !/ENCRYPTED/.test(text), {
      error: "The private key is encrypted with a passphrase; ACM needs the unencrypted key.",
    })
    .refine((text) => pem("(?:RSA |EC )?PRIVATE KEY", text), {
      error:
        "The private key must be PEM-encoded: it starts with -----BEGIN PRIVATE KEY----- (or RSA/EC PRIVATE KEY).",
    })
    .refine((text) => byteLength(text) <= 5120, { error: "The private key can be at most 5 KB." }),
  certificateChain: z
    .string()
    .trim()
    .optional()
    .transform((text) => text || undefined)
    .refine((text) => text === undefined || pem("CERTIFICATE", text), {
      error: "The chain must be PEM certificates, each starting with -----BEGIN CERTIFICATE-----.",
    })
    .refine((text) => text === undefined || byteLength(text) <= 2 * 1024 * 1024, {
      error: "The chain can be at most 2 MB.",
    }),
});
export type CertificateImportInput = z.infer<typeof certificateImportSchema>;
