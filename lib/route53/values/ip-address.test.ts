import { describe, expect, it } from "vitest";
import { isIPv4, isIPv6 } from "./ip-address";

// DG "Supported DNS record types" › A (dotted decimal IPv4) and AAAA (colon-separated hexadecimal IPv6).
describe("isIPv4", () => {
  it.each(["192.0.2.1", "0.0.0.0", "255.255.255.255", "10.0.0.10"])("accepts %s", (ip) => {
    expect(isIPv4(ip)).toBe(true);
  });
  it.each(["256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4", "a.b.c.d", "", "1.2.3.4 "])(
    "rejects %j",
    (ip) => {
      expect(isIPv4(ip)).toBe(false);
    },
  );
});

describe("isIPv6", () => {
  it.each([
    "2001:0db8:85a3:0:0:8a2e:0370:7334",
    "2001:db8::1",
    "::1",
    "::",
    "fe80::",
    "::ffff:192.0.2.1",
    "2001:db8:0:0:0:0:2:1",
  ])("accepts %s", (ip) => {
    expect(isIPv6(ip)).toBe(true);
  });
  it.each([
    "2001:db8::1::2",
    "2001:db8:0:0:0:0:2",
    "12345::",
    "2001:db8:::1",
    "g::1",
    "1:2:3:4:5:6:7:8:9",
    "::ffff:256.0.2.1",
    "",
  ])("rejects %j", (ip) => {
    expect(isIPv6(ip)).toBe(false);
  });
});
