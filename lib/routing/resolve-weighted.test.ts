import { describe, expect, it } from "vitest";

import { distribution, resolve } from "./index";
import { WWW, q, shares } from "./resolve.test-helper";
import { nyc, replay, rr, soa, weightedA } from "./test-helpers";

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
