import "server-only";

import type { CertificateDetail } from "@aws-sdk/client-acm";
import { DescribeCertificateCommand, paginateListCertificates } from "@aws-sdk/client-acm";

import { clients } from "../clients";
import { callAws, toAwsError } from "../errors";
import { undefinedWhenMissing } from "../when-missing";
import type { CertificateSummary, DomainValidation, ValidationRecord } from "./types";

const STATUSES = new Set([
  "PENDING_VALIDATION",
  "ISSUED",
  "INACTIVE",
  "EXPIRED",
  "VALIDATION_TIMED_OUT",
  "REVOKED",
  "FAILED",
]);
const TYPES = new Set(["AMAZON_ISSUED", "IMPORTED", "PRIVATE"]);

export function toCertificateSummary(detail: CertificateDetail): CertificateSummary {
  const status = detail.Status ?? "UNKNOWN";
  const type = detail.Type ?? "UNKNOWN";
  return {
    arn: detail.CertificateArn ?? "",
    domainName: detail.DomainName ?? "",
    subjectAlternativeNames: detail.SubjectAlternativeNames ?? (detail.DomainName ? [detail.DomainName] : []),
    status: STATUSES.has(status) ? status : "UNKNOWN",
    type: TYPES.has(type) ? type : "UNKNOWN",
    notBefore: detail.NotBefore?.toISOString(),
    notAfter: detail.NotAfter?.toISOString(),
    inUseBy: detail.InUseBy ?? [],
    keyAlgorithm: detail.KeyAlgorithm,
    failureReason: detail.FailureReason,
    renewalEligibility: detail.RenewalEligibility,
    renewalStatus: detail.RenewalSummary?.RenewalStatus,
    domainValidations: (detail.DomainValidationOptions ?? []).map((option): DomainValidation => ({
      domainName: option.DomainName ?? "",
      validationMethod: option.ValidationMethod,
      validationStatus: option.ValidationStatus,
      ...(option.ResourceRecord
        ? {
            resourceRecord: {
              name: option.ResourceRecord.Name ?? "",
              type: option.ResourceRecord.Type ?? "CNAME",
              value: option.ResourceRecord.Value ?? "",
            },
          }
        : {}),
    })),
  };
}

/** One certificate with its validation records, or undefined when it does not exist. */
export async function getCertificate(region: string, arn: string): Promise<CertificateSummary | undefined> {
  const response = await undefinedWhenMissing(() =>
    callAws("read the certificate", () =>
      clients.acm(region).send(new DescribeCertificateCommand({ CertificateArn: arn })),
    ),
  );
  return response?.Certificate ? toCertificateSummary(response.Certificate) : undefined;
}

/** Every certificate of the region (all statuses), each described in full. */
export async function listCertificates(region: string): Promise<CertificateSummary[]> {
  const arns = await listCertificateArns(region);
  const details = await Promise.all(arns.map((arn) => getCertificate(region, arn)));
  return details.filter((cert): cert is CertificateSummary => cert !== undefined);
}

/** The ARNs of every certificate of the region (all key types), without describing them. */
export async function listCertificateArns(region: string): Promise<string[]> {
  const arns: string[] = [];
  try {
    for await (const page of paginateListCertificates(
      { client: clients.acm(region) },
      {
        // Without this filter ListCertificates leaves out RSA_3072+/EC keys.
        Includes: {
          keyTypes: [
            "RSA_1024",
            "RSA_2048",
            "RSA_3072",
            "RSA_4096",
            "EC_prime256v1",
            "EC_secp384r1",
            "EC_secp521r1",
          ],
        },
      },
    )) {
      for (const summary of page.CertificateSummaryList ?? [])
        if (summary.CertificateArn) arns.push(summary.CertificateArn);
    }
  } catch (error) {
    throw toAwsError(error, "list the certificates");
  }
  return arns;
}

/**
 * The DNS validation CNAMEs to create, de-duplicated by name: `*.x` and `x` share one record.
 * Empty while ACM has not generated them yet (a few seconds after the request).
 */
export function validationRecords(cert: CertificateSummary): ValidationRecord[] {
  const byName = new Map<string, ValidationRecord>();
  for (const validation of cert.domainValidations) {
    const record = validation.resourceRecord;
    if (record && !byName.has(record.name.toLowerCase())) byName.set(record.name.toLowerCase(), record);
  }
  return [...byName.values()];
}
