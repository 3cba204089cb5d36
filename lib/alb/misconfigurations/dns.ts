import { forwardedTargetGroupArns, idleTimeoutSeconds, registeredTargets } from "../config-queries";
import type { AlbConfig, Finding } from "../types";

// DNS records pointing at the load balancer, and keep-alive settings.

export function dnsFindings(config: AlbConfig): Finding[] {
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

export function keepAliveFindings(config: AlbConfig): Finding[] {
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
