import type { CertificateSummary } from "@/lib/aws/acm/types";

/** What the certificate page polls while validation is pending: the status and each domain's validation status. */
export interface CertificateProgress {
  status: CertificateSummary["status"];
  domains: { domainName: string; validationStatus: string }[];
}

/** The progress of a certificate as the page shows it. */
export function certificateProgress(cert: CertificateSummary): CertificateProgress {
  return {
    status: cert.status,
    domains: cert.domainValidations.map((validation) => ({
      domainName: validation.domainName,
      validationStatus: validation.validationStatus ?? "PENDING_VALIDATION",
    })),
  };
}

/** A stable key: two progresses with the same key show the same page. */
export function progressKey(progress: CertificateProgress): string {
  return JSON.stringify([
    progress.status,
    ...progress.domains.map((domain) => `${domain.domainName}=${domain.validationStatus}`).sort(),
  ]);
}
