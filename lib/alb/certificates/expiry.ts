import type { CertificateLike } from "@/lib/aws/acm/types";
import { DAY_MS, daysUntil } from "@/lib/time";

/**
 * Within this many days of NotAfter the console warns about a certificate. ACM starts renewing its own certificates
 * 60 days out, so one of those still this close usually lacks its validation record; an imported one is never renewed.
 */
export const EXPIRY_WARNING_DAYS = 30;

/** Whole days from `now` until the certificate expires (negative once expired). */
export function daysUntilExpiry(
  cert: Pick<CertificateLike, "notAfter">,
  now: Date | number,
): number | undefined {
  return daysUntil(cert.notAfter, now);
}

/** Certificates whose NotAfter falls within `days` of `now` (already expired ones included), soonest first. */
export function expiringWithin<T extends CertificateLike>(certs: T[], days: number, now: Date): T[] {
  const limit = now.getTime() + days * DAY_MS;
  return certs
    .filter((cert) => cert.notAfter !== undefined && Date.parse(cert.notAfter) <= limit)
    .sort((a, b) => Date.parse(a.notAfter ?? "") - Date.parse(b.notAfter ?? ""));
}

export interface ExpiryWarning {
  days: number;
  isImported: boolean;
  /** One sentence for the operator about to put the certificate on a listener. */
  message: string;
}

/**
 * Why a certificate about to be served needs a word before it goes on a listener: it expires within
 * EXPIRY_WARNING_DAYS (or has expired). An imported certificate is never renewed by ACM, so the listener would serve
 * an expired certificate unless a renewed one is imported; an ACM-issued one renews only while its DNS validation
 * record resolves. Undefined when the certificate is fine or its expiry is unknown.
 */
export function certificateExpiryWarning(
  cert: { domainName: string; notAfter?: string; type?: string },
  now: Date | number,
): ExpiryWarning | undefined {
  const days = daysUntilExpiry(cert, now);
  if (days === undefined || days > EXPIRY_WARNING_DAYS) return undefined;

  const isImported = cert.type === "IMPORTED";
  const date = cert.notAfter?.slice(0, 10) ?? "";
  const when =
    days < 0
      ? `expired on ${date}`
      : days === 0
        ? `expires today (${date})`
        : `expires in ${days} day${days === 1 ? "" : "s"} (${date})`;
  const message = isImported
    ? `${cert.domainName} ${when} and is imported: ACM never renews an imported certificate, so the listener will serve an expired certificate unless you import a renewed one before then.`
    : `${cert.domainName} ${when}: ACM renews it only while its DNS validation record is in place; check it on the certificate's page.`;
  return { days, isImported, message };
}
