import { isLegacySslPolicyName } from "@/lib/aws/elbv2/ssl-policy-order";

import { daysUntilExpiry, uncoveredHosts } from "./certificates/coverage";
import {
  allActions,
  booleanAttribute,
  forwardedTargetGroupArns,
  idleTimeoutSeconds,
  listenerName,
  registeredTargets,
} from "./config-queries";
import { aclsBlockingEphemeralPorts, groupsAdmit, loadBalancerGroups, unreachableTargets } from "./network";
import type { AlbConfig, Finding, Severity } from "./types";

const ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const RESERVED_COOKIE = /^(AWSALB|AWSALBAPP|AWSALBTG)/i;

function availabilityFindings(config: AlbConfig): Finding[] {
  const findings: Finding[] = [];
  const zones = new Set(config.loadBalancer.availabilityZones.map((az) => az.zoneName));
  if (zones.size < 2) {
    findings.push({
      id: "single-az",
      severity: "critical",
      title: `The load balancer is in ${zones.size} Availability Zone${zones.size === 1 ? "" : "s"}`,
      detail:
        "An Application Load Balancer needs subnets in at least two Availability Zones to survive a zone failure (AWS requires it; the emulator does not check).",
      fix: "Add a subnet in a second Availability Zone (Edit subnets).",
    });
  }
  if (config.loadBalancer.scheme === "internet-facing") {
    const lbSubnets = new Set(config.loadBalancer.availabilityZones.map((az) => az.subnetId));
    for (const subnet of config.subnets ?? []) {
      if (lbSubnets.has(subnet.id) && !subnet.isPublic) {
        findings.push({
          id: `private-subnet:${subnet.id}`,
          severity: "critical",
          title: `Subnet ${subnet.name ?? subnet.id} (${subnet.availabilityZone}) has no route to an internet gateway`,
          detail:
            "An internet-facing load balancer's nodes in this subnet cannot be reached from the internet.",
          fix: "Use a public subnet (route 0.0.0.0/0 → igw-…) in that zone.",
          resource: subnet.id,
        });
      }
    }
  }
  return findings;
}

function networkFindings(config: AlbConfig): Finding[] {
  const findings: Finding[] = [];
  const lbGroups = loadBalancerGroups(config);
  if (config.securityGroups && lbGroups.length > 0) {
    for (const listener of config.listeners) {
      const isPublic = config.loadBalancer.scheme === "internet-facing";
      const admitted = isPublic
        ? groupsAdmit(lbGroups, listener.port, { fromAnywhere: true })
        : groupsAdmit(lbGroups, listener.port, {
            anyCidr: true,
            sourceGroupIds: config.securityGroups.map((g) => g.id),
          });
      if (!admitted) {
        findings.push({
          id: `lb-sg-port:${listener.port}`,
          severity: "critical",
          title: `The load balancer's security groups do not admit port ${listener.port}`,
          detail: `Clients cannot reach the ${listenerName(listener)} listener${isPublic ? " from the internet (no rule from 0.0.0.0/0)" : ""}.`,
          fix: `Add an inbound rule for TCP ${listener.port} to ${config.loadBalancer.securityGroupIds[0] ?? "the load balancer's security group"}.`,
          resource: listener.arn,
        });
      }
    }
  }

  for (const group of config.targetGroups) {
    for (const problem of unreachableTargets(config, group)) {
      findings.push({
        id: `target-sg:${group.name}:${problem.targetId}:${problem.port}`,
        severity: "critical",
        title: `${problem.targetId} does not admit the load balancer on ${problem.kind} port ${problem.port}`,
        detail: `Its security groups (${problem.groupIds.join(", ")}) have no inbound rule for TCP ${problem.port} from the load balancer's security group.`,
        fix: `Allow TCP ${problem.port} from ${config.loadBalancer.securityGroupIds[0] ?? "the load balancer's security group"}.`,
        resource: problem.targetId,
      });
    }
  }

  for (const problem of aclsBlockingEphemeralPorts(config)) {
    findings.push({
      id: `nacl-ephemeral:${problem.aclId}:${problem.direction}`,
      severity: "warning",
      title: `Network ACL ${problem.aclId} blocks ${problem.direction} ephemeral ports (e.g. ${problem.port})`,
      detail:
        "Network ACLs are stateless; return traffic on 1024–65535 must be allowed or connections time out (504).",
      fix: `Allow TCP 1024–65535 ${problem.direction}.`,
      resource: problem.aclId,
    });
  }
  return findings;
}

function redirectsToHttps(config: AlbConfig, listenerIndex: number): boolean {
  const listener = config.listeners[listenerIndex];
  const action = listener?.defaultActions.find((candidate) => candidate.spec);
  return action?.spec?.type === "redirect" && action.spec.protocol === "HTTPS";
}

function listenerFindings(config: AlbConfig): Finding[] {
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

function certificateFindings(config: AlbConfig, now: Date): Finding[] {
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

function attributeFindings(config: AlbConfig): Finding[] {
  const findings: Finding[] = [];
  const attributes = config.attributes;
  if (booleanAttribute(attributes, "deletion_protection.enabled") !== true) {
    findings.push({
      id: "deletion-protection-off",
      severity: "warning",
      title: "Deletion protection is off",
      detail: "One wrong click (or API call) deletes the load balancer and its DNS name.",
      fix: "Turn on deletion protection under Attributes.",
    });
  }
  if (booleanAttribute(attributes, "access_logs.s3.enabled") !== true) {
    findings.push({
      id: "access-logs-off",
      severity: "info",
      title: "Access logs are off",
      detail:
        "Without them, elb_status_code vs target_status_code cannot be told apart when troubleshooting.",
      fix: "Enable access logs to an S3 bucket.",
    });
  }
  if (booleanAttribute(attributes, "routing.http.drop_invalid_header_fields.enabled") !== true) {
    findings.push({
      id: "invalid-headers-kept",
      severity: "info",
      title: "Invalid HTTP headers are passed to targets",
      detail: "Headers with invalid names reach the application; dropping them is the safer default.",
      fix: "Enable 'Drop invalid header fields'.",
    });
  }
  if (attributes["routing.http.desync_mitigation_mode"] === "monitor") {
    findings.push({
      id: "desync-monitor",
      severity: "warning",
      title: "Desync mitigation only monitors",
      detail: "HTTP request smuggling attempts are forwarded to targets.",
      fix: "Use defensive (the default) or strictest.",
    });
  }
  return findings;
}

function targetGroupFindings(config: AlbConfig): Finding[] {
  const findings: Finding[] = [];
  const forwarded = forwardedTargetGroupArns(config);
  const idle = idleTimeoutSeconds(config);

  for (const group of config.targetGroups) {
    const isUsed = forwarded.has(group.arn);
    const registered = registeredTargets(group);
    if (!isUsed) {
      findings.push({
        id: `tg-unused:${group.name}`,
        severity: "info",
        title: `Target group ${group.name} is not used by any listener or rule`,
        detail: "Its targets get no traffic (and show Target.NotInUse).",
        resource: group.arn,
      });
    }
    if (registered.length === 0) {
      findings.push({
        id: `tg-empty:${group.name}`,
        severity: isUsed ? "critical" : "info",
        title: `Target group ${group.name} has no registered targets`,
        detail: isUsed ? "Requests routed to it get 503." : "Nothing is registered.",
        resource: group.arn,
      });
    } else if (registered.every((target) => target.state === "unhealthy")) {
      findings.push({
        id: `tg-all-unhealthy:${group.name}`,
        severity: "critical",
        title: `Every target in ${group.name} is unhealthy`,
        detail:
          "The load balancer fails open and routes to all of them anyway, which hides the outage from the health view.",
        resource: group.arn,
      });
    }
    if (group.targets.some((target) => target.reasonCode === "Target.ResponseCodeMismatch")) {
      findings.push({
        id: `tg-health-mismatch:${group.name}`,
        severity: "warning",
        title: `${group.name}'s health check gets the wrong status code`,
        detail: `The health check on ${group.healthCheck.path ?? "/"} is answered with a code outside ${group.healthCheck.matcher ?? "200"} — often a redirect or a 401.`,
        fix: "Point the health check at an unauthenticated path that answers 200.",
        resource: group.arn,
      });
    }
    const { intervalSeconds, timeoutSeconds } = group.healthCheck;
    if (intervalSeconds !== undefined && timeoutSeconds !== undefined && timeoutSeconds >= intervalSeconds) {
      findings.push({
        id: `tg-health-timeout:${group.name}`,
        severity: "warning",
        title: `${group.name}'s health-check timeout (${timeoutSeconds} s) is not shorter than its interval (${intervalSeconds} s)`,
        detail: "AWS rejects this; the emulator accepts it.",
        fix: "Make the timeout shorter than the interval.",
        resource: group.arn,
      });
    }
    const cookie = group.attributes["stickiness.app_cookie.cookie_name"];
    if (cookie && RESERVED_COOKIE.test(cookie)) {
      findings.push({
        id: `tg-reserved-cookie:${group.name}`,
        severity: "critical",
        title: `${group.name}'s stickiness cookie ${cookie} uses a reserved prefix`,
        detail: "AWSALB, AWSALBAPP and AWSALBTG are the load balancer's own cookies.",
        resource: group.arn,
      });
    }
    const delay = Number(group.attributes["deregistration_delay.timeout_seconds"] ?? "300");
    if (isUsed && delay < idle && delay < 30) {
      findings.push({
        id: `tg-short-deregistration:${group.name}`,
        severity: "info",
        title: `${group.name} drains targets for only ${delay} s`,
        detail: "Requests still running after the deregistration delay are cut off (502) during deployments.",
        resource: group.arn,
      });
    }
  }
  return findings;
}

function dnsFindings(config: AlbConfig): Finding[] {
  const findings: Finding[] = [];
  const lb = config.loadBalancer;
  const dns = lb.dnsName.toLowerCase().replace(/\.$/, "");
  for (const record of config.aliasRecords ?? []) {
    if (record.type === "CNAME" || !record.aliasDnsName) continue;
    const target = record.aliasDnsName
      .toLowerCase()
      .replace(/\.$/, "")
      .replace(/^dualstack\./, "");
    if (
      target !== dns ||
      (record.aliasHostedZoneId && record.aliasHostedZoneId !== lb.canonicalHostedZoneId)
    ) {
      findings.push({
        id: `alias-mismatch:${record.name}`,
        severity: "critical",
        title: `${record.name} does not point at this load balancer correctly`,
        detail: `The alias targets ${record.aliasDnsName} in zone ${record.aliasHostedZoneId ?? "?"}; the load balancer is ${lb.dnsName} in ${lb.canonicalHostedZoneId}.`,
        fix: "Update the alias to the load balancer's DNS name and canonical hosted zone id.",
        resource: record.zoneId,
      });
    }
    const forwarded = config.targetGroups.filter((group) => forwardedTargetGroupArns(config).has(group.arn));
    if (
      record.evaluateTargetHealth &&
      forwarded.length > 0 &&
      forwarded.every((group) => registeredTargets(group).length === 0)
    ) {
      findings.push({
        id: `alias-evaluate-empty:${record.name}`,
        severity: "warning",
        title: `${record.name} evaluates target health, but the load balancer has no registered targets`,
        detail:
          "Route 53 treats the record as unhealthy; with failover or weighted routing, traffic goes elsewhere.",
        resource: record.zoneId,
      });
    }
  }
  return findings;
}

function keepAliveFindings(config: AlbConfig): Finding[] {
  const idle = idleTimeoutSeconds(config);
  const findings: Finding[] = [];
  if (config.targetKeepAliveSeconds !== undefined && config.targetKeepAliveSeconds <= idle) {
    findings.push({
      id: "keep-alive-shorter-than-idle",
      severity: "warning",
      title: `Targets' keep-alive (${config.targetKeepAliveSeconds} s) is not longer than the idle timeout (${idle} s)`,
      detail: "Targets close connections the load balancer is about to reuse: sporadic 502s.",
      fix: `Raise the targets' keep-alive above ${idle} s.`,
    });
  }
  const metrics = config.metrics;
  if ((metrics?.elb502 ?? 0) > 0 && metrics?.target5xx === 0) {
    findings.push({
      id: "elb-502-pattern",
      severity: "warning",
      title: "The load balancer returned 502s while targets returned no 5XX",
      detail: "The usual cause is a target keep-alive shorter than the idle timeout.",
    });
  }
  return findings;
}

/**
 * Everything a console can tell is wrong with the load balancer from API data, worst first. `now`
 * decides certificate expiry.
 */
export function findMisconfigurations(config: AlbConfig, now: Date = new Date()): Finding[] {
  return [
    ...availabilityFindings(config),
    ...networkFindings(config),
    ...listenerFindings(config),
    ...certificateFindings(config, now),
    ...attributeFindings(config),
    ...targetGroupFindings(config),
    ...dnsFindings(config),
    ...keepAliveFindings(config),
  ].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
