import { isLegacySslPolicyName } from "@/lib/aws/elbv2/ssl-policy-order";

import { daysUntilExpiry, uncoveredHosts } from "../certificates/coverage";
import { allActions, listenerName } from "../config-queries";
import type { AlbConfig, Finding } from "../types";

// Listeners (HTTP without a redirect, legacy policies…) and their certificates.

function redirectsToHttps(config: AlbConfig, listenerIndex: number): boolean {
  const listener = config.listeners[listenerIndex];
  const action = listener?.defaultActions.find((candidate) => candidate.spec);
  return action?.spec?.type === "redirect" && action.spec.protocol === "HTTPS";
}

export function listenerFindings(config: AlbConfig): Finding[] {
  const findings: Finding[] = [];
  config.listeners.forEach((listener, index) => {
    if (
      listener.protocol === "HTTP" &&
      config.loadBalancer.scheme === "internet-facing" &&
      !redirectsToHttps(config, index)
    ) {
      findings.push({
        id: `http-without-redirect:${listener.port}`,
        severity: "warning",
        title: `HTTP listener on port ${listener.port} serves traffic unencrypted`,
        detail: "Its default action does not redirect to HTTPS.",
        fix: "Change the default action to a 301 redirect to HTTPS:443.",
        resource: listener.arn,
      });
    }
    if (listener.protocol === "HTTPS" && listener.sslPolicy && isLegacySslPolicyName(listener.sslPolicy)) {
      findings.push({
        id: `legacy-tls:${listener.port}`,
        severity: "warning",
        title: `${listenerName(listener)} uses the legacy policy ${listener.sslPolicy}`,
        detail: "It accepts TLS 1.0/1.1 or weak ciphers.",
        fix: "Switch to ELBSecurityPolicy-TLS13-1-2-2021-06 (TLS 1.3 with 1.2 fallback).",
        resource: listener.arn,
      });
    }
    for (const action of allActions(listener)) {
      if (action.spec?.type === "forward" && action.spec.targetGroups.length >= 5) {
        findings.push({
          id: `forward-quota:${listener.port}`,
          severity: "info",
          title: `A forward action on ${listenerName(listener)} uses all 5 target-group slots`,
          detail: "No more target groups can be added to this weighted forward.",
          resource: listener.arn,
        });
      }
    }
  });

  const ruleCount = config.listeners.reduce(
    (sum, listener) => sum + listener.rules.filter((rule) => !rule.isDefault).length,
    0,
  );
  if (ruleCount >= 80) {
    findings.push({
      id: "rules-quota",
      severity: ruleCount >= 100 ? "critical" : "warning",
      title: `${ruleCount} of 100 rules used`,
      detail: "An ALB holds at most 100 rules (excluding default rules) unless the quota is raised.",
    });
  }
  const certCount = Math.max(
    0,
    ...config.listeners.map((listener) => listener.certificates.filter((cert) => !cert.isDefault).length),
  );
  if (certCount >= 20) {
    findings.push({
      id: "certificates-quota",
      severity: certCount >= 25 ? "critical" : "warning",
      title: `${certCount} of 25 extra certificates on one listener`,
      detail: "An ALB holds at most 25 certificates beside the default one unless the quota is raised.",
    });
  }
  return findings;
}

export function certificateFindings(config: AlbConfig, now: Date): Finding[] {
  const findings: Finding[] = [];
  const used = new Set(
    config.listeners.flatMap((listener) => listener.certificates.map((cert) => cert.certificateArn)),
  );
  const certs = (config.certificates ?? []).filter((cert) => used.has(cert.arn));

  for (const cert of certs) {
    if (cert.status !== "ISSUED") {
      const pending = cert.status === "PENDING_VALIDATION";
      findings.push({
        id: `certificate-status:${cert.arn}`,
        severity: "critical",
        title: `Certificate for ${cert.domainName} is ${cert.status.toLowerCase().replace(/_/g, " ")}`,
        detail: pending
          ? "It is not validated yet: the DNS validation CNAME is probably missing. AWS refuses a pending certificate on a listener."
          : "Browsers will reject the connection.",
        fix: pending
          ? "Create the validation CNAME record(s) shown on the certificate page."
          : "Request or import a new certificate.",
        resource: cert.arn,
      });
      continue;
    }
    const days = daysUntilExpiry(cert, now);
    if (days !== undefined && days <= 30) {
      findings.push({
        id: `certificate-expiry:${cert.arn}`,
        severity: days <= 7 ? "critical" : "warning",
        title: `Certificate for ${cert.domainName} expires in ${days} day${days === 1 ? "" : "s"}`,
        detail:
          cert.type === "IMPORTED"
            ? "It is imported, so ACM will not renew it."
            : "ACM renews DNS-validated certificates automatically only while the validation CNAME is still in place.",
        fix:
          cert.type === "IMPORTED"
            ? "Re-import a renewed certificate over it (same ARN)."
            : "Check the validation record exists.",
        resource: cert.arn,
      });
    }
    if (cert.type === "IMPORTED") {
      findings.push({
        id: `certificate-imported:${cert.arn}`,
        severity: "info",
        title: `Certificate for ${cert.domainName} is imported`,
        detail: "Imported certificates never renew automatically.",
        resource: cert.arn,
      });
    }
  }

  const hosts = [
    ...(config.aliasRecords ?? []).map((record) => record.name),
    ...config.listeners
      .filter((listener) => listener.protocol === "HTTPS")
      .flatMap((listener) => listener.rules.flatMap((rule) => rule.conditions))
      .flatMap((condition) => (condition.field === "host-header" ? condition.values : [])),
  ];
  const hasHttps = config.listeners.some((listener) => listener.protocol === "HTTPS");
  if (hasHttps && config.certificates) {
    for (const host of uncoveredHosts(hosts, certs)) {
      findings.push({
        id: `certificate-coverage:${host}`,
        severity: "warning",
        title: `No certificate on the load balancer covers ${host}`,
        detail: "HTTPS clients asking for this name get the default certificate and a name-mismatch error.",
        fix: `Add a certificate for ${host} (a wildcard covers one label only).`,
      });
    }
  }
  return findings;
}
