import { describe, expect, it } from "vitest";
import { recordSetFieldErrors, recordSetSchema, type RecordSetFormValues } from "./record";

const base: RecordSetFormValues = {
  name: "www.example.com",
  type: "A",
  ttl: "300",
  values: "192.0.2.1",
  routing: { policy: "simple" },
};

function errorsOf(input: unknown) {
  const result = recordSetSchema.safeParse(input);
  return result.success ? {} : recordSetFieldErrors(result.error);
}

describe("recordSetSchema basics", () => {
  it("parses a simple record from form strings", () => {
    const parsed = recordSetSchema.parse({ ...base, values: "192.0.2.1\n\n192.0.2.2\n" });
    expect(parsed).toMatchObject({
      ttl: 300,
      values: ["192.0.2.1", "192.0.2.2"],
      routing: { policy: "simple" },
    });
  });

  it("puts value errors on the offending line", () => {
    expect(errorsOf({ ...base, values: "192.0.2.1\n256.1.1.1" })["values.1"]?.[0]).toMatch(
      /^Line 2: Enter an IPv4/,
    );
  });

  // API Reference, ResourceRecordSet › TTL: 0–2147483647.
  it.each([
    ["0", true],
    ["2147483647", true],
    ["2147483648", false],
    ["-1", false],
    ["1.5", false],
    ["abc", false],
  ])("TTL %s valid=%s", (ttl, isValid) => {
    expect(recordSetSchema.safeParse({ ...base, ttl }).success).toBe(isValid);
  });

  it("writes operator messages, not zod defaults", () => {
    expect(errorsOf({ ...base, ttl: "2147483648" }).ttl).toEqual(["The TTL can be at most 2147483647."]);
    expect(errorsOf({ ...base, type: "HINFO" }).type?.[0]).toMatch(/^Choose a record type/);
  });

  it("requires a TTL and values for non-alias records", () => {
    const errors = errorsOf({ ...base, ttl: "", values: "" });
    expect(errors.ttl?.[0]).toMatch(/Enter a TTL/);
    expect(errors.values?.[0]).toMatch(/at least one value/);
  });
});

describe("alias records", () => {
  const alias = {
    hostedZoneId: "Z35SXDOTRQ7X7K",
    dnsName: "my-alb-123.us-east-1.elb.amazonaws.com",
    evaluateTargetHealth: "on",
  };

  // API Reference, ResourceRecordSet: omit TTL and ResourceRecords for an alias.
  it("accepts an alias without TTL or values and rejects one with them", () => {
    expect(recordSetSchema.safeParse({ ...base, ttl: "", values: "", alias }).success).toBe(true);
    const errors = errorsOf({ ...base, alias });
    expect(errors.ttl?.[0]).toMatch(/alias/);
    expect(errors.values?.[0]).toMatch(/alias/);
  });

  // API Reference, AliasTarget › EvaluateTargetHealth (failover alias records must set it to true).
  it("requires EvaluateTargetHealth on a failover alias", () => {
    const input = {
      ...base,
      ttl: "",
      values: "",
      alias: { ...alias, evaluateTargetHealth: false },
      routing: { policy: "failover", setIdentifier: "p", failover: "PRIMARY" },
    };
    expect(errorsOf(input)["alias.evaluateTargetHealth"]).toHaveLength(1);
  });

  // DG "Multivalue answer routing": no alias; not NS or CNAME.
  it("rejects multivalue alias, NS and CNAME", () => {
    const routing = { policy: "multivalue", setIdentifier: "m1" };
    expect(errorsOf({ ...base, ttl: "", values: "", alias, routing }).alias).toHaveLength(1);
    expect(errorsOf({ ...base, type: "CNAME", values: "x.example.com", routing }).type).toHaveLength(1);
  });
});

describe("routing policies", () => {
  // API Reference, ResourceRecordSet › SetIdentifier: 1–128 characters.
  it("accepts a 128-character set identifier and rejects 129 or empty", () => {
    const routing = (id: string) => ({ policy: "weighted", setIdentifier: id, weight: "1" });
    expect(recordSetSchema.safeParse({ ...base, routing: routing("x".repeat(128)) }).success).toBe(true);
    expect(errorsOf({ ...base, routing: routing("x".repeat(129)) })["routing.setIdentifier"]?.[0]).toMatch(
      /128/,
    );
    expect(errorsOf({ ...base, routing: routing("") })["routing.setIdentifier"]).toHaveLength(1);
  });

  // API Reference, ResourceRecordSet › Weight: 0–255.
  it.each([
    ["0", true],
    ["255", true],
    ["256", false],
    ["-1", false],
  ])("weight %s valid=%s", (weight, isValid) => {
    expect(
      recordSetSchema.safeParse({ ...base, routing: { policy: "weighted", setIdentifier: "blue", weight } })
        .success,
    ).toBe(isValid);
  });

  it("requires PRIMARY or SECONDARY for failover", () => {
    expect(
      errorsOf({ ...base, routing: { policy: "failover", setIdentifier: "a", failover: "TERTIARY" } })[
        "routing.failover"
      ],
    ).toHaveLength(1);
  });

  it("rejects an unknown policy on the policy field", () => {
    expect(errorsOf({ ...base, routing: { policy: "random" } })["routing.policy"]?.[0]).toMatch(
      /routing policy/,
    );
  });

  // API Reference, GeoLocation: ContinentCode excludes CountryCode/SubdivisionCode; "*" is the default.
  describe("geolocation", () => {
    const geo = (fields: Record<string, string | undefined>) => ({
      ...base,
      routing: { policy: "geolocation", setIdentifier: "g", ...fields },
    });
    it.each([
      { continentCode: "EU" },
      { countryCode: "de" },
      { countryCode: "US", subdivisionCode: "WA" },
      { countryCode: "*" },
    ])("accepts %j", (fields) => {
      expect(recordSetSchema.safeParse(geo(fields)).success).toBe(true);
    });
    it.each([
      [{ continentCode: "EU", countryCode: "DE" }, "routing.continentCode"],
      [{}, "routing.countryCode"],
      [{ subdivisionCode: "WA" }, "routing.subdivisionCode"],
      [{ countryCode: "*", subdivisionCode: "WA" }, "routing.subdivisionCode"],
      [{ continentCode: "XX" }, "routing.continentCode"],
      [{ countryCode: "USA" }, "routing.countryCode"],
    ])("rejects %j at %s", (fields, path) => {
      expect(errorsOf(geo(fields))[path]).toBeDefined();
    });
  });

  // API Reference, GeoProximityLocation (one of AWSRegion, LocalZoneGroup, Coordinates; Bias −99..99) and
  // Coordinates (Latitude ≤ 6 chars, −90..90; Longitude ≤ 7 chars, −180..180; at most two decimals).
  describe("geoproximity", () => {
    const prox = (fields: Record<string, unknown>) => ({
      ...base,
      routing: { policy: "geoproximity", setIdentifier: "p", ...fields },
    });
    it.each([
      { awsRegion: "us-east-1" },
      { localZoneGroup: "us-west-2-den-1", bias: "-99" },
      { coordinates: { latitude: "-89.99", longitude: "-179.99" }, bias: "99" },
      { coordinates: { latitude: "90", longitude: "180" } },
      { coordinates: { latitude: "+47.61", longitude: "-122.33" } },
    ])("accepts %j", (fields) => {
      expect(recordSetSchema.safeParse(prox(fields)).success).toBe(true);
    });
    it.each([
      [{}, "routing.awsRegion"],
      [{ awsRegion: "us-east-1", localZoneGroup: "us-west-2-den-1" }, "routing.awsRegion"],
      [{ awsRegion: "us-east-1", bias: "100" }, "routing.bias"],
      [{ awsRegion: "us-east-1", bias: "1.5" }, "routing.bias"],
      [{ coordinates: { latitude: "90.01", longitude: "0" } }, "routing.coordinates.latitude"],
      [{ coordinates: { latitude: "47.123", longitude: "0" } }, "routing.coordinates.latitude"],
      [{ coordinates: { latitude: "123", longitude: "0" } }, "routing.coordinates.latitude"],
      [{ coordinates: { latitude: "0", longitude: "180.5" } }, "routing.coordinates.longitude"],
      [{ coordinates: { latitude: "0", longitude: "-122.333" } }, "routing.coordinates.longitude"],
    ])("rejects %j at %s", (fields, path) => {
      expect(errorsOf(prox(fields))[path]).toBeDefined();
    });
    it("treats blank coordinate inputs as absent", () => {
      expect(
        recordSetSchema.safeParse(
          prox({ awsRegion: "eu-west-1", coordinates: { latitude: "", longitude: "" } }),
        ).success,
      ).toBe(true);
    });
  });

  it("validates latency regions", () => {
    expect(
      recordSetSchema.safeParse({
        ...base,
        routing: { policy: "latency", setIdentifier: "l", region: "eu-west-1" },
      }).success,
    ).toBe(true);
    expect(
      errorsOf({ ...base, routing: { policy: "latency", setIdentifier: "l", region: "mars-1" } })[
        "routing.region"
      ],
    ).toHaveLength(1);
  });
});
