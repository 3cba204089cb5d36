import { describe, expect, it } from "vitest";

import { albPlan, BLUE_TG, GREEN_TG } from "@/lib/rollouts/test-fixtures";
import type { RolloutEvent, RolloutSample } from "@/lib/rollouts/types";

import { chartData } from "./chart-data";

const sample = (
  at: string,
  blue: number,
  green: number,
  analysis?: RolloutSample["analysis"],
): RolloutSample => ({
  at,
  weights: { [BLUE_TG]: blue, [GREEN_TG]: green },
  ...(analysis ? { analysis } : {}),
});

describe("the live view's chart data", () => {
  it("gives each backend's share per sample and a marker per applied step", () => {
    const samples = [sample("2026-12-03T10:00:00.000Z", 100, 0), sample("2026-12-03T10:00:10.000Z", 90, 10)];
    const events: RolloutEvent[] = [
      {
        seq: 3,
        rolloutId: "r",
        at: "2026-12-03T10:00:09.000Z",
        actor: "controller",
        kind: "step-applied",
        reason: "",
      },
    ];
    const data = chartData(albPlan(), samples, events);
    expect(data.xs).toEqual([Date.parse(samples[0]!.at) / 1000, Date.parse(samples[1]!.at) / 1000]);
    expect(data.shares).toEqual([
      { label: "images-blue", values: [100, 90] },
      { label: "images-green", values: [0, 10] },
    ]);
    expect(data.stepMarkers).toEqual([Date.parse(events[0]!.at) / 1000]);
    expect(data.signals).toEqual([]);
    expect(data.health).toEqual([]);
    expect(data.summary).toContain("images-green 10 %");
  });

  it("charts healthy targets per target group and the gate alarms that are not OK", () => {
    const healthy = (at: string, blue: number, green: number, alarm: string): RolloutSample => ({
      ...sample(at, 90, 10),
      healthy: { [BLUE_TG]: blue, [GREEN_TG]: green },
      alarms: [{ name: "images-5xx", state: alarm }],
    });
    const data = chartData(
      albPlan(),
      [healthy("2026-12-03T10:00:00.000Z", 2, 2, "OK"), healthy("2026-12-03T10:00:10.000Z", 2, 1, "ALARM")],
      [],
    );
    expect(data.health.map((line) => [line.label, line.values])).toEqual([
      ["images-blue healthy", [2, 2]],
      ["images-green healthy", [2, 1]],
      ["alarms not OK", [0, 1]],
    ]);
  });

  it("draws canary and stable error rates in percent and latencies in ms, with gaps where a sample had none", () => {
    const analysis = {
      canaryErrorRate: 0.02,
      stableErrorRate: 0.005,
      canaryLatencyMs: 120,
      stableLatencyMs: 100,
      canaryRequests: 500,
      stableRequests: 4500,
    };
    const data = chartData(
      albPlan(),
      [sample("2026-12-03T10:00:00.000Z", 90, 10), sample("2026-12-03T10:00:10.000Z", 90, 10, analysis)],
      [],
    );
    expect(data.signals.map((line) => [line.label, line.values, line.axis ?? 1])).toEqual([
      ["images-green 5XX %", [null, 2], 1],
      ["images-blue 5XX %", [null, 0.5], 1],
      ["images-green ms", [null, 120], 2],
      ["images-blue ms", [null, 100], 2],
    ]);
  });
});
