import type { CertificateLike } from "@/lib/aws/acm/types";

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/** Whether one certificate name (maybe a wildcard) covers a host: `*.a.com` covers `x.a.com` only. */
export function nameCovers(certName: string, host: string): boolean {
  const pattern = normalise(certName);
  const target = normalise(host);
  if (!pattern.startsWith("*.")) return pattern === target;
  const suffix = pattern.slice(1);
  if (!target.endsWith(suffix)) return false;
  const label = target.slice(0, target.length - suffix.length);
  return label.length > 0 && !label.includes(".");
}

/** Whether the certificate's domain name or one of its SANs covers the host (case-insensitive). */
export function hostCoveredBy(host: string, cert: CertificateLike): boolean {
  return [cert.domainName, ...cert.subjectAlternativeNames].some((name) => nameCovers(name, host));
}

/** The hosts no certificate covers. A host-header rule's wildcard hosts are checked as written. */
export function uncoveredHosts(hosts: string[], certs: CertificateLike[]): string[] {
  return [...new Set(hosts.map(normalise))].filter(
    (host) => !certs.some((cert) => hostCoveredBy(host, cert)),
  );
}

/** Certificates whose NotAfter falls within `days` of `now` (already expired ones included), soonest first. */
export function expiringWithin<T extends CertificateLike>(certs: T[], days: number, now: Date): T[] {
  const limit = now.getTime() + days * 86_400_000;
  return certs
    .filter((cert) => cert.notAfter !== undefined && Date.parse(cert.notAfter) <= limit)
    .sort((a, b) => Date.parse(a.notAfter ?? "") - Date.parse(b.notAfter ?? ""));
}

/** Whole days from `now` until the certificate expires (negative once expired). */
export function daysUntilExpiry(cert: CertificateLike, now: Date): number | undefined {
  if (!cert.notAfter) return undefined;
  return Math.floor((Date.parse(cert.notAfter) - now.getTime()) / 86_400_000);
}
