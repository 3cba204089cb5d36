/** Plain ACM domain types returned by lib/aws/acm. */

export type CertificateStatus =
  | "PENDING_VALIDATION"
  | "ISSUED"
  | "INACTIVE"
  | "EXPIRED"
  | "VALIDATION_TIMED_OUT"
  | "REVOKED"
  | "FAILED"
  | "UNKNOWN";

export type CertificateType = "AMAZON_ISSUED" | "IMPORTED" | "PRIVATE" | "UNKNOWN";

export interface ValidationRecord {
  name: string;
  type: string;
  value: string;
}

export interface DomainValidation {
  domainName: string;
  validationMethod?: "DNS" | "EMAIL" | "HTTP";
  validationStatus?: "PENDING_VALIDATION" | "SUCCESS" | "FAILED";
  resourceRecord?: ValidationRecord;
}

export interface CertificateSummary {
  arn: string;
  domainName: string;
  subjectAlternativeNames: string[];
  status: CertificateStatus;
  type: CertificateType;
  /** ISO 8601. */
  notBefore?: string;
  notAfter?: string;
  inUseBy: string[];
  keyAlgorithm?: string;
  failureReason?: string;
  renewalEligibility?: string;
  renewalStatus?: string;
  domainValidations: DomainValidation[];
}

/** What coverage and expiry checks need: a subset so tests and callers can pass partial data. */
export type CertificateLike = Pick<CertificateSummary, "domainName" | "subjectAlternativeNames"> &
  Partial<Pick<CertificateSummary, "arn" | "status" | "notAfter" | "type">>;

export type KeyAlgorithm = "RSA_2048" | "RSA_3072" | "RSA_4096" | "EC_prime256v1" | "EC_secp384r1";
