import { describe, expect, it } from "vitest";

import { certificateExpiryWarning, daysUntilExpiry, EXPIRY_WARNING_DAYS, expiringWithin } from "./expiry";

const now = new Date("2026-08-01T00:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000 + 3_600_000).toISOString();

describe("expiringWithin", () => {
  const certs = [
    { arn: "later", domainName: "a", subjectAlternativeNames: [], notAfter: "2026-12-01T00:00:00Z" },
    { arn: "soon", domainName: "b", subjectAlternativeNames: [], notAfter: "2026-08-20T00:00:00Z" },
    { arn: "expired", domainName: "c", subjectAlternativeNames: [], notAfter: "2026-07-01T00:00:00Z" },
    { arn: "unknown", domainName: "d", subjectAlternativeNames: [] },
  ];
  it("returns expired and soon-expiring certificates, soonest first", () => {
    expect(expiringWithin(certs, 30, now).map((cert) => cert.arn)).toEqual(["expired", "soon"]);
  });
  it("counts whole days, negative once expired", () => {
    expect(daysUntilExpiry(certs[1]!, now)).toBe(19);
    expect(daysUntilExpiry(certs[2]!, now)).toBe(-31);
    expect(daysUntilExpiry(certs[3]!, now)).toBeUndefined();
  });
});

describe("certificateExpiryWarning", () => {
  it("warns about an imported certificate expiring within 30 days, saying ACM never renews it", () => {
    const warning = certificateExpiryWarning(
      { domainName: "legacy.example.com", type: "IMPORTED", notAfter: inDays(19) },
      now,
    );
    expect(warning).toMatchObject({ days: 19, isImported: true });
    expect(warning?.message).toBe(
      `legacy.example.com expires in 19 days (${inDays(19).slice(0, 10)}) and is imported: ACM never renews an imported certificate, so the listener will serve an expired certificate unless you import a renewed one before then.`,
    );
  });

  it("warns about an ACM-issued certificate that close to expiry, pointing at its validation record", () => {
    const warning = certificateExpiryWarning(
      { domainName: "a.example.com", type: "AMAZON_ISSUED", notAfter: inDays(1) },
      now,
    );
    expect(warning?.isImported).toBe(false);
    expect(warning?.message).toMatch(/^a\.example\.com expires in 1 day \(.*validation record/);
  });

  it("says today and expired", () => {
    expect(
      certificateExpiryWarning({ domainName: "t", type: "IMPORTED", notAfter: inDays(0) }, now)?.message,
    ).toMatch(/^t expires today/);
    expect(
      certificateExpiryWarning({ domainName: "x", type: "IMPORTED", notAfter: "2026-07-01T00:00:00Z" }, now)
        ?.message,
    ).toMatch(/^x expired on 2026-07-01/);
  });

  it("stays silent beyond 30 days and without a NotAfter", () => {
    expect(
      certificateExpiryWarning(
        { domainName: "a", type: "IMPORTED", notAfter: inDays(EXPIRY_WARNING_DAYS + 1) },
        now,
      ),
    ).toBeUndefined();
    expect(certificateExpiryWarning({ domainName: "a", type: "IMPORTED" }, now)).toBeUndefined();
    expect(
      certificateExpiryWarning(
        { domainName: "a", type: "IMPORTED", notAfter: inDays(EXPIRY_WARNING_DAYS) },
        now,
      ),
    ).toBeDefined();
  });
});
