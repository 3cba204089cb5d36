import { describe, expect, it } from "vitest";
import { healthCheckSchema } from "./health-check";

const http = {
  type: "HTTPS",
  fullyQualifiedDomainName: "api.example.com",
  port: "443",
  resourcePath: "/health",
};
const messageAt = (input: unknown, path: string) =>
  healthCheckSchema.safeParse(input).error?.issues.find((i) => i.path.join(".") === path)?.message;

describe("healthCheckSchema", () => {
  it("parses an HTTPS check with defaults", () => {
    expect(healthCheckSchema.parse(http)).toMatchObject({
      type: "HTTPS",
      port: 443,
      requestInterval: 30,
      failureThreshold: 3,
      enableSni: false,
    });
  });

  // DG "Values that you specify when you create or update health checks": request interval 10 or 30.
  it("allows a request interval of 10 or 30 only", () => {
    expect(healthCheckSchema.safeParse({ ...http, requestInterval: "10" }).success).toBe(true);
    expect(messageAt({ ...http, requestInterval: "20" }, "requestInterval")).toMatch(/10 \(fast\) or 30/);
  });

  // API Reference, HealthCheckConfig: FailureThreshold 1–10, Port 1–65535.
  it("checks the failure threshold and port ranges", () => {
    expect(healthCheckSchema.safeParse({ ...http, failureThreshold: "10" }).success).toBe(true);
    expect(messageAt({ ...http, failureThreshold: "11" }, "failureThreshold")).toBe(
      "The failure threshold can be at most 10.",
    );
    expect(messageAt({ ...http, port: "0" }, "port")).toBe("The port must be at least 1.");
  });

  // DG: the search string is up to 255 characters.
  it("requires a search string of at most 255 characters for string matching", () => {
    expect(
      healthCheckSchema.safeParse({ ...http, type: "HTTPS_STR_MATCH", searchString: "x".repeat(255) })
        .success,
    ).toBe(true);
    expect(
      messageAt({ ...http, type: "HTTPS_STR_MATCH", searchString: "x".repeat(256) }, "searchString"),
    ).toMatch(/255/);
  });

  it("needs an IP address or a domain name", () => {
    expect(messageAt({ type: "TCP", port: "22" }, "ipAddress")).toMatch(/IP address or domain name/);
    expect(healthCheckSchema.safeParse({ type: "TCP", port: "22", ipAddress: "2001:db8::1" }).success).toBe(
      true,
    );
  });

  // DG: a calculated health check monitors up to 256 health checks.
  it("limits calculated health checks to 256 children", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `hc-${i}`);
    expect(
      healthCheckSchema.safeParse({ type: "CALCULATED", childHealthChecks: ids(256), healthThreshold: "1" })
        .success,
    ).toBe(true);
    expect(
      messageAt(
        { type: "CALCULATED", childHealthChecks: ids(257), healthThreshold: "1" },
        "childHealthChecks",
      ),
    ).toMatch(/256/);
  });
});
