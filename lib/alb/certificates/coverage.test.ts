import { describe, expect, it } from "vitest";

import { hostCoveredBy, nameCovers, uncoveredHosts } from "./coverage";

// ACM user guide, "Wildcard names": a wildcard protects one subdomain level, not the bare domain.
describe("hostCoveredBy", () => {
  const wildcard = { domainName: "*.example.com", subjectAlternativeNames: ["*.example.com"] };
  it.each([
    ["a.example.com", true],
    ["A.Example.COM", true],
    ["a.example.com.", true],
    ["a.b.example.com", false],
    ["example.com", false],
    ["aexample.com", false],
    ["a.example.org", false],
  ])("*.example.com covers %s: %s", (host, covered) => {
    expect(hostCoveredBy(host, wildcard)).toBe(covered);
  });

  it("uses the SANs as well as the domain name", () => {
    const cert = {
      domainName: "example.com",
      subjectAlternativeNames: ["example.com", "*.example.com", "api.other.net"],
    };
    expect(hostCoveredBy("example.com", cert)).toBe(true);
    expect(hostCoveredBy("www.example.com", cert)).toBe(true);
    expect(hostCoveredBy("api.other.net", cert)).toBe(true);
    expect(hostCoveredBy("other.net", cert)).toBe(false);
  });

  it("treats a wildcard host as a literal name", () => {
    expect(nameCovers("*.example.com", "*.example.com")).toBe(true);
  });
});

describe("uncoveredHosts", () => {
  it("lists each uncovered host once", () => {
    const certs = [{ domainName: "*.example.com", subjectAlternativeNames: [] }];
    expect(
      uncoveredHosts(["www.example.com", "example.com", "EXAMPLE.com", "a.b.example.com"], certs),
    ).toEqual(["example.com", "a.b.example.com"]);
  });
});
