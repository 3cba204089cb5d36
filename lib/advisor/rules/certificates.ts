import { daysUntilExpiry, hostCoveredBy } from "@/lib/alb/certificates/coverage";
import { EXPIRY_WARNING_DAYS } from "@/lib/alb/certificates/expiry";
import type { AlbConfig } from "@/lib/alb/types";
import type { CertificateSummary } from "@/lib/aws/acm/types";
import { normalizeName } from "@/lib/route53/names";

import { defineAlbRule, defineRule, snapshotTime } from "../define-rule";
import { certificateRef, loadBalancerRef, zoneRef } from "../refs";
import type { AdvisorSnapshot } from "../types";

// ACM certificates: status, expiry, use, validation records and whether they cover the names that are routed.

function certificatesOf(config: AlbConfig, snapshot: AdvisorSnapshot): CertificateSummary[] {
  const known = new Map(
    [...snapshot.certificates, ...(config.certificates ?? [])].map((cert) => [cert.arn, cert] as const),
  );
  const arns = new Set(config.listeners.flatMap((l) => l.certificates.map((cert) => cert.certificateArn)));
  return [...arns].flatMap((arn) => known.get(arn) ?? []);
}

const STATUS_WORDS = (cert: CertificateSummary) => cert.status.toLowerCase().replace(/_/g, " ");

export const certificateNotIssuedInUse = defineAlbRule(
  {
    id: "acm-certificate-not-issued-in-use",
    severity: "critical",
    service: "acm",
    summary: "A listener uses a certificate that is not issued (pending, expired, revoked…)",
  },
  (config, snapshot) =>
    certificatesOf(config, snapshot)
      .filter((cert) => cert.status !== "ISSUED")
      .map((cert) => ({
        subject: `${config.loadBalancer.arn}:${cert.arn}`,
        title: `${config.loadBalancer.name} uses the certificate for ${cert.domainName}, which is ${STATUS_WORDS(cert)}`,
        explanation:
          cert.status === "PENDING_VALIDATION"
            ? "It is not validated yet (the DNS validation CNAME is probably missing); AWS refuses a pending certificate on a listener, and browsers get no valid certificate for it."
            : "Browsers reject a certificate that is not valid, so HTTPS users see a security error instead of the site.",
        recommendation:
          cert.status === "PENDING_VALIDATION"
            ? "Create the validation CNAME record(s) shown on the certificate page."
            : "Request or import a new certificate and put it on the listener.",
        resources: [certificateRef(cert), loadBalancerRef(config.loadBalancer)],
      })),
);

export const certificateExpiringInUse = defineAlbRule(
  {
    id: "acm-certificate-expiring-in-use",
    severity: "critical",
    service: "acm",
    summary: `A certificate in use expires within ${EXPIRY_WARNING_DAYS} days`,
  },
  (config, snapshot) =>
    certificatesOf(config, snapshot).flatMap((cert) => {
      const days = daysUntilExpiry(cert, snapshotTime(snapshot));
      if (cert.status !== "ISSUED" || days === undefined || days > EXPIRY_WARNING_DAYS) return [];
      return [
        {
          subject: cert.arn,
          title: `Certificate for ${cert.domainName} on ${config.loadBalancer.name} expires in ${days} day${days === 1 ? "" : "s"}`,
          explanation:
            cert.type === "IMPORTED"
              ? "It is imported, so ACM never renews it; on expiry every HTTPS client gets a certificate error."
              : "ACM starts renewing 60 days before expiry and only succeeds while the validation CNAME is in place; this close to expiry renewal is failing, and on expiry HTTPS clients get a certificate error.",
          recommendation:
            cert.type === "IMPORTED"
              ? "Re-import a renewed certificate over it (same ARN)."
              : "Check that the validation record exists (certificate page).",
          resources: [certificateRef(cert), loadBalancerRef(config.loadBalancer)],
        },
      ];
    }),
);

export const importedInUse = defineAlbRule(
  {
    id: "acm-imported-certificate-in-use",
    severity: "info",
    service: "acm",
    summary: "A listener uses an imported certificate (never renewed automatically)",
  },
  (config, snapshot) =>
    certificatesOf(config, snapshot)
      .filter((cert) => cert.type === "IMPORTED" && cert.status === "ISSUED")
      .map((cert) => ({
        subject: cert.arn,
        title: `Certificate for ${cert.domainName} is imported`,
        explanation: "ACM never renews imported certificates; someone has to re-import it before it expires.",
        resources: [certificateRef(cert), loadBalancerRef(config.loadBalancer)],
      })),
);

export const certificateUnused = defineRule(
  {
    id: "acm-certificate-unused",
    severity: "info",
    service: "acm",
    summary: "Issued certificate attached to nothing",
  },
  (snapshot) => {
    const attached = new Set(
      snapshot.loadBalancers.flatMap((config) =>
        config.listeners.flatMap((listener) => listener.certificates.map((cert) => cert.certificateArn)),
      ),
    );
    return snapshot.certificates
      .filter((cert) => cert.status === "ISSUED" && cert.inUseBy.length === 0 && !attached.has(cert.arn))
      .map((cert) => ({
        subject: cert.arn,
        title: `Certificate for ${cert.domainName} is issued but attached to nothing`,
        explanation:
          "No load balancer (or other AWS service) uses it, so it protects nothing; while it stays, ACM keeps renewing it and it clutters the choice when attaching certificates.",
        recommendation: "Attach it to the listener it was requested for, or delete it.",
        resources: [certificateRef(cert)],
      }));
  },
);

export const pendingWithoutValidationRecord = defineRule(
  {
    id: "acm-pending-without-validation-record",
    severity: "warning",
    service: "acm",
    summary: "Certificate pending DNS validation with no validation CNAME in any hosted zone",
  },
  (snapshot) => {
    const cnames = new Set(
      snapshot.zones.flatMap((zone) =>
        zone.records
          .filter((record) => record.Type === "CNAME")
          .map((record) => normalizeName(record.Name ?? "")),
      ),
    );
    return snapshot.certificates
      .filter((cert) => cert.status === "PENDING_VALIDATION")
      .flatMap((cert) => {
        const missing = [
          ...new Set(
            cert.domainValidations
              .filter((validation) => validation.validationMethod !== "EMAIL" && validation.resourceRecord)
              .map((validation) => normalizeName(validation.resourceRecord?.name ?? "")),
          ),
        ].filter((name) => !cnames.has(name));
        if (missing.length === 0) return [];
        const zone = snapshot.zones
          .filter((candidate) => !candidate.zone.isPrivate)
          .find((candidate) => missing.some((name) => name.endsWith(normalizeName(candidate.zone.name))));
        return [
          {
            subject: cert.arn,
            title: `Certificate for ${cert.domainName} waits for validation records no hosted zone has`,
            explanation: `ACM issues it only once it finds the CNAME${missing.length === 1 ? "" : "s"} ${missing.join(", ")} in public DNS; none of the account's zones has ${missing.length === 1 ? "it" : "them"}, so it will time out after 72 hours and can never be put on a listener.`,
            recommendation: "Create the validation records from the certificate page.",
            resources: [certificateRef(cert), ...(zone ? [zoneRef(zone.zone)] : [])],
          },
        ];
      });
  },
);

function routedHosts(config: AlbConfig): { host: string; fromRule: boolean }[] {
  const ruleHosts = config.listeners
    .filter((listener) => listener.protocol === "HTTPS")
    .flatMap((listener) => listener.rules.flatMap((rule) => rule.conditions))
    .flatMap((condition) => (condition.field === "host-header" ? condition.values : []));
  const aliasHosts = (config.aliasRecords ?? []).map((record) => record.name);
  const seen = new Map<string, boolean>();
  for (const host of ruleHosts) seen.set(normalizeName(host).replace(/\.$/, ""), true);
  for (const host of aliasHosts) {
    const key = normalizeName(host).replace(/\.$/, "");
    if (!seen.has(key)) seen.set(key, false);
  }
  return [...seen].map(([host, fromRule]) => ({ host, fromRule }));
}

/** A wildcard certificate of the ALB whose base domain the host ends with, though it does not cover it. */
function nearMissWildcard(host: string, certs: CertificateSummary[]): string | undefined {
  return certs
    .flatMap((cert) => [cert.domainName, ...cert.subjectAlternativeNames])
    .find((name) => name.startsWith("*.") && (host === name.slice(2) || host.endsWith(name.slice(1))));
}

function uncoveredHostFindings(config: AlbConfig, snapshot: AdvisorSnapshot, wildcard: boolean) {
  if (!config.listeners.some((listener) => listener.protocol === "HTTPS")) return [];
  const certs = certificatesOf(config, snapshot);
  if (certs.length === 0) return [];
  return routedHosts(config).flatMap(({ host, fromRule }) => {
    if (certs.some((cert) => hostCoveredBy(host, cert))) return [];
    const nearMiss = nearMissWildcard(host, certs);
    if (wildcard !== (fromRule && nearMiss !== undefined)) return [];
    return [{ host, nearMiss }];
  });
}

export const wildcardMissesRoutedHost = defineAlbRule(
  {
    id: "acm-wildcard-misses-routed-host",
    severity: "warning",
    service: "acm",
    summary: "A wildcard certificate does not cover a host that a listener rule routes",
  },
  (config, snapshot) =>
    uncoveredHostFindings(config, snapshot, true).map(({ host, nearMiss }) => ({
      subject: `${config.loadBalancer.arn}:${host}`,
      title: `${nearMiss} does not cover ${host}, which a rule of ${config.loadBalancer.name} routes`,
      explanation: `A wildcard covers exactly one leftmost label (${nearMiss} covers a.${nearMiss?.slice(2)}, not a.b.${nearMiss?.slice(2)} nor ${nearMiss?.slice(2)} itself), so HTTPS clients asking for ${host} get the default certificate and a name-mismatch error.`,
      recommendation: `Add a certificate (or a SAN) for ${host}.`,
      resources: [loadBalancerRef(config.loadBalancer)],
    })),
);

export const hostNotCovered = defineAlbRule(
  {
    id: "acm-host-not-covered",
    severity: "warning",
    service: "acm",
    summary: "No certificate of the load balancer covers a name that points at it or that it routes",
  },
  (config, snapshot) =>
    uncoveredHostFindings(config, snapshot, false).map(({ host }) => ({
      subject: `${config.loadBalancer.arn}:${host}`,
      title: `No certificate on ${config.loadBalancer.name} covers ${host}`,
      explanation:
        "The load balancer picks a certificate by SNI and falls back to the default one, so HTTPS clients asking for this name get a name-mismatch error.",
      recommendation: `Add a certificate for ${host} to the HTTPS listener.`,
      resources: [loadBalancerRef(config.loadBalancer)],
    })),
);

export const CERTIFICATE_RULES = [
  certificateNotIssuedInUse,
  certificateExpiringInUse,
  importedInUse,
  certificateUnused,
  pendingWithoutValidationRecord,
  wildcardMissesRoutedHost,
  hostNotCovered,
];
