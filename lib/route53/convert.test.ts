import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { describe, expect, it } from "vitest";
import { recordSetSchema } from "@/lib/schemas/record";
import { fromResourceRecordSet, toResourceRecordSet } from "./convert";
import { normalizeName, relativeName, absoluteName, isNameInZone } from "./names";
import { recordKey } from "./record-key";
import { detectRoutingPolicy } from "./routing-policy";

const samples: ResourceRecordSet[] = [
  {
    Name: "www.example.com.",
    Type: "A",
    TTL: 300,
    ResourceRecords: [{ Value: "192.0.2.1" }, { Value: "192.0.2.2" }],
  },
  {
    Name: "api.example.com.",
    Type: "A",
    SetIdentifier: "blue",
    Weight: 90,
    TTL: 60,
    ResourceRecords: [{ Value: "192.0.2.3" }],
    HealthCheckId: "hc-1",
  },
  {
    Name: "app.example.com.",
    Type: "A",
    SetIdentifier: "primary",
    Failover: "PRIMARY",
    AliasTarget: {
      HostedZoneId: "Z35SXDOTRQ7X7K",
      DNSName: "my-alb.us-east-1.elb.amazonaws.com.",
      EvaluateTargetHealth: true,
    },
  },
  {
    Name: "geo.example.com.",
    Type: "A",
    SetIdentifier: "wa",
    GeoLocation: { CountryCode: "US", SubdivisionCode: "WA" },
    TTL: 60,
    ResourceRecords: [{ Value: "192.0.2.4" }],
  },
  {
    Name: "geo.example.com.",
    Type: "A",
    SetIdentifier: "eu",
    GeoLocation: { ContinentCode: "EU" },
    TTL: 60,
    ResourceRecords: [{ Value: "192.0.2.5" }],
  },
  {
    Name: "near.example.com.",
    Type: "A",
    SetIdentifier: "sea",
    GeoProximityLocation: { Coordinates: { Latitude: "47.61", Longitude: "-122.33" }, Bias: 10 },
    TTL: 60,
    ResourceRecords: [{ Value: "192.0.2.6" }],
  },
  {
    Name: "lat.example.com.",
    Type: "AAAA",
    SetIdentifier: "ire",
    Region: "eu-west-1",
    TTL: 60,
    ResourceRecords: [{ Value: "2001:db8::1" }],
  },
  {
    Name: "mv.example.com.",
    Type: "A",
    SetIdentifier: "m1",
    MultiValueAnswer: true,
    TTL: 60,
    ResourceRecords: [{ Value: "192.0.2.7" }],
  },
];

describe("toResourceRecordSet ⇄ fromResourceRecordSet", () => {
  it.each(samples.map((s) => [recordKey(s), s] as const))(
    "round-trips %s through the form schema",
    (_key, rrset) => {
      const input = recordSetSchema.parse(fromResourceRecordSet(rrset));
      expect(toResourceRecordSet(input)).toEqual(rrset);
    },
  );

  it("decodes the \\052 wildcard Route 53 returns and normalises names", () => {
    const input = fromResourceRecordSet({
      Name: "\\052.Example.com.",
      Type: "A",
      TTL: 1,
      ResourceRecords: [{ Value: "192.0.2.1" }],
    });
    expect(input.name).toBe("*.example.com.");
    expect(toResourceRecordSet(recordSetSchema.parse({ ...input, name: "*.Example.COM" })).Name).toBe(
      "*.example.com.",
    );
  });
});

describe("names", () => {
  it("normalises case, trailing dot and octal escapes", () => {
    expect(normalizeName("WWW.Example.com")).toBe("www.example.com.");
    expect(normalizeName("\\052.example.com.")).toBe("*.example.com.");
    expect(normalizeName("a\\056b.example.com")).toBe("a\\056b.example.com.");
  });
  it("checks zone membership and relative names", () => {
    expect(isNameInZone("Example.COM", "example.com.")).toBe(true);
    expect(isNameInZone("a.b.example.com.", "example.com")).toBe(true);
    expect(isNameInZone("badexample.com", "example.com")).toBe(false);
    expect(relativeName("www.example.com.", "example.com")).toBe("www");
    expect(relativeName("example.com", "example.com.")).toBe("@");
    expect(absoluteName("www", "example.com")).toBe("www.example.com.");
    expect(absoluteName("other.org.", "example.com")).toBe("other.org.");
  });
});

describe("recordKey and detectRoutingPolicy", () => {
  it("keys by normalised name, type and set identifier", () => {
    expect(recordKey({ Name: "\\052.Example.com", Type: "A" })).toBe("*.example.com.|A|");
    expect(recordKey({ Name: "api.example.com.", Type: "A", SetIdentifier: "blue" })).toBe(
      "api.example.com.|A|blue",
    );
  });
  it.each([
    [0, "simple"],
    [1, "weighted"],
    [2, "failover"],
    [3, "geolocation"],
    [5, "geoproximity"],
    [6, "latency"],
    [7, "multivalue"],
  ] as const)("sample %i is %s", (index, policy) => {
    expect(detectRoutingPolicy(samples[index]!)).toBe(policy);
  });
  it("detects a weight of 0 as weighted", () => {
    expect(detectRoutingPolicy({ Name: "a.", Type: "A", SetIdentifier: "z", Weight: 0 })).toBe("weighted");
  });
});
