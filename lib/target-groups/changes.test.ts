import { describe, expect, it } from "vitest";

import { healthCheckSchema, targetGroupAttributesSchema } from "@/lib/schemas/target-group";

import {
  attributeChanges,
  attributesFormValues,
  changedAttributeKeys,
  changedHealthCheckFields,
  healthCheckChanges,
  healthSummary,
  parseIpTargets,
} from "./changes";

const LOADED = {
  enabled: true,
  protocol: "HTTP",
  port: "traffic-port",
  path: "/healthz",
  intervalSeconds: 15,
  timeoutSeconds: 5,
  healthyThreshold: 3,
  unhealthyThreshold: 2,
  matcher: "200",
};

describe("health check changes", () => {
  it("lists only the fields that differ, with units", () => {
    const after = healthCheckSchema.parse({ ...LOADED, path: "/health", intervalSeconds: "20" });
    expect(healthCheckChanges(LOADED, after)).toEqual([
      { key: "path", label: "Path", before: "/healthz", after: "/health" },
      { key: "intervalSeconds", label: "Interval", before: "15 s", after: "20 s" },
    ]);
  });

  it("names what someone else changed since it was loaded", () => {
    expect(changedHealthCheckFields(LOADED, { ...LOADED, timeoutSeconds: 6 })).toEqual(["Timeout"]);
    expect(changedHealthCheckFields(LOADED, { ...LOADED })).toEqual([]);
  });
});

describe("attribute changes", () => {
  const aws = {
    "deregistration_delay.timeout_seconds": "300",
    "slow_start.duration_seconds": "0",
    "load_balancing.algorithm.type": "round_robin",
    "stickiness.enabled": "false",
    "stickiness.type": "lb_cookie",
    "stickiness.lb_cookie.duration_seconds": "86400",
  };

  it("round-trips the loaded attributes into no change", () => {
    expect(attributeChanges(aws, attributesFormValues(aws)).rows).toEqual([]);
  });

  it("sends only the changed keys", () => {
    const input = targetGroupAttributesSchema.parse({
      ...attributesFormValues(aws),
      deregistrationDelaySeconds: "30",
      stickiness: { enabled: "on", type: "lb_cookie", durationSeconds: "3600" },
    });
    const { changed, rows } = attributeChanges(aws, input);
    expect(changed).toEqual({
      "deregistration_delay.timeout_seconds": "30",
      "stickiness.enabled": "true",
      "stickiness.lb_cookie.duration_seconds": "3600",
    });
    expect(rows.map((row) => row.label)).toEqual([
      "Deregistration delay (s)",
      "Stickiness",
      "Load-balancer cookie duration (s)",
    ]);
    expect(changedAttributeKeys(aws, { ...aws, "stickiness.enabled": "true" }, Object.keys(changed))).toEqual(
      ["Stickiness"],
    );
  });
});

describe("parseIpTargets", () => {
  it("reads IPs with optional ports, defaulting to the group's, and de-duplicates", () => {
    expect(parseIpTargets("10.0.1.5\n\n10.0.1.6:9090\n10.0.1.5:8080", 8080)).toEqual({
      targets: [
        { id: "10.0.1.5", port: 8080 },
        { id: "10.0.1.6", port: 9090 },
      ],
      errors: [],
    });
  });

  it("names each bad line", () => {
    expect(parseIpTargets("10.0.1.300\nhost:80\n10.0.0.1:0", 80).errors).toEqual([
      'Line 1: "10.0.1.300" is not an IPv4 address (optionally with :port).',
      'Line 2: "host:80" is not an IPv4 address (optionally with :port).',
      "Line 3: the port must be between 1 and 65535.",
    ]);
  });
});

describe("healthSummary", () => {
  it("counts healthy targets and the other states", () => {
    expect(healthSummary([{ state: "healthy" }, { state: "unhealthy" }, { state: "healthy" }])).toBe(
      "2 of 3 targets healthy, 1 unhealthy",
    );
    expect(healthSummary([])).toBe("No registered targets");
  });
});
