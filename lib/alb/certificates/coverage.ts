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

// Expiry lives in ./expiry; re-exported for the callers that read it from here.
export { daysUntilExpiry } from "./expiry";
