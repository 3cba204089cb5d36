import {
  booleanAttribute,
  forwardedTargetGroupArns,
  idleTimeoutSeconds,
  registeredTargets,
} from "../config-queries";
import type { AlbConfig, Finding } from "../types";

// Load balancer attributes and target groups.

const RESERVED_COOKIE = /^(AWSALB|AWSALBAPP|AWSALBTG)/i;

export function attributeFindings(config: AlbConfig): Finding[] {
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

export function targetGroupFindings(config: AlbConfig): Finding[] {
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
