import { describe, expect, it } from "vitest";

import { certificateDomainProblem, certificateImportSchema, certificateRequestSchema } from "./certificate";

describe("certificateDomainProblem", () => {
  it.each(["example.com", "*.example.com", "a-b.example.co.uk"])("accepts %s", (name) => {
    expect(certificateDomainProblem(name)).toBeUndefined();
  });
  it.each([
    ["localhost", "fully qualified"],
    ["a.*.example.com", "leftmost label"],
    ["w*.example.com", "whole label"],
    ["-a.example.com", "not a valid label"],
    [`${"a".repeat(250)}.com`, "1 to 253"],
  ])("rejects %s", (name, message) => {
    expect(certificateDomainProblem(name)).toContain(message);
  });
});

describe("certificateRequestSchema", () => {
  it("defaults to DNS validation and RSA 2048", () => {
    expect(certificateRequestSchema.parse({ domainName: "Example.com" })).toEqual({
      domainName: "example.com",
      subjectAlternativeNames: [],
      validationMethod: "DNS",
      keyAlgorithm: "RSA_2048",
    });
  });
  it("refuses duplicate and too many names", () => {
    const duplicate = certificateRequestSchema.safeParse({
      domainName: "example.com",
      subjectAlternativeNames: ["example.com"],
    });
    expect(duplicate.error?.issues[0]?.path).toEqual(["subjectAlternativeNames", 0]);
    const many = certificateRequestSchema.safeParse({
      domainName: "example.com",
      subjectAlternativeNames: Array.from({ length: 10 }, (_, i) => `s${i}.example.com`),
    });
    expect(many.error?.issues[0]?.message).toContain("at most 10 names");
  });
});

describe("certificateImportSchema", () => {
  const certificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";
  const privateKey = "-----BEGIN PRIVATE KEY-----\nSECRETKEYMATERIAL\n-----END PRIVATE KEY-----";
  it("accepts PEM and drops an empty chain", () => {
    expect(
      certificateImportSchema.parse({ certificate, privateKey, certificateChain: "" }).certificateChain,
    ).toBeUndefined();
  });
  it("refuses an encrypted key without echoing it", () => {
    const encrypted =
      "-----BEGIN ENCRYPTED PRIVATE KEY-----\nSECRETKEYMATERIAL\n-----END ENCRYPTED PRIVATE KEY-----";
    const result = certificateImportSchema.safeParse({ certificate, privateKey: encrypted });
    expect(result.error?.issues[0]?.message).toContain("encrypted");
    expect(JSON.stringify(result.error?.issues.map((issue) => issue.message))).not.toContain(
      "SECRETKEYMATERIAL",
    );
  });
  it("refuses a certificate over 32 KB and non-PEM input", () => {
    const big = `-----BEGIN CERTIFICATE-----\n${"A".repeat(33 * 1024)}\n-----END CERTIFICATE-----`;
    expect(
      certificateImportSchema.safeParse({ certificate: big, privateKey }).error?.issues[0]?.message,
    ).toContain("32 KB");
    expect(
      certificateImportSchema.safeParse({ certificate: "hello", privateKey }).error?.issues[0]?.path,
    ).toEqual(["certificate"]);
  });
});
