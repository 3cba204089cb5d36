import { describe, expect, it } from "vitest";

import { analyzeCanary, type MetricPoints, normalCdf, sumsFromSeries, twoProportionZTest } from "./analysis";
import type { AnalysisGate } from "./types";

const GATE: AnalysisGate = {
  maxErrorRateIncrease: 0.01,
  maxLatencyIncreasePercent: 25,
  minRequests: 200,
  noDataPolicy: "pause",
  intervalSeconds: 60,
};

/** Per-minute points from 10:00 on, as GetMetricData returns them (ScanBy TimestampAscending). */
function minutes(values: number[]): MetricPoints {
  return values.map((value, index) => ({ timestamp: `2026-12-02T10:0${index}:00.000Z`, value }));
}

function metrics(canary: Parameters<typeof sumsFromSeries>[0], stable: Parameters<typeof sumsFromSeries>[0]) {
  return {
    windowStart: "2026-12-02T10:00:00.000Z",
    windowEnd: "2026-12-02T10:05:00.000Z",
    canary: sumsFromSeries(canary),
    stable: sumsFromSeries(stable),
  };
}

describe("statistics", () => {
  it("approximates the normal CDF", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.6449)).toBeCloseTo(0.95, 4);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 4);
  });

  it("runs the one-sided two-proportion z-test and skips it when neither side erred", () => {
    const test = twoProportionZTest(30, 1000, 10, 1000);
    expect(test?.z).toBeCloseTo(3.19, 2);
    expect(test?.pValue).toBeLessThan(0.001);
    expect(twoProportionZTest(0, 500, 0, 5000)).toBeNull();
  });
});

describe("sumsFromSeries", () => {
  it("weights the latency by each minute's requests and treats missing 5xx points as zero", () => {
    const sums = sumsFromSeries({
      requestCount: minutes([100, 300]),
      target5xx: minutes([2]),
      responseTime: minutes([0.1, 0.2]),
    });
    expect(sums).toEqual({ requests: 400, errors5xx: 2, averageResponseTimeSeconds: 0.175, datapoints: 2 });
  });
});

describe("analyzeCanary on recorded series", () => {
  it("passes a canary that behaves like stable", () => {
    const result = analyzeCanary(
      metrics(
        {
          requestCount: minutes([60, 62, 58, 61, 59]),
          target5xx: minutes([0, 1, 0, 0, 0]),
          responseTime: minutes([0.081, 0.079, 0.083, 0.08, 0.082]),
        },
        {
          requestCount: minutes([540, 551, 538, 545, 549]),
          target5xx: minutes([2, 3, 1, 2, 2]),
          responseTime: minutes([0.08, 0.081, 0.079, 0.08, 0.08]),
        },
      ),
      GATE,
    );
    expect(result.verdict).toBe("pass");
    expect(result.requests).toEqual({ canary: 300, stable: 2723 });
    expect(result.errorRate.exceedsThreshold).toBe(false);
  });

  it("fails a canary whose 5xx rate is significantly and materially higher, with the values", () => {
    const result = analyzeCanary(
      metrics(
        {
          requestCount: minutes([60, 62, 58, 61, 59]),
          target5xx: minutes([4, 5, 3, 6, 4]),
          responseTime: minutes([0.08, 0.08, 0.08, 0.08, 0.08]),
        },
        {
          requestCount: minutes([540, 551, 538, 545, 549]),
          target5xx: minutes([2, 3, 1, 2, 2]),
          responseTime: minutes([0.08, 0.08, 0.08, 0.08, 0.08]),
        },
      ),
      GATE,
    );
    expect(result.verdict).toBe("fail");
    expect(result.errorRate.canary).toBeCloseTo(22 / 300, 6);
    expect(result.errorRate.isSignificant).toBe(true);
    expect(result.errorRate.pValue).toBeLessThan(0.05);
    expect(result.reasons[0]).toMatch(/exceeds \+1\.00 %/);
  });

  it("does not fail on a significant but immaterial difference, and fails on latency beyond the limit", () => {
    const immaterial = analyzeCanary(
      {
        windowStart: "a",
        windowEnd: "b",
        canary: { requests: 1_000_000, errors5xx: 1500, averageResponseTimeSeconds: 0.08, datapoints: 5 },
        stable: { requests: 1_000_000, errors5xx: 1000, averageResponseTimeSeconds: 0.08, datapoints: 5 },
      },
      GATE,
    );
    expect(immaterial.errorRate.isSignificant).toBe(true);
    expect(immaterial.verdict).toBe("pass");

    const slow = analyzeCanary(
      metrics(
        { requestCount: minutes([100, 100, 100]), target5xx: [], responseTime: minutes([0.13, 0.12, 0.14]) },
        { requestCount: minutes([900, 900, 900]), target5xx: [], responseTime: minutes([0.08, 0.08, 0.08]) },
      ),
      GATE,
    );
    expect(slow.verdict).toBe("fail");
    expect(slow.latency.increasePercent).toBeCloseTo(62.5, 3);
  });

  it("is inconclusive with too few requests on a side, even with a bad-looking canary", () => {
    const result = analyzeCanary(
      metrics(
        { requestCount: minutes([20, 25]), target5xx: minutes([10, 12]), responseTime: minutes([0.5, 0.5]) },
        { requestCount: minutes([400, 410]), target5xx: [], responseTime: minutes([0.08, 0.08]) },
      ),
      GATE,
    );
    expect(result.verdict).toBe("inconclusive");
    expect(result.reasons[0]).toMatch(/canary 45, stable 810/);
  });

  it("says no-data when CloudWatch has nothing for either target group", () => {
    const result = analyzeCanary(
      metrics(
        { requestCount: [], target5xx: [], responseTime: [] },
        { requestCount: [], target5xx: [], responseTime: [] },
      ),
      GATE,
    );
    expect(result.verdict).toBe("no-data");
    expect(result.errorRate.canary).toBeNull();
  });
});
