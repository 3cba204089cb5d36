import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, createNonce, securityHeaders } from "./headers";
import { hostPolicyFrom, isHostAllowed, requestHost } from "./hosts";

describe("host allow-list", () => {
  it("allows only loopback names by default, on any port", () => {
    const policy = hostPolicyFrom({});
    expect(isHostAllowed("127.0.0.1:3100", policy)).toBe(true);
    expect(isHostAllowed("localhost", policy)).toBe(true);
    expect(isHostAllowed("[::1]:3000", policy)).toBe(true);
    expect(isHostAllowed("evil.example:3100", policy)).toBe(false);
    expect(isHostAllowed("127.0.0.1.evil.example", policy)).toBe(false);
    expect(isHostAllowed("", policy)).toBe(false);
    expect(isHostAllowed("localhost@evil", policy)).toBe(false);
  });

  it("follows ROUTEBOARD_PUBLIC_URL and ROUTEBOARD_ALLOWED_HOSTS, with ports when given", () => {
    const policy = hostPolicyFrom({
      ROUTEBOARD_PUBLIC_URL: "https://console.example.com",
      ROUTEBOARD_ALLOWED_HOSTS: "ops.internal:8443, Backup.Example",
    });
    expect(policy.isHttps).toBe(true);
    expect(isHostAllowed("console.example.com", policy)).toBe(true);
    expect(isHostAllowed("ops.internal:8443", policy)).toBe(true);
    expect(isHostAllowed("ops.internal:9000", policy)).toBe(false);
    expect(isHostAllowed("backup.example:1234", policy)).toBe(true);
    expect(isHostAllowed("localhost:3000", policy)).toBe(false);
  });

  it("believes X-Forwarded-Host only behind a configured proxy", () => {
    const headers = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "evil.example, console.example.com",
    });
    expect(requestHost(headers, hostPolicyFrom({}))).toBe("127.0.0.1:3000");
    expect(requestHost(headers, hostPolicyFrom({ ROUTEBOARD_TRUST_PROXY: "1" }))).toBe("evil.example");
  });
});

describe("security headers", () => {
  it("allows scripts only by nonce, never inline, and no framing", () => {
    const nonce = createNonce();
    expect(nonce).not.toBe(createNonce());
    const csp = contentSecurityPolicy(nonce);
    const scripts = csp.split("; ").find((directive) => directive.startsWith("script-src")) ?? "";
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ isHttps: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ isHttps: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ isHttps: false })).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    });
  });
});
