// Canary analysis: the canary target group against the stable one, over the same window of one ALB.
// Pure: the runner fetches the sums (lib/aws/cloudwatch/canary-metrics.ts), this decides.

import type { AnalysisGate } from "./types";

/** One target group's CloudWatch sums over the window. */
export interface TargetGroupSums {
  /** Sum of RequestCount. */
  requests: number;
  /** Sum of HTTPCode_Target_5XX_Count. */
  errors5xx: number;
  /** Request-weighted average of TargetResponseTime in seconds; null without datapoints. */
  averageResponseTimeSeconds: number | null;
  /** Datapoints CloudWatch returned for RequestCount (0 = CloudWatch has nothing for this target group). */
  datapoints: number;
}

export interface CanaryMetrics {
  windowStart: string;
  windowEnd: string;
  canary: TargetGroupSums;
  stable: TargetGroupSums;
}

export type AnalysisVerdict = "pass" | "fail" | "inconclusive" | "no-data";

export interface CanaryAnalysis {
  verdict: AnalysisVerdict;
  /** One sentence per finding, for the page and the event log. */
  reasons: string[];
  requests: { canary: number; stable: number };
  errorRate: {
    canary: number | null;
    stable: number | null;
    /** canary − stable, as a fraction. */
    difference: number | null;
    z: number | null;
    /** One-sided p-value of "canary's rate is higher than stable's". */
    pValue: number | null;
    isSignificant: boolean;
    exceedsThreshold: boolean;
  };
  latency: {
    canaryMs: number | null;
    stableMs: number | null;
    increasePercent: number | null;
    exceedsThreshold: boolean;
  };
}

const DEFAULT_SIGNIFICANCE = 0.05;

/** A CloudWatch series: one value per period, keyed by the period's start (ISO). */
export type MetricPoints = { timestamp: string; value: number }[];

/**
 * Sums one target group's per-period series: RequestCount (Sum), HTTPCode_Target_5XX_Count (Sum) and
 * TargetResponseTime (Average). The latency is weighted by each period's request count, so a quiet minute does
 * not weigh as much as a busy one. A period with requests but no 5xx datapoint had no 5xx (CloudWatch omits zeros).
 */
export function sumsFromSeries(series: {
  requestCount: MetricPoints;
  target5xx: MetricPoints;
  responseTime: MetricPoints;
}): TargetGroupSums {
  const requestsAt = new Map(series.requestCount.map((point) => [point.timestamp, point.value]));
  const requests = series.requestCount.reduce((sum, point) => sum + point.value, 0);
  const errors5xx = series.target5xx.reduce((sum, point) => sum + point.value, 0);

  let weightedSeconds = 0;
  let weight = 0;
  for (const point of series.responseTime) {
    const count = requestsAt.get(point.timestamp) ?? 0;
    weightedSeconds += point.value * count;
    weight += count;
  }
  return {
    requests,
    errors5xx,
    averageResponseTimeSeconds: weight > 0 ? weightedSeconds / weight : null,
    datapoints: series.requestCount.length,
  };
}

/** Standard normal CDF via the Abramowitz–Stegun 7.1.26 erf approximation (absolute error < 1.5e−7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * One-sided two-proportion z-test with the pooled proportion: H0 "canary's error rate ≤ stable's" against
 * H1 "canary's is higher". Returns z and the one-sided p-value; null when neither side had an error (the
 * pooled variance is 0: nothing to test, and nothing wrong).
 */
export function twoProportionZTest(
  canaryErrors: number,
  canaryRequests: number,
  stableErrors: number,
  stableRequests: number,
): { z: number; pValue: number } | null {
  if (canaryRequests <= 0 || stableRequests <= 0) return null;
  const pooled = (canaryErrors + stableErrors) / (canaryRequests + stableRequests);
  const variance = pooled * (1 - pooled) * (1 / canaryRequests + 1 / stableRequests);
  if (variance <= 0) return null;
  const z = (canaryErrors / canaryRequests - stableErrors / stableRequests) / Math.sqrt(variance);
  return { z, pValue: 1 - normalCdf(z) };
}

/**
 * Judges the canary against stable.
 *
 * Error rate: the canary fails only when BOTH (a) a one-sided two-proportion z-test says its 5xx rate is higher
 * than stable's at the gate's significance (default α = 0.05) and (b) the observed increase exceeds
 * `maxErrorRateIncrease`. Why this test: both sides are Bernoulli counts from the same ALB over the same window,
 * which is exactly the two-proportion setting; it is one-sided because only "worse" matters; the normal
 * approximation holds because `minRequests` per side (use ≥ 100) gates it, and where it would be weakest (no
 * error on either side) the test is not run at all. (a) alone flags differences too small to matter once traffic
 * is high; (b) alone flags noise when traffic is low — together they need a difference that is both real and
 * material. (Fisher's exact test would be the choice for tiny counts; below `minRequests` we say "inconclusive"
 * instead of testing.)
 *
 * Latency: CloudWatch gives TargetResponseTime averages, not per-request samples, so no variance is available
 * for a test; the canary fails when its average exceeds stable's by more than `maxLatencyIncreasePercent`, with
 * the same minimum request count making the averages meaningful.
 *
 * No data: no RequestCount datapoint on either side → "no-data"; fewer than `minRequests` on either side →
 * "inconclusive". What a step's end does with either is the gate's `noDataPolicy` (the controller applies it).
 */
export function analyzeCanary(metrics: CanaryMetrics, gate: AnalysisGate): CanaryAnalysis {
  const { canary, stable } = metrics;
  const requests = { canary: canary.requests, stable: stable.requests };
  const rate = (sums: TargetGroupSums) => (sums.requests > 0 ? sums.errors5xx / sums.requests : null);
  const canaryRate = rate(canary);
  const stableRate = rate(stable);
  const toMs = (seconds: number | null) => (seconds === null ? null : seconds * 1000);
  const canaryMs = toMs(canary.averageResponseTimeSeconds);
  const stableMs = toMs(stable.averageResponseTimeSeconds);

  const base: CanaryAnalysis = {
    verdict: "pass",
    reasons: [],
    requests,
    errorRate: {
      canary: canaryRate,
      stable: stableRate,
      difference: canaryRate !== null && stableRate !== null ? canaryRate - stableRate : null,
      z: null,
      pValue: null,
      isSignificant: false,
      exceedsThreshold: false,
    },
    latency: { canaryMs, stableMs, increasePercent: null, exceedsThreshold: false },
  };

  if (canary.datapoints === 0 && stable.datapoints === 0) {
    return {
      ...base,
      verdict: "no-data",
      reasons: ["CloudWatch has no RequestCount data for either target group in the window."],
    };
  }
  if (canary.requests < gate.minRequests || stable.requests < gate.minRequests) {
    return {
      ...base,
      verdict: "inconclusive",
      reasons: [
        `Too few requests to judge: canary ${canary.requests}, stable ${stable.requests} (at least ${gate.minRequests} each needed).`,
      ],
    };
  }

  const reasons: string[] = [];
  const significance = gate.significance ?? DEFAULT_SIGNIFICANCE;
  const test = twoProportionZTest(canary.errors5xx, canary.requests, stable.errors5xx, stable.requests);
  const difference = base.errorRate.difference ?? 0;
  const isSignificant = test !== null && test.pValue < significance;
  const errorExceeds = difference > gate.maxErrorRateIncrease;
  if (isSignificant && errorExceeds) {
    reasons.push(
      `Canary 5xx rate ${percent(canaryRate)} vs stable ${percent(stableRate)}: +${percent(difference)} exceeds +${percent(gate.maxErrorRateIncrease)} (z = ${test.z.toFixed(2)}, p = ${test.pValue.toPrecision(2)} < ${significance}).`,
    );
  }

  let increasePercent: number | null = null;
  let latencyExceeds = false;
  if (canaryMs !== null && stableMs !== null && stableMs > 0) {
    increasePercent = ((canaryMs - stableMs) / stableMs) * 100;
    latencyExceeds = increasePercent > gate.maxLatencyIncreasePercent;
    if (latencyExceeds) {
      reasons.push(
        `Canary latency ${canaryMs.toFixed(0)} ms vs stable ${stableMs.toFixed(0)} ms: +${increasePercent.toFixed(0)} % exceeds +${gate.maxLatencyIncreasePercent} %.`,
      );
    }
  }

  const isFailing = (isSignificant && errorExceeds) || latencyExceeds;
  if (!isFailing)
    reasons.push(
      `Canary within limits: 5xx ${percent(canaryRate)} vs ${percent(stableRate)}, latency ${fmtMs(canaryMs)} vs ${fmtMs(stableMs)}.`,
    );
  return {
    ...base,
    verdict: isFailing ? "fail" : "pass",
    reasons,
    errorRate: {
      ...base.errorRate,
      z: test?.z ?? null,
      pValue: test?.pValue ?? null,
      isSignificant,
      exceedsThreshold: errorExceeds,
    },
    latency: { canaryMs, stableMs, increasePercent, exceedsThreshold: latencyExceeds },
  };
}

function percent(fraction: number | null): string {
  return fraction === null ? "n/a" : `${(fraction * 100).toFixed(2)} %`;
}

function fmtMs(ms: number | null): string {
  return ms === null ? "n/a" : `${ms.toFixed(0)} ms`;
}
