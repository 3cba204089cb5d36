import { describe, expect, it } from "vitest";

import {
  healthCheckSchema,
  matcherProblem,
  targetGroupAttributesSchema,
  targetGroupAttributesToAws,
  targetGroupNameSchema,
  targetGroupSchema,
} from "./target-group";

function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
}

describe("targetGroupNameSchema", () => {
  it.each(["web", "web-tg-1", "A".repeat(32)])("accepts %s", (name) => {
    expect(targetGroupNameSchema.safeParse(name).success).toBe(true);
  });
  it.each([
    ["", "Enter a target group name."],
    ["a".repeat(33), "at most 32"],
    ["web_tg", "letters, digits and hyphens"],
    ["-web", "cannot start or end with a hyphen"],
    ["web-", "cannot start or end with a hyphen"],
  ])("rejects %j", (name, message) => {
    const result = targetGroupNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe("matcherProblem", () => {
  it.each(["200", "200-299", "200,302", "200-299,404", "499"])("accepts HTTP %s", (matcher) => {
    expect(matcherProblem(matcher, false)).toBeUndefined();
  });
  it.each(["199", "500", "200-500", "abc", "299-200", "200,,201", ""])("rejects HTTP %j", (matcher) => {
    expect(matcherProblem(matcher, false)).toBeDefined();
  });
  it("uses 0–99 for gRPC", () => {
    expect(matcherProblem("0-12", true)).toBeUndefined();
    expect(matcherProblem("100", true)).toContain("between 0 and 99");
  });
});

describe("healthCheckSchema", () => {
  it("fills AWS's defaults", () => {
    expect(healthCheckSchema.parse({})).toMatchObject({
      port: "traffic-port",
      path: "/",
      intervalSeconds: 30,
      timeoutSeconds: 6,
      healthyThreshold: 5,
      unhealthyThreshold: 2,
      matcher: "200",
    });
  });
  it.each([
    [{ intervalSeconds: 4 }, "intervalSeconds", "between 5 and 300"],
    [{ intervalSeconds: 301 }, "intervalSeconds", "between 5 and 300"],
    [{ timeoutSeconds: 1 }, "timeoutSeconds", "between 2 and 120"],
    [{ timeoutSeconds: 121, intervalSeconds: 300 }, "timeoutSeconds", "between 2 and 120"],
    [{ timeoutSeconds: 30, intervalSeconds: 30 }, "timeoutSeconds", "shorter than the interval"],
    [{ healthyThreshold: 1 }, "healthyThreshold", "between 2 and 10"],
    [{ unhealthyThreshold: 11 }, "unhealthyThreshold", "between 2 and 10"],
    [{ path: "healthz" }, "path", "must start with /"],
    [{ path: `/${"a".repeat(1024)}` }, "path", "at most 1024"],
    [{ port: "0" }, "port", "traffic-port"],
    [{ port: "65536" }, "port", "traffic-port"],
    [{ matcher: "600" }, "matcher", "between 200 and 499"],
  ])("rejects %j on %s", (input, path, message) => {
    const issues = issuesOf(healthCheckSchema.safeParse(input));
    expect(issues).toContainEqual({ path, message: expect.stringContaining(message) as string });
  });
  it("coerces form strings", () => {
    expect(
      healthCheckSchema.parse({ intervalSeconds: "10", timeoutSeconds: "5", port: "8080" }),
    ).toMatchObject({
      intervalSeconds: 10,
      timeoutSeconds: 5,
      port: "8080",
    });
  });
});

describe("targetGroupSchema", () => {
  const base = { name: "web", protocol: "HTTP", port: 80, vpcId: "vpc-1" };
  it("accepts an instance target group", () => {
    expect(targetGroupSchema.safeParse(base).success).toBe(true);
  });
  it("requires protocol, port and VPC for instance targets", () => {
    const paths = issuesOf(targetGroupSchema.safeParse({ name: "web" })).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["protocol", "port", "vpcId"]));
  });
  it("refuses protocol/port/VPC on a lambda target group", () => {
    const issues = issuesOf(targetGroupSchema.safeParse({ ...base, targetType: "lambda" }));
    expect(issues.map((issue) => issue.path).sort()).toEqual(["port", "protocol", "vpcId"]);
    expect(issues[0]?.message).toContain("Lambda target groups have no protocol");
    expect(targetGroupSchema.safeParse({ name: "fn", targetType: "lambda" }).success).toBe(true);
  });
  it("checks the health check with the gRPC matcher range", () => {
    const grpc = { ...base, protocol: "HTTPS", protocolVersion: "GRPC", healthCheck: { matcher: "12" } };
    expect(targetGroupSchema.safeParse(grpc).success).toBe(true);
    const issues = issuesOf(targetGroupSchema.safeParse({ ...base, healthCheck: { matcher: "12" } }));
    expect(issues[0]?.path).toBe("healthCheck.matcher");
  });
});

describe("targetGroupAttributesSchema", () => {
  it.each([
    [{ deregistrationDelaySeconds: 3601 }, "deregistrationDelaySeconds", "between 0 and 3600"],
    [{ slowStartSeconds: 10 }, "slowStartSeconds", "0 (off) or between 30 and 900"],
    [{ slowStartSeconds: 901 }, "slowStartSeconds", "0 (off) or between 30 and 900"],
    [
      { stickiness: { enabled: true, durationSeconds: 0 } },
      "stickiness.durationSeconds",
      "between 1 and 604800",
    ],
    [
      { stickiness: { enabled: true, durationSeconds: 604801 } },
      "stickiness.durationSeconds",
      "between 1 and 604800",
    ],
    [
      { stickiness: { enabled: "on", type: "app_cookie", appCookieName: "AWSALBAPP-x" } },
      "stickiness.appCookieName",
      "reserved",
    ],
    [
      { stickiness: { enabled: "on", type: "app_cookie", appCookieName: "awsalbtg" } },
      "stickiness.appCookieName",
      "reserved",
    ],
    [{ stickiness: { enabled: "on", type: "app_cookie" } }, "stickiness.appCookieName", "Enter the name"],
  ])("rejects %j", (input, path, message) => {
    expect(issuesOf(targetGroupAttributesSchema.safeParse(input))).toContainEqual({
      path,
      message: expect.stringContaining(message) as string,
    });
  });
  it("accepts 0 and 30 for slow start and maps to AWS keys", () => {
    expect(targetGroupAttributesSchema.safeParse({ slowStartSeconds: 0 }).success).toBe(true);
    const parsed = targetGroupAttributesSchema.parse({
      slowStartSeconds: "30",
      stickiness: { enabled: "on", type: "app_cookie", appCookieName: "SESSION", durationSeconds: "3600" },
    });
    expect(targetGroupAttributesToAws(parsed)).toMatchObject({
      "slow_start.duration_seconds": "30",
      "stickiness.enabled": "true",
      "stickiness.type": "app_cookie",
      "stickiness.app_cookie.cookie_name": "SESSION",
      "stickiness.app_cookie.duration_seconds": "3600",
    });
  });
  it("reads an unchecked checkbox as false", () => {
    expect(targetGroupAttributesSchema.parse({ stickiness: { enabled: "false" } }).stickiness.enabled).toBe(
      false,
    );
  });
});
