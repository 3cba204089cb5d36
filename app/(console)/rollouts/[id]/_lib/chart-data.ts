// Rollout samples → the aligned series the live view's charts draw. Pure, so it is tested without a browser.

import { sharesOf } from "@/lib/rollouts/weight-shares";
import type { RolloutEvent, RolloutPlan, RolloutSample } from "@/lib/rollouts/types";

export interface ChartSeries {
  label: string;
  /** One value per x; null where the sample had none. */
  values: (number | null)[];
  dashed?: boolean;
  /** 2 = the right-hand axis. */
  axis?: 1 | 2;
}

export interface ChartData {
  /** Unix seconds. */
  xs: number[];
  shares: ChartSeries[];
  signals: ChartSeries[];
  /** Healthy targets per backend with a target group, and how many gate alarms were not OK (right axis). */
  health: ChartSeries[];
  /** Unix seconds at which a step was verified in AWS. */
  stepMarkers: number[];
  /** The latest values in words, for screen readers. */
  summary: string;
}

const seconds = (iso: string) => Date.parse(iso) / 1000;
const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

export function chartData(plan: RolloutPlan, samples: RolloutSample[], events: RolloutEvent[]): ChartData {
  const xs = samples.map((sample) => seconds(sample.at));
  const label = (id: string) => plan.backends.find((backend) => backend.id === id)?.label ?? id;
  const shares = plan.backends.map((backend) => ({
    label: backend.label,
    values: samples.map((sample) => sharesOf(sample.weights)[backend.id] ?? 0),
  }));

  const hasAnalysis = samples.some((sample) => sample.analysis);
  const pick = (get: (analysis: NonNullable<RolloutSample["analysis"]>) => number | null, scale = 1) =>
    samples.map((sample) => {
      const value = sample.analysis ? get(sample.analysis) : null;
      return value === null ? null : round(value * scale, 3);
    });
  const canary = label(plan.canaryBackendId);
  const stable = label(plan.stableBackendId);
  const signals: ChartSeries[] = hasAnalysis
    ? [
        { label: `${canary} 5XX %`, values: pick((a) => a.canaryErrorRate, 100) },
        { label: `${stable} 5XX %`, values: pick((a) => a.stableErrorRate, 100), dashed: true },
        { label: `${canary} ms`, values: pick((a) => a.canaryLatencyMs), axis: 2 },
        { label: `${stable} ms`, values: pick((a) => a.stableLatencyMs), dashed: true, axis: 2 },
      ]
    : [];

  const hasHealth = samples.some((sample) => sample.healthy);
  const health: ChartSeries[] = hasHealth
    ? plan.backends
        .filter((backend) => backend.targetGroup)
        .map((backend) => ({
          label: `${backend.label} healthy`,
          values: samples.map((sample) => sample.healthy?.[backend.id] ?? null),
        }))
    : [];
  if (samples.some((sample) => sample.alarms && sample.alarms.length > 0)) {
    health.push({
      label: "alarms not OK",
      values: samples.map((sample) =>
        sample.alarms ? sample.alarms.filter((alarm) => alarm.state !== "OK").length : null,
      ),
      dashed: true,
      axis: 2,
    });
  }

  const stepMarkers = events
    .filter((event) => event.kind === "step-applied")
    .map((event) => seconds(event.at));
  const last = samples.at(-1);
  const summary = last
    ? `Latest sample at ${last.at}: ${plan.backends.map((backend) => `${backend.label} ${sharesOf(last.weights)[backend.id] ?? 0} %`).join(", ")}.`
    : "No samples yet.";
  return { xs, shares, signals, health, stepMarkers, summary };
}
