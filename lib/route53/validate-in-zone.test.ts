import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { describe, expect, it } from "vitest";
import { recordSetSchema } from "@/lib/schemas/record";
import { recordKey } from "./record-key";
import { validateRecordSetInZone } from "./validate-in-zone";

const zone = "example.com.";
const input = (overrides: Record<string, unknown>) =>
  recordSetSchema.parse({
    name: "www.example.com",
    type: "A",
    ttl: "60",
    values: "192.0.2.1",
    routing: { policy: "simple" },
    ...overrides,
  });
const weighted = (id: string, name = "api.example.com."): ResourceRecordSet => ({
  Name: name,
  Type: "A",
  SetIdentifier: id,
  Weight: 1,
  TTL: 60,
  ResourceRecords: [{ Value: "192.0.2.1" }],
});

describe("validateRecordSetInZone", () => {
  it("accepts a new record in an empty zone", () => {
    expect(validateRecordSetInZone(input({}), [], zone)).toEqual({});
  });

  it("requires the name to be in the zone (case-insensitive, trailing dot optional)", () => {
    expect(validateRecordSetInZone(input({ name: "WWW.EXAMPLE.COM" }), [], "example.com")).toEqual({});
    expect(validateRecordSetInZone(input({ name: "example.com" }), [], zone)).toEqual({});
    expect(validateRecordSetInZone(input({ name: "www.example.org" }), [], zone).name).toHaveLength(1);
    expect(validateRecordSetInZone(input({ name: "wwwexample.com" }), [], zone).name).toHaveLength(1);
  });

  // API Reference, ResourceRecordSet › SetIdentifier: unique among records with the same name and type.
  it("rejects a duplicate set identifier, except for the record being edited", () => {
    const candidate = input({
      name: "api.example.com",
      routing: { policy: "weighted", setIdentifier: "blue", weight: "5" },
    });
    const existing = [weighted("blue"), weighted("green")];
    expect(validateRecordSetInZone(candidate, existing, zone)["routing.setIdentifier"]).toHaveLength(1);
    expect(
      validateRecordSetInZone(candidate, existing, zone, { originalKey: recordKey(weighted("blue")) }),
    ).toEqual({});
  });

  // DG "Choosing a routing policy": one routing policy per name and type.
  it("rejects mixing routing policies or a simple record beside another", () => {
    const failover = input({
      name: "api.example.com",
      routing: { policy: "failover", setIdentifier: "p", failover: "PRIMARY" },
    });
    expect(validateRecordSetInZone(failover, [weighted("blue")], zone)["routing.policy"]?.[0]).toMatch(
      /weighted/,
    );
    expect(
      validateRecordSetInZone(input({ name: "api.example.com" }), [weighted("blue")], zone)["routing.policy"],
    ).toHaveLength(1);
    const simple: ResourceRecordSet = {
      Name: "www.example.com.",
      Type: "A",
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.9" }],
    };
    expect(validateRecordSetInZone(input({}), [simple], zone).name).toHaveLength(1);
    expect(validateRecordSetInZone(input({}), [simple], zone, { originalKey: recordKey(simple) })).toEqual(
      {},
    );
    expect(validateRecordSetInZone(input({ type: "AAAA", values: "2001:db8::1" }), [simple], zone)).toEqual(
      {},
    );
  });

  // DG "Supported DNS record types" › CNAME.
  describe("CNAME", () => {
    const cname = (name: string) => input({ name, type: "CNAME", values: "target.example.net" });
    it("is not allowed at the apex", () => {
      expect(validateRecordSetInZone(cname("example.com"), [], zone).type?.[0]).toMatch(/apex/);
    });
    it("can't share a name with other types, in either direction", () => {
      const a: ResourceRecordSet = {
        Name: "www.example.com.",
        Type: "A",
        TTL: 60,
        ResourceRecords: [{ Value: "192.0.2.1" }],
      };
      const c: ResourceRecordSet = {
        Name: "www.example.com.",
        Type: "CNAME",
        TTL: 60,
        ResourceRecords: [{ Value: "x.example.net" }],
      };
      expect(validateRecordSetInZone(cname("www.example.com"), [a], zone).type).toHaveLength(1);
      expect(validateRecordSetInZone(input({ type: "TXT", values: '"x"' }), [c], zone).type).toHaveLength(1);
      expect(
        validateRecordSetInZone(cname("www.example.com"), [c], zone, { originalKey: recordKey(c) }),
      ).toEqual({});
    });
  });

  // API Reference, AliasTarget › EvaluateTargetHealth; DG "Multivalue answer routing" (no alias).
  it("checks failover and multivalue alias rules", () => {
    const alias = { hostedZoneId: "Z1", dnsName: "lb.example.net", evaluateTargetHealth: false };
    const candidate = {
      ...input({}),
      ttl: undefined,
      values: [],
      alias,
      routing: { policy: "failover" as const, setIdentifier: "p", failover: "PRIMARY" as const },
    };
    expect(validateRecordSetInZone(candidate, [], zone)["alias.evaluateTargetHealth"]).toHaveLength(1);
    const multi = { ...candidate, routing: { policy: "multivalue" as const, setIdentifier: "m" } };
    expect(validateRecordSetInZone(multi, [], zone).alias).toHaveLength(1);
  });

  // DG "Quotas" › Quotas on records: 100 weighted/latency/geolocation/multivalue, 30 geoproximity per name and type.
  it("allows the 100th weighted record and rejects the 101st", () => {
    const ninetyNine = Array.from({ length: 99 }, (_, i) => weighted(`w${i}`));
    const candidate = input({
      name: "api.example.com",
      routing: { policy: "weighted", setIdentifier: "new", weight: "1" },
    });
    expect(validateRecordSetInZone(candidate, ninetyNine, zone)).toEqual({});
    expect(
      validateRecordSetInZone(candidate, [...ninetyNine, weighted("w99")], zone)["routing.policy"]?.[0],
    ).toMatch(/at most 100/);
  });

  it("allows the 30th geoproximity record and rejects the 31st", () => {
    const prox = (id: string): ResourceRecordSet => ({
      Name: "near.example.com.",
      Type: "A",
      SetIdentifier: id,
      GeoProximityLocation: { AWSRegion: "us-east-1", Bias: 0 },
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.1" }],
    });
    const candidate = input({
      name: "near.example.com",
      routing: { policy: "geoproximity", setIdentifier: "new", awsRegion: "eu-west-1" },
    });
    const existing = Array.from({ length: 29 }, (_, i) => prox(`p${i}`));
    expect(validateRecordSetInZone(candidate, existing, zone)).toEqual({});
    expect(
      validateRecordSetInZone(candidate, [...existing, prox("p29")], zone)["routing.policy"]?.[0],
    ).toMatch(/at most 30/);
  });

  it("allows one latency record per Region", () => {
    const existing: ResourceRecordSet = {
      Name: "lat.example.com.",
      Type: "A",
      SetIdentifier: "a",
      Region: "eu-west-1",
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.1" }],
    };
    const candidate = (region: string) =>
      input({ name: "lat.example.com", routing: { policy: "latency", setIdentifier: "b", region } });
    expect(validateRecordSetInZone(candidate("eu-west-1"), [existing], zone)["routing.region"]).toHaveLength(
      1,
    );
    expect(validateRecordSetInZone(candidate("us-east-1"), [existing], zone)).toEqual({});
  });

  it("allows one geolocation record per location", () => {
    const existing: ResourceRecordSet = {
      Name: "geo.example.com.",
      Type: "A",
      SetIdentifier: "de",
      GeoLocation: { CountryCode: "DE" },
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.1" }],
    };
    const candidate = (countryCode: string) =>
      input({ name: "geo.example.com", routing: { policy: "geolocation", setIdentifier: "x", countryCode } });
    expect(validateRecordSetInZone(candidate("DE"), [existing], zone)["routing.countryCode"]).toHaveLength(1);
    expect(validateRecordSetInZone(candidate("FR"), [existing], zone)).toEqual({});
  });

  it("allows one PRIMARY and one SECONDARY failover record", () => {
    const primary: ResourceRecordSet = {
      Name: "app.example.com.",
      Type: "A",
      SetIdentifier: "p",
      Failover: "PRIMARY",
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.1" }],
    };
    const candidate = (failover: string) =>
      input({ name: "app.example.com", routing: { policy: "failover", setIdentifier: "x", failover } });
    expect(validateRecordSetInZone(candidate("PRIMARY"), [primary], zone)["routing.failover"]).toHaveLength(
      1,
    );
    expect(validateRecordSetInZone(candidate("SECONDARY"), [primary], zone)).toEqual({});
  });
});
