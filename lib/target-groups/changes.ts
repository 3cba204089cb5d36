import type { Attributes, HealthCheckConfig, TargetHealthEntry, TargetSpec } from "@/lib/alb/domain";
import {
  type HealthCheckInput,
  type TargetGroupAttributesInput,
  targetGroupAttributesToAws,
} from "@/lib/schemas/target-group";
import { plainText } from "@/lib/format/plain-text";

/** One line of a before/after preview. */
export interface ChangeRow {
  key: string;
  label: string;
  before: string;
  after: string;
}

const HEALTH_CHECK_FIELDS: {
  key: keyof HealthCheckInput & keyof HealthCheckConfig;
  label: string;
  unit?: string;
}[] = [
  { key: "protocol", label: "Protocol" },
  { key: "port", label: "Port" },
  { key: "path", label: "Path" },
  { key: "intervalSeconds", label: "Interval", unit: "s" },
  { key: "timeoutSeconds", label: "Timeout", unit: "s" },
  { key: "healthyThreshold", label: "Healthy threshold" },
  { key: "unhealthyThreshold", label: "Unhealthy threshold" },
  { key: "matcher", label: "Success codes" },
];

function shown(value: unknown, unit?: string): string {
  if (value === undefined || value === null || value === "") return "—";
  return unit ? `${plainText(value)} ${unit}` : plainText(value);
}

/** The health check form's starting values, from what AWS returned. */
export function healthCheckFormValues(health: HealthCheckConfig): Record<string, string> {
  return {
    protocol: health.protocol ?? "HTTP",
    port: health.port ?? "traffic-port",
    path: health.path ?? "/",
    intervalSeconds: String(health.intervalSeconds ?? 30),
    timeoutSeconds: String(health.timeoutSeconds ?? 6),
    healthyThreshold: String(health.healthyThreshold ?? 5),
    unhealthyThreshold: String(health.unhealthyThreshold ?? 2),
    matcher: health.matcher ?? "200",
  };
}

/** The health check settings that differ between what was loaded and what the operator entered. */
export function healthCheckChanges(before: HealthCheckConfig, after: HealthCheckInput): ChangeRow[] {
  return HEALTH_CHECK_FIELDS.filter(({ key }) => String(before[key] ?? "") !== String(after[key] ?? "")).map(
    ({ key, label, unit }) => ({
      key,
      label,
      before: shown(before[key], unit),
      after: shown(after[key], unit),
    }),
  );
}

/** The health check fields someone else changed since `loaded` was read (compared as AWS reports them). */
export function changedHealthCheckFields(loaded: HealthCheckConfig, current: HealthCheckConfig): string[] {
  return HEALTH_CHECK_FIELDS.filter(
    ({ key }) => String(loaded[key] ?? "") !== String(current[key] ?? ""),
  ).map(({ label }) => label);
}

const ATTRIBUTE_LABELS: Record<string, string> = {
  "deregistration_delay.timeout_seconds": "Deregistration delay (s)",
  "slow_start.duration_seconds": "Slow start (s)",
  "load_balancing.algorithm.type": "Load-balancing algorithm",
  "stickiness.enabled": "Stickiness",
  "stickiness.type": "Stickiness type",
  "stickiness.lb_cookie.duration_seconds": "Load-balancer cookie duration (s)",
  "stickiness.app_cookie.duration_seconds": "Application cookie duration (s)",
  "stickiness.app_cookie.cookie_name": "Application cookie name",
};

/** The attributes form's starting values, from the target group's attributes. */
export function attributesFormValues(attributes: Attributes): TargetGroupAttributesInput {
  const type = attributes["stickiness.type"] === "app_cookie" ? "app_cookie" : "lb_cookie";
  const algorithm = attributes["load_balancing.algorithm.type"];
  const number = (key: string, fallback: number) => {
    const value = Number(attributes[key]);
    return attributes[key] !== undefined && attributes[key] !== "" && Number.isFinite(value)
      ? value
      : fallback;
  };
  return {
    deregistrationDelaySeconds: number("deregistration_delay.timeout_seconds", 300),
    slowStartSeconds: number("slow_start.duration_seconds", 0),
    algorithm:
      algorithm === "least_outstanding_requests" || algorithm === "weighted_random"
        ? algorithm
        : "round_robin",
    stickiness: {
      enabled: attributes["stickiness.enabled"] === "true",
      type,
      durationSeconds: number(`stickiness.${type}.duration_seconds`, 86400),
      appCookieName: attributes["stickiness.app_cookie.cookie_name"] || undefined,
    },
  };
}

/** The attributes to send: only those whose value differs from the loaded ones. */
export function attributeChanges(
  loaded: Attributes,
  input: TargetGroupAttributesInput,
): { changed: Attributes; rows: ChangeRow[] } {
  const wanted = targetGroupAttributesToAws(input);
  const changed: Attributes = {};
  const rows: ChangeRow[] = [];
  for (const [key, value] of Object.entries(wanted)) {
    if ((loaded[key] ?? "") === value) continue;
    changed[key] = value;
    rows.push({ key, label: ATTRIBUTE_LABELS[key] ?? key, before: shown(loaded[key]), after: shown(value) });
  }
  return { changed, rows };
}

/** The attribute keys (of those we would change) whose current value is not what was loaded. */
export function changedAttributeKeys(
  loaded: Attributes,
  current: Attributes,
  keys: readonly string[],
): string[] {
  return keys
    .filter((key) => (loaded[key] ?? "") !== (current[key] ?? ""))
    .map((key) => ATTRIBUTE_LABELS[key] ?? key);
}

/** "i-0abc:8080" — a target's identity in a group (the same instance may be registered on several ports). */
export function targetKey(target: { targetId?: string; id?: string; port?: number }): string {
  return `${target.targetId ?? target.id ?? ""}:${target.port ?? ""}`;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * IP targets typed one per line as "10.0.1.5" or "10.0.1.5:8080" (port defaults to the group's). Returns the targets
 * or, per bad line, what is wrong with it.
 */
export function parseIpTargets(
  text: string,
  defaultPort: number | undefined,
): { targets: TargetSpec[]; errors: string[] } {
  const targets: TargetSpec[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^([^:\s]+)(?::(\d+))?$/.exec(line);
    const ip = match?.[1] ?? "";
    const port = match?.[2] === undefined ? defaultPort : Number(match[2]);
    if (!match || !IPV4.test(ip)) {
      errors.push(`Line ${index + 1}: "${line}" is not an IPv4 address (optionally with :port).`);
      continue;
    }
    if (port === undefined || port < 1 || port > 65535) {
      errors.push(`Line ${index + 1}: the port must be between 1 and 65535.`);
      continue;
    }
    const key = targetKey({ id: ip, port });
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push({ id: ip, port });
  }
  return { targets, errors };
}

/** A one-line health summary for the live region, e.g. "2 of 3 targets healthy, 1 unhealthy". */
export function healthSummary(targets: readonly Pick<TargetHealthEntry, "state">[]): string {
  if (targets.length === 0) return "No registered targets";
  const counts = new Map<string, number>();
  for (const target of targets) counts.set(target.state, (counts.get(target.state) ?? 0) + 1);
  const healthy = counts.get("healthy") ?? 0;
  const rest = [...counts.entries()]
    .filter(([state]) => state !== "healthy")
    .map(([state, count]) => `${count} ${state}`)
    .join(", ");
  return `${healthy} of ${targets.length} target${targets.length === 1 ? "" : "s"} healthy${rest ? `, ${rest}` : ""}`;
}
