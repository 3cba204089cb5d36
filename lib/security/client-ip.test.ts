import { describe, expect, it } from "vitest";

import { clientIp } from "./client-ip";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIp", () => {
  it("behind a trusted proxy takes the last X-Forwarded-For entry (what the proxy saw), not the client's text", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.7"), { trustProxy: true })).toBe("203.0.113.7");
    expect(clientIp(headers("2001:db8::1"), { trustProxy: true })).toBe("2001:db8::1");
  });

  it("without one takes only a single entry (Next's socket address) and believes no list", () => {
    expect(clientIp(headers("::ffff:192.0.2.4"), { trustProxy: false })).toBe("192.0.2.4");
    expect(clientIp(headers("6.6.6.6, 192.0.2.4"), { trustProxy: false })).toBeUndefined();
  });

  it("refuses junk and missing headers", () => {
    for (const value of [undefined, "", "not-an-ip", "999.1.1.1", "1.2.3.4|/sign-in", "a".repeat(60)])
      expect(clientIp(headers(value), { trustProxy: true })).toBeUndefined();
  });
});
