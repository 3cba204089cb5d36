import "server-only";

import {
  DeleteCertificateCommand,
  ImportCertificateCommand,
  RequestCertificateCommand,
} from "@aws-sdk/client-acm";

import { clients } from "../clients";
import { AwsError, callAws } from "../errors";
import type { KeyAlgorithm } from "./types";

export interface RequestCertificateParams {
  domainName: string;
  subjectAlternativeNames?: string[];
  validationMethod?: "DNS" | "EMAIL";
  keyAlgorithm?: KeyAlgorithm;
  tags?: Record<string, string>;
  /** ACM's IdempotencyToken (≤ 32 characters, \w+): a repeat within one hour returns the same certificate. */
  idempotencyToken?: string;
}

function tagsToSdk(tags: Record<string, string> | undefined) {
  const list = Object.entries(tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
  return list.length ? list : undefined;
}

/** Requests a public certificate (DNS validation by default); returns its ARN. */
export async function requestCertificate(region: string, params: RequestCertificateParams): Promise<string> {
  const sans = (params.subjectAlternativeNames ?? []).filter((name) => name !== params.domainName);
  const response = await callAws("request the certificate", () =>
    clients.acm(region).send(
      new RequestCertificateCommand({
        DomainName: params.domainName,
        SubjectAlternativeNames: sans.length ? [params.domainName, ...sans] : undefined,
        ValidationMethod: params.validationMethod ?? "DNS",
        KeyAlgorithm: params.keyAlgorithm,
        Tags: tagsToSdk(params.tags),
        IdempotencyToken: params.idempotencyToken,
      }),
    ),
  );
  if (!response.CertificateArn) {
    throw new AwsError({
      kind: "unknown",
      code: "EmptyResponse",
      message: "AWS did not return the new certificate.",
    });
  }
  return response.CertificateArn;
}

export interface ImportCertificateParams {
  /** PEM. */
  certificate: string;
  /** PEM. Secret: never logged, never returned, never put in an error message. */
  privateKey: string;
  certificateChain?: string;
  /** Re-import over an existing certificate (keeps the ARN, so listeners pick up the new one). */
  certificateArn?: string;
}

const encoder = new TextEncoder();

/** Imports (or re-imports) a certificate; returns its ARN. The private key is never logged. */
export async function importCertificate(region: string, params: ImportCertificateParams): Promise<string> {
  try {
    const response = await clients.acm(region).send(
      new ImportCertificateCommand({
        CertificateArn: params.certificateArn,
        Certificate: encoder.encode(params.certificate),
        PrivateKey: encoder.encode(params.privateKey),
        CertificateChain: params.certificateChain ? encoder.encode(params.certificateChain) : undefined,
      }),
    );
    if (!response.CertificateArn) {
      throw new AwsError({
        kind: "unknown",
        code: "EmptyResponse",
        message: "AWS did not return the imported certificate.",
      });
    }
    return response.CertificateArn;
  } catch (error) {
    // Map without the SDK's message or the request input: either could echo key material.
    const code =
      (typeof error === "object" &&
        error !== null &&
        "name" in error &&
        typeof error.name === "string" &&
        error.name) ||
      "UnknownError";
    if (error instanceof AwsError) throw error;
    const requestId = (error as { $metadata?: { requestId?: string } }).$metadata?.requestId;
    console.error(`[aws] import the certificate failed: ${code} request=${requestId ?? "-"}`);
    throw new AwsError({
      kind: /Validation|Invalid|LimitExceeded/.test(code)
        ? "validation"
        : /AccessDenied/.test(code)
          ? "access-denied"
          : "unknown",
      code,
      message: `AWS refused to import the certificate (${code}). Check that the certificate, key and chain are PEM-encoded, match each other, and that the key is not encrypted.`,
      requestId,
    });
  }
}

/** Deletes a certificate (fails with ResourceInUseException while a listener uses it). */
export async function deleteCertificate(region: string, arn: string): Promise<void> {
  await callAws("delete the certificate", () =>
    clients.acm(region).send(new DeleteCertificateCommand({ CertificateArn: arn })),
  );
}
