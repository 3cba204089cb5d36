import { describe, expect, it } from "vitest";

import { biasedDistanceKm, distribution, greatCircleKm, resolve } from "./index";
import { alias, nyc, paris, replay, rr, soa, weightedA, ZONE } from "./test-helpers";
import type { ResolveInput, ResourceRecordSet } from "./types";

const WWW = "www.example.com.";

function q(recordSets: ResourceRecordSet[], name: string, extra: Partial<ResolveInput> = {}, type = "A") {
  return resolve({ recordSets, query: { name, type }, client: nyc, ...extra });
}

function shares(
  recordSets: ResourceRecordSet[],
  name: string,
  extra: Partial<ResolveInput> = {},
  n = 20_000,
) {
  const { counts } = distribution({ recordSets, query: { name, type: "A" }, client: nyc, ...extra }, n, 7);
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / n]));
}

describe("weighted routing", () => {
  const set = [
    soa,
    weightedA(WWW, "blue", 90, "10.0.0.1", "hc-blue"),
    weightedA(WWW, "green", 10, "10.0.0.2", "hc-green"),
  ];

  // DG "Weighted routing": share = weight / sum of weights.
  it.each([
    { random: 0, picked: "blue", answer: "10.0.0.1" },
    { random: 0.8999, picked: "blue", answer: "10.0.0.1" },
    { random: 0.9, picked: "green", answer: "10.0.0.2" },
    { random: 0.9999, picked: "green", answer: "10.0.0.2" },
  ])("random $random picks $picked", ({ random, picked, answer }) => {
    const r = q(set, WWW, { random: () => random });
    expect(r).toMatchObject({ rcode: "NOERROR", answers: [answer], setIdentifiers: [picked] });
  });

  it("explains the pick with weight and share", () => {
    const r = q(set, WWW, { random: () => 0.1 });
    expect(r.explanation).toContain(
      "Weighted: 2 of 2 records have non-zero weight; picked 'blue' (weight 90 of 100, 90%).",
    );
  });

  const trio = [
    soa,
    weightedA(WWW, "a", 1, "10.0.0.1", "hc-a"),
    weightedA(WWW, "b", 1, "10.0.0.2", "hc-b"),
    weightedA(WWW, "zero", 0, "10.0.0.3", "hc-zero"),
  ];

  // DG "How Route 53 chooses records when health checking is configured" → "Weighted records that have a weight of 0".
  it.each([
    { case: "all healthy: zero weight never answers", unhealthy: [], expected: { a: 0.5, b: 0.5 } },
    { case: "one non-zero unhealthy: the other takes all", unhealthy: ["hc-a"], expected: { b: 1 } },
    {
      case: "both non-zero unhealthy: only the zero-weight answers",
      unhealthy: ["hc-a", "hc-b"],
      expected: { zero: 1 },
    },
    {
      case: "all three unhealthy: all treated healthy, non-zero at 50/50, never the zero",
      unhealthy: ["hc-a", "hc-b", "hc-zero"],
      expected: { a: 0.5, b: 0.5 },
    },
  ])("$case", ({ unhealthy, expected }) => {
    const s = shares(trio, WWW, { unhealthy });
    expect(Object.keys(s).sort()).toEqual(Object.keys(expected).sort());
    for (const [id, share] of Object.entries(expected)) expect(s[id]).toBeCloseTo(share, 1);
  });

  // DG "Weighted routing": all weights 0 → equal share; health still applies.
  it("all weights zero split equally, and skip unhealthy ones", () => {
    const zeros = [
      soa,
      weightedA(WWW, "x", 0, "1.1.1.1", "hc-x"),
      weightedA(WWW, "y", 0, "2.2.2.2"),
      weightedA(WWW, "z", 0, "3.3.3.3"),
    ];
    const all = shares(zeros, WWW);
    for (const id of ["x", "y", "z"]) expect(all[id]).toBeCloseTo(1 / 3, 1);
    const healthy = shares(zeros, WWW, { unhealthy: ["hc-x"] });
    expect(healthy.x).toBeUndefined();
    expect(healthy.y).toBeCloseTo(0.5, 1);
  });

  it("explains the zero-weight fallback", () => {
    const r = q(trio, WWW, { unhealthy: ["hc-a", "hc-b"] });
    expect(r.setIdentifiers).toEqual(["zero"]);
    expect(r.explanation.join(" ")).toMatch(/every non-zero-weight record is unhealthy/);
  });
});

describe("failover routing", () => {
  const set = [
    soa,
    rr(WWW, "A", ["10.0.0.1"], { SetIdentifier: "primary", Failover: "PRIMARY", HealthCheckId: "hc-p" }),
    rr(WWW, "A", ["10.0.0.2"], { SetIdentifier: "secondary", Failover: "SECONDARY", HealthCheckId: "hc-s" }),
  ];

  // DG "Failover routing": primary while healthy; else secondary; both unhealthy → primary.
  it.each([
    { case: "primary healthy", unhealthy: [], picked: "primary" },
    { case: "primary unhealthy, secondary healthy", unhealthy: ["hc-p"], picked: "secondary" },
    { case: "secondary unhealthy only", unhealthy: ["hc-s"], picked: "primary" },
    { case: "both unhealthy", unhealthy: ["hc-p", "hc-s"], picked: "primary" },
  ])("$case → $picked", ({ unhealthy, picked }) => {
    expect(q(set, WWW, { unhealthy }).setIdentifiers).toEqual([picked]);
  });

  // DG "Failover routing": a secondary without a health check is always healthy.
  it("fails over to a secondary that has no health check", () => {
    const noCheck = [
      set[0]!,
      set[1]!,
      rr(WWW, "A", ["10.0.0.2"], { SetIdentifier: "secondary", Failover: "SECONDARY" }),
    ];
    const r = q(noCheck, WWW, { unhealthy: ["hc-p"] });
    expect(r.answers).toEqual(["10.0.0.2"]);
    expect(r.explanation.join(" ")).toMatch(/fails over/);
  });

  // DG "Values specific for failover alias records" → Evaluate target health: the ALB's health decides.
  it.each([
    { unhealthyName: "dualstack.primary-alb-1.us-east-1.elb.amazonaws.com" },
    { unhealthyName: "PRIMARY-ALB-1.us-east-1.elb.amazonaws.com." },
    { unhealthyName: "primary-alb-1.us-east-1.elb.amazonaws.com" },
  ])(
    "alias primary to an ALB fails over when the target $unhealthyName is unhealthy",
    ({ unhealthyName }) => {
      const albs = [
        soa,
        alias(WWW, "A", "dualstack.primary-alb-1.us-east-1.elb.amazonaws.com.", true, {
          SetIdentifier: "p",
          Failover: "PRIMARY",
        }),
        alias(WWW, "A", "dualstack.backup-alb-2.us-west-2.elb.amazonaws.com.", true, {
          SetIdentifier: "s",
          Failover: "SECONDARY",
        }),
      ];
      expect(q(albs, WWW).answers).toEqual(["dualstack.primary-alb-1.us-east-1.elb.amazonaws.com"]);
      expect(q(albs, WWW, { unhealthy: [unhealthyName] }).answers).toEqual([
        "dualstack.backup-alb-2.us-west-2.elb.amazonaws.com",
      ]);
    },
  );
});

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

describe("multivalue answer routing", () => {
  const mv = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      rr(WWW, "A", [`10.0.0.${i + 1}`], {
        SetIdentifier: `m${i + 1}`,
        MultiValueAnswer: true,
        HealthCheckId: `hc-${i + 1}`,
      }),
    );
  const hcs = (...ids: number[]) => ids.map((i) => `hc-${i}`);

  // DG "Multivalue answer routing": up to eight healthy records; all of them when eight or fewer.
  it.each([
    { records: 5, unhealthy: [], count: 5 },
    { records: 8, unhealthy: [], count: 8 },
    { records: 12, unhealthy: [], count: 8 },
    { records: 12, unhealthy: hcs(1, 2, 3, 4, 5), count: 7 },
    { records: 10, unhealthy: hcs(1, 2, 3, 4, 5, 6, 7, 8, 9), count: 1 },
    { records: 10, unhealthy: hcs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), count: 8 },
  ])("$records records, $unhealthy.length unhealthy → $count answers", ({ records, unhealthy, count }) => {
    const r = q([soa, ...mv(records)], WWW, { unhealthy });
    expect(r.answers).toHaveLength(count);
    expect(new Set(r.answers).size).toBe(count);
    if (unhealthy.length < records) {
      for (const id of r.setIdentifiers) expect(unhealthy).not.toContain(`hc-${id.slice(1)}`);
    }
  });
});

describe("simple routing", () => {
  // DG "Simple routing": all values of the one record, never health checked.
  it("answers every value", () => {
    const r = q([soa, rr(WWW, "A", ["10.0.0.1", "10.0.0.2"])], WWW, { unhealthy: ["anything"] });
    expect(r).toMatchObject({ rcode: "NOERROR", answers: ["10.0.0.1", "10.0.0.2"], setIdentifiers: [] });
  });

  // DG "Choosing between routing policies" / CNAME: a CNAME answers any type at its name.
  it("answers an A query at a CNAME with the CNAME value and explains it", () => {
    const r = q([soa, rr(WWW, "CNAME", ["app.example.net"])], "www.example.com");
    expect(r.answers).toEqual(["app.example.net"]);
    expect(r.explanation.join(" ")).toMatch(/has a CNAME record instead of A/);
  });
});

describe("alias records and trees", () => {
  // DG "Choosing between alias and non-alias records": an alias to a record in the same zone answers with its values.
  it("follows an alias to a record in the same zone", () => {
    const set = [
      soa,
      rr("origin.example.com.", "A", ["192.0.2.10", "192.0.2.11"]),
      alias("Example.com.", "A", "origin.example.com.", false),
    ];
    const r = q(set, "example.com");
    expect(r.answers).toEqual(["192.0.2.10", "192.0.2.11"]);
    expect(r.explanation.join(" ")).toMatch(/alias to origin\.example\.com A in this zone/);
  });

  it("answers an alias to an ALB with the ALB's DNS name", () => {
    const set = [soa, alias(WWW, "A", "dualstack.My-ALB-123.eu-west-1.elb.amazonaws.com.", true)];
    expect(q(set, WWW).answers).toEqual(["dualstack.my-alb-123.eu-west-1.elb.amazonaws.com"]);
  });

  // DG "Evaluate target health" (alias): with a health check as well, both must pass.
  it.each([
    { unhealthy: [], picked: "alb" },
    { unhealthy: ["hc-alb"], picked: "backup" },
    { unhealthy: ["my-alb.us-east-1.elb.amazonaws.com"], picked: "backup" },
  ])("alias with health check and target health, unhealthy $unhealthy → $picked", ({ unhealthy, picked }) => {
    const set = [
      soa,
      alias(WWW, "A", "my-alb.us-east-1.elb.amazonaws.com", true, {
        SetIdentifier: "alb",
        Failover: "PRIMARY",
        HealthCheckId: "hc-alb",
      }),
      rr(WWW, "A", ["198.51.100.1"], { SetIdentifier: "backup", Failover: "SECONDARY" }),
    ];
    expect(q(set, WWW, { unhealthy }).setIdentifiers).toEqual([picked]);
  });

  // DG "How health checking works in complex Amazon Route 53 configurations": latency aliases → weighted groups.
  function tree(evaluate: boolean): ResourceRecordSet[] {
    return [
      soa,
      alias(WWW, "A", "eu.example.com", evaluate, { SetIdentifier: "eu", Region: "eu-west-1" }),
      alias(WWW, "A", "us.example.com", evaluate, { SetIdentifier: "us", Region: "us-east-1" }),
      weightedA("eu.example.com.", "eu-a", 50, "10.1.0.1", "hc-eu-a"),
      weightedA("eu.example.com.", "eu-b", 50, "10.1.0.2", "hc-eu-b"),
      weightedA("us.example.com.", "us-a", 50, "10.2.0.1", "hc-us-a"),
      weightedA("us.example.com.", "us-b", 50, "10.2.0.2", "hc-us-b"),
    ];
  }

  it("follows the tree and reports both SetIdentifiers", () => {
    const r = q(tree(true), WWW, { client: paris, random: () => 0.1 });
    expect(r.setIdentifiers).toEqual(["eu", "eu-a"]);
    expect(r.answers).toEqual(["10.1.0.1"]);
  });

  it("within a branch an unhealthy record is skipped", () => {
    const r = q(tree(true), WWW, { client: paris, random: () => 0.1, unhealthy: ["hc-eu-a"] });
    expect(r.setIdentifiers).toEqual(["eu", "eu-b"]);
  });

  it("with EvaluateTargetHealth true, a branch with nothing healthy is backed out of", () => {
    const r = q(tree(true), WWW, { client: paris, random: () => 0.1, unhealthy: ["hc-eu-a", "hc-eu-b"] });
    expect(r.setIdentifiers).toEqual(["us", "us-a"]);
  });

  it("with EvaluateTargetHealth false, Route 53 answers from inside the failed branch", () => {
    const r = q(tree(false), WWW, { client: paris, random: () => 0.1, unhealthy: ["hc-eu-a", "hc-eu-b"] });
    expect(r.setIdentifiers).toEqual(["eu", "eu-a"]);
  });

  it("when every branch is unhealthy, all are treated healthy", () => {
    const r = q(tree(true), WWW, {
      client: paris,
      random: () => 0.1,
      unhealthy: ["hc-eu-a", "hc-eu-b", "hc-us-a", "hc-us-b"],
    });
    expect(r.setIdentifiers).toEqual(["eu", "eu-a"]);
  });

  it("treats an evaluated alias to a missing in-zone name as unhealthy, and stops alias loops", () => {
    const missing = [
      soa,
      rr("gone.example.com.", "TXT", ['"x"']),
      alias(WWW, "A", "gone.example.com", true, { SetIdentifier: "p", Failover: "PRIMARY" }),
      rr(WWW, "A", ["203.0.113.9"], { SetIdentifier: "s", Failover: "SECONDARY" }),
    ];
    expect(q(missing, WWW).answers).toEqual(["203.0.113.9"]);
    const loop = [
      soa,
      alias("a.example.com.", "A", "b.example.com", false),
      alias("b.example.com.", "A", "a.example.com", false),
    ];
    expect(q(loop, "a.example.com").answers).toEqual([]);
  });
});

describe("names, NXDOMAIN and NODATA", () => {
  const set = [
    soa,
    rr("WWW.Example.COM.", "A", ["10.0.0.1"]),
    rr("mail.example.com", "MX", ["10 mx.example.com"]),
    rr("a.b.example.com.", "A", ["10.0.0.5"]),
    rr("\\052.apps.example.com.", "A", ["10.9.9.9"]),
    rr("real.apps.example.com.", "TXT", ['"hi"']),
  ];

  // DG "DNS domain name format": names compare case-insensitively, with or without the final dot.
  it.each(["www.example.com", "WWW.EXAMPLE.COM.", "Www.Example.Com"])("matches %s", (name) => {
    expect(q(set, name).answers).toEqual(["10.0.0.1"]);
  });

  it("accepts the type in any case", () => {
    expect(q(set, "www.example.com", {}, "a").answers).toEqual(["10.0.0.1"]);
  });

  it.each([
    { name: "nope.example.com", rcode: "NXDOMAIN", answers: [] },
    { name: "mail.example.com", rcode: "NOERROR", answers: [] },
    { name: "b.example.com", rcode: "NOERROR", answers: [] },
    { name: "x.apps.example.com", rcode: "NOERROR", answers: ["10.9.9.9"] },
    { name: "deep.x.apps.example.com", rcode: "NOERROR", answers: ["10.9.9.9"] },
    { name: "real.apps.example.com", rcode: "NOERROR", answers: [] },
  ])("$name A → $rcode $answers", ({ name, rcode, answers }) => {
    const r = q(set, name);
    expect(r.rcode).toBe(rcode);
    expect(r.answers).toEqual(answers);
    expect(r.explanation.length).toBeGreaterThan(0);
  });

  it("explains NXDOMAIN and NODATA", () => {
    expect(q(set, "nope.example.com").explanation[0]).toMatch(/NXDOMAIN/);
    expect(q(set, "mail.example.com").explanation[0]).toMatch(/has no A record \(it has MX\)/);
  });

  it("re-indexes a new recordSets array", () => {
    const first = [soa, rr(WWW, "A", ["10.0.0.1"])];
    expect(q(first, WWW).answers).toEqual(["10.0.0.1"]);
    expect(q([soa, rr(WWW, "A", ["10.0.0.2"])], WWW).answers).toEqual(["10.0.0.2"]);
  });
});

describe("distribution", () => {
  const set = [soa, weightedA(WWW, "blue", 3, "10.0.0.1"), weightedA(WWW, "green", 1, "10.0.0.2")];

  it("counts outcomes by SetIdentifier, reproducibly for a seed", () => {
    const input = { recordSets: set, query: { name: WWW, type: "A" }, client: nyc };
    const a = distribution(input, 100_000, 3);
    expect(a.n).toBe(100_000);
    expect(a.counts.blue! + a.counts.green!).toBe(100_000);
    expect(a.counts.blue! / 100_000).toBeCloseTo(0.75, 2);
    expect(distribution(input, 100_000, 3).counts).toEqual(a.counts);
    expect(typeof a.ms).toBe("number");
  });

  it("keys by answer without SetIdentifier, and marks NXDOMAIN", () => {
    const input = { recordSets: [soa, rr(WWW, "A", ["10.0.0.1"])], client: nyc };
    expect(distribution({ ...input, query: { name: WWW, type: "A" } }, 10).counts).toEqual({
      "10.0.0.1": 10,
    });
    expect(distribution({ ...input, query: { name: "x.example.com", type: "A" } }, 10).counts).toEqual({
      "(NXDOMAIN)": 10,
    });
  });

  it("uses replayed randomness through resolve()", () => {
    expect(
      resolve({ recordSets: set, query: { name: WWW, type: "A" }, client: nyc, random: replay(0.9) })
        .setIdentifiers,
    ).toEqual(["green"]);
  });
});

it("keeps the zone name fixture consistent", () => {
  expect(ZONE.endsWith(".")).toBe(true);
});
