import { describe, expect, it } from "vitest";

import { biasedDistanceKm, greatCircleKm } from "./index";
import { WWW, q } from "./resolve.test-helper";
import { nyc, paris, rr, soa } from "./test-helpers";
import type { ResolveInput, ResourceRecordSet } from "./types";

describe("geolocation routing", () => {
  const geo = (id: string, loc: ResourceRecordSet["GeoLocation"], value: string) =>
    rr(WWW, "A", [value], { SetIdentifier: id, GeoLocation: loc, HealthCheckId: `hc-${id}` });
  const set = [
    soa,
    geo("california", { CountryCode: "US", SubdivisionCode: "CA" }, "10.0.0.1"),
    geo("usa", { CountryCode: "US" }, "10.0.0.2"),
    geo("north-america", { ContinentCode: "NA" }, "10.0.0.3"),
    geo("germany", { CountryCode: "DE" }, "10.0.0.4"),
    geo("default", { CountryCode: "*" }, "10.0.0.9"),
  ];
  const at = (countryCode: string, subdivisionCode?: string): ResolveInput["client"] => ({
    latitude: 0,
    longitude: 0,
    countryCode,
    subdivisionCode,
  });

  // DG "Geolocation routing": overlapping areas → the smallest wins (subdivision > country > continent > default).
  it.each([
    { where: "US-CA", client: at("US", "CA"), picked: "california" },
    { where: "US-CA written US-CA", client: at("US", "US-CA"), picked: "california" },
    { where: "US-TX", client: at("US", "TX"), picked: "usa" },
    { where: "Canada (continent from country)", client: at("CA"), picked: "north-america" },
    { where: "Germany", client: at("DE"), picked: "germany" },
    { where: "France (no match → default)", client: at("FR"), picked: "default" },
    {
      where: "continent only (SA)",
      client: { latitude: 0, longitude: 0, continentCode: "SA" },
      picked: "default",
    },
  ])("$where → $picked", ({ client, picked }) => {
    expect(q(set, WWW, { client }).setIdentifiers).toEqual([picked]);
  });

  // DG "How Route 53 chooses records when health checking is configured": an unhealthy match falls back to the next
  // larger area (state → country → continent → default).
  it.each([
    { unhealthy: ["hc-california"], picked: "usa" },
    { unhealthy: ["hc-california", "hc-usa"], picked: "north-america" },
    { unhealthy: ["hc-california", "hc-usa", "hc-north-america"], picked: "default" },
    { unhealthy: ["hc-california", "hc-usa", "hc-north-america", "hc-default"], picked: "california" },
  ])("with $unhealthy unhealthy → $picked", ({ unhealthy, picked }) => {
    const r = q(set, WWW, { client: at("US", "CA"), unhealthy });
    expect(r.setIdentifiers).toEqual([picked]);
  });

  // DG "Geolocation routing": no match and no default record → no answer (NOERROR, empty answer section).
  it("answers NOERROR with no answer when nothing matches and there is no default", () => {
    const noDefault = set.filter((r) => r.SetIdentifier !== "default");
    const r = q(noDefault, WWW, { client: at("JP") });
    expect(r).toMatchObject({ rcode: "NOERROR", answers: [], setIdentifiers: [] });
    expect(r.explanation.join(" ")).toMatch(/no default \(\*\) record/);
  });

  it("estimates the country from coordinates when no location codes are given", () => {
    const r = q(set, WWW, { client: { latitude: 52.5, longitude: 13.4 } });
    expect(r.setIdentifiers).toEqual(["germany"]);
    expect(r.explanation.join(" ")).toMatch(/estimated from its coordinates/);
  });
});

describe("geoproximity routing", () => {
  // DG "Geoproximity routing": biased distance = actual × (1 − bias/100); 150 km with bias +50 → 75 km.
  it.each([
    { km: 150, bias: 50, biased: 75 },
    { km: 150, bias: -50, biased: 225 },
    { km: 150, bias: 0, biased: 150 },
    { km: 1000, bias: 99, biased: 10 },
  ])("$km km with bias $bias → $biased km", ({ km, bias, biased }) => {
    expect(biasedDistanceKm(km, bias)).toBeCloseTo(biased, 9);
  });

  const origin = { latitude: 0, longitude: 0 };
  const point = (id: string, lat: number, lon: number, bias?: number, hc?: string) =>
    rr(WWW, "A", [id], {
      SetIdentifier: id,
      GeoProximityLocation: { Coordinates: { Latitude: String(lat), Longitude: String(lon) }, Bias: bias },
      HealthCheckId: hc,
    });

  it("the bias example decides between a 150 km and a 100 km resource", () => {
    expect(greatCircleKm(0, 0, 0, 1.35)).toBeCloseTo(150.1, 0);
    expect(greatCircleKm(0, 0, 0, -0.9)).toBeCloseTo(100.1, 0);
    const pick = (bias: number) =>
      q([soa, point("far", 0, 1.35, bias), point("near", 0, -0.9)], WWW, { client: origin });
    expect(pick(0).setIdentifiers).toEqual(["near"]);
    const biased = pick(50);
    expect(biased.setIdentifiers).toEqual(["far"]);
    expect(biased.explanation.join(" ")).toMatch(/150 km, bias \+50 → 75 km/);
    expect(pick(-50).setIdentifiers).toEqual(["near"]);
  });

  it.each([
    {
      case: "Los Angeles → the lax-1 Local Zone",
      client: { latitude: 34.05, longitude: -118.24 },
      picked: "lax",
    },
    { case: "Seattle → us-west-2", client: { latitude: 47.61, longitude: -122.33 }, picked: "oregon" },
    { case: "Boston → us-east-1", client: { latitude: 42.36, longitude: -71.06 }, picked: "virginia" },
    {
      case: "Berlin → the coordinates record in Frankfurt",
      client: { latitude: 52.52, longitude: 13.4 },
      picked: "fra",
    },
  ])("locates AWSRegion, LocalZoneGroup and Coordinates: $case", ({ client, picked }) => {
    const set = [
      soa,
      rr(WWW, "A", ["1.0.0.1"], {
        SetIdentifier: "oregon",
        GeoProximityLocation: { AWSRegion: "us-west-2" },
      }),
      rr(WWW, "A", ["1.0.0.2"], {
        SetIdentifier: "lax",
        GeoProximityLocation: { LocalZoneGroup: "us-west-2-lax-1" },
      }),
      rr(WWW, "A", ["1.0.0.3"], {
        SetIdentifier: "virginia",
        GeoProximityLocation: { AWSRegion: "us-east-1" },
      }),
      point("fra", 50.11, 8.68),
    ];
    expect(q(set, WWW, { client }).setIdentifiers).toEqual([picked]);
  });

  it("places an unlisted Local Zone group at its parent Region and says so", () => {
    const set = [
      soa,
      rr(WWW, "A", ["1.0.0.1"], {
        SetIdentifier: "chi",
        GeoProximityLocation: { LocalZoneGroup: "us-east-1-chi-2" },
      }),
    ];
    expect(q(set, WWW).explanation.join(" ")).toMatch(/us-east-1-chi-2, placed at us-east-1/);
  });

  // DG "How Route 53 chooses records…": an unhealthy pick is replaced by the next by the same criteria.
  it("skips an unhealthy nearest record, and uses it when nothing is healthy", () => {
    const set = [soa, point("near", 0, 1, 0, "hc-near"), point("far", 0, 5, 0, "hc-far")];
    expect(q(set, WWW, { client: origin, unhealthy: ["hc-near"] }).setIdentifiers).toEqual(["far"]);
    expect(q(set, WWW, { client: origin, unhealthy: ["hc-near", "hc-far"] }).setIdentifiers).toEqual([
      "near",
    ]);
  });

  it("never reuses a decision for another client or another health state", () => {
    const set = [soa, point("east", 0, 1, 0, "hc-east"), point("west", 0, -1, 0, "hc-west")];
    const unhealthy = ["hc-east"];
    expect(q(set, WWW, { client: origin }).setIdentifiers).toEqual(["east"]);
    expect(q(set, WWW, { client: origin, unhealthy }).setIdentifiers).toEqual(["west"]);
    expect(q(set, WWW, { client: origin, unhealthy }).setIdentifiers).toEqual(["west"]);
    unhealthy.length = 0;
    expect(q(set, WWW, { client: origin, unhealthy }).setIdentifiers).toEqual(["east"]);
    expect(q(set, WWW, { client: { latitude: 0, longitude: -0.5 } }).setIdentifiers).toEqual(["west"]);
  });
});

describe("latency routing", () => {
  const lat = (region: string, hc?: string) =>
    rr(WWW, "A", [region], { SetIdentifier: region, Region: region, HealthCheckId: hc });
  const set = [soa, lat("us-east-1", "hc-us"), lat("eu-west-1", "hc-eu"), lat("ap-northeast-1")];

  // DG "Latency-based routing": the Region with the lowest latency for the user.
  it.each([
    {
      case: "measured",
      client: nyc,
      latencyMs: { "us-east-1": 80, "eu-west-1": 20, "ap-northeast-1": 200 },
      picked: "eu-west-1",
    },
    { case: "estimated from distance (Paris)", client: paris, latencyMs: undefined, picked: "eu-west-1" },
    { case: "estimated from distance (New York)", client: nyc, latencyMs: undefined, picked: "us-east-1" },
    {
      case: "measured beats estimate",
      client: paris,
      latencyMs: { "ap-northeast-1": 3 },
      picked: "ap-northeast-1",
    },
  ])("$case → $picked", ({ client, latencyMs, picked }) => {
    const r = q(set, WWW, { client, latencyMs: latencyMs as Record<string, number> | undefined });
    expect(r.setIdentifiers).toEqual([picked]);
  });

  it("says whether latency was measured or estimated", () => {
    expect(q(set, WWW, { client: paris }).explanation.join(" ")).toMatch(/estimated from distance/);
    expect(
      q(set, WWW, { latencyMs: { "us-east-1": 9, "eu-west-1": 90, "ap-northeast-1": 150 } }).explanation.join(
        " ",
      ),
    ).toMatch(/9 ms, measured/);
  });

  // DG "Latency-based routing": if the lowest-latency record is unhealthy, the healthy one with the next-lowest.
  it("moves to the next-lowest latency when the best is unhealthy", () => {
    expect(q(set, WWW, { client: paris, unhealthy: ["hc-eu"] }).setIdentifiers).toEqual(["us-east-1"]);
    expect(q(set, WWW, { client: paris, unhealthy: ["hc-eu", "hc-us"] }).setIdentifiers).toEqual([
      "ap-northeast-1",
    ]);
  });
});
