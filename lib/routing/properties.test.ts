import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fastAcos } from "./geo-math";
import { biasedDistanceKm, distribution, greatCircleKm, resolve, seededRandom } from "./index";
import { rr, soa, weightedA } from "./test-helpers";

const WWW = "www.example.com.";
const client = { latitude: 0, longitude: 0 };

describe("properties", () => {
  // DG "Weighted routing": each record's share converges to weight / sum of weights; weight 0 gets nothing.
  it("weighted frequencies converge to weight / total", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 })
          .filter((ws) => ws.some((w) => w > 0)),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (weights, seed) => {
          const n = 40_000;
          const set = [soa, ...weights.map((w, i) => weightedA(WWW, `r${i}`, w, `10.0.0.${i + 1}`))];
          const { counts } = distribution(
            { recordSets: set, query: { name: WWW, type: "A" }, client },
            n,
            seed,
          );
          const total = weights.reduce((a, b) => a + b, 0);
          weights.forEach((w, i) => {
            const p = w / total;
            const observed = (counts[`r${i}`] ?? 0) / n;
            if (w === 0) expect(observed).toBe(0);
            // Five standard deviations: a false alarm is about one in 3.5 million per check.
            else expect(Math.abs(observed - p)).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / n) + 1e-9);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  // DG "Multivalue answer routing": never more than eight, never an unhealthy one while a healthy one exists.
  it("multivalue answers at most eight, and only healthy records while any is healthy", () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 24 }),
        fc.integer(),
        (healthFlags, seed) => {
          const set = [
            soa,
            ...healthFlags.map((_, i) =>
              rr(WWW, "A", [`10.0.${i}.1`], {
                SetIdentifier: `m${i}`,
                MultiValueAnswer: true,
                HealthCheckId: `hc-${i}`,
              }),
            ),
          ];
          const unhealthy = healthFlags.flatMap((isHealthy, i) => (isHealthy ? [] : [`hc-${i}`]));
          const healthyCount = healthFlags.filter(Boolean).length;
          const r = resolve({
            recordSets: set,
            query: { name: WWW, type: "A" },
            client,
            unhealthy,
            random: seededRandom(seed),
          });

          expect(r.answers.length).toBeLessThanOrEqual(8);
          expect(new Set(r.setIdentifiers).size).toBe(r.setIdentifiers.length);
          if (healthyCount > 0) {
            expect(r.answers.length).toBe(Math.min(8, healthyCount));
            for (const id of r.setIdentifiers) expect(healthFlags[Number(id.slice(1))]).toBe(true);
          } else {
            expect(r.answers.length).toBe(Math.min(8, healthFlags.length));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  // DG "Geoproximity routing": the answer is the record with the smallest biased distance.
  it("geoproximity picks the smallest biased distance", () => {
    const point = fc.record({
      lat: fc.integer({ min: -8900, max: 8900 }).map((x) => x / 100),
      lon: fc.integer({ min: -17900, max: 17900 }).map((x) => x / 100),
      bias: fc.integer({ min: -99, max: 99 }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 30 }), point, (points, c) => {
        const set = [
          soa,
          ...points.map((p, i) =>
            rr(WWW, "A", [`p${i}`], {
              SetIdentifier: `p${i}`,
              GeoProximityLocation: {
                Coordinates: { Latitude: String(p.lat), Longitude: String(p.lon) },
                Bias: p.bias,
              },
            }),
          ),
        ];
        const r = resolve({
          recordSets: set,
          query: { name: WWW, type: "A" },
          client: { latitude: c.lat, longitude: c.lon },
        });
        const biased = points.map((p) => biasedDistanceKm(greatCircleKm(c.lat, c.lon, p.lat, p.lon), p.bias));
        const best = Math.min(...biased);
        const picked = Number(r.setIdentifiers[0]!.slice(1));
        // Equal within a metre: ties and the fast arccos may pick either of two equally near records.
        expect(biased[picked]! - best).toBeLessThan(0.001);
      }),
      { numRuns: 300 },
    );
  });

  it("fastAcos stays within 5e-8 rad of Math.acos", () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (x) => {
        expect(Math.abs(fastAcos(x) - Math.acos(x))).toBeLessThan(5e-8);
      }),
      { numRuns: 5000 },
    );
  });
});
