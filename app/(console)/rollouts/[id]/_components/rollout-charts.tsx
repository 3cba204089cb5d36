"use client";

import "uplot/dist/uPlot.min.css";

import { useEffect, useRef } from "react";
import type uPlot from "uplot";

import type { RolloutEvent, RolloutPlan, RolloutSample } from "@/lib/rollouts/types";

import { chartData, type ChartSeries } from "../_lib/chart-data";

const PALETTE = ["#0284c7", "#059669", "#d97706", "#7c3aed", "#64748b"];

/** One uPlot chart, loaded on demand (uPlot stays out of the page's first-load JS) and sized to its box. */
function TimeChart({
  title,
  series,
  xs,
  markers,
  yLabel,
  y2Label,
}: {
  title: string;
  series: ChartSeries[];
  xs: number[];
  markers: number[];
  yLabel: string;
  y2Label?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const data = JSON.stringify({ series, xs, markers });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const parsed = JSON.parse(data) as { series: ChartSeries[]; xs: number[]; markers: number[] };
    let chart: uPlot | undefined;
    let isCancelled = false;
    const observer = new ResizeObserver(() => chart?.setSize({ width: element.clientWidth, height: 220 }));

    void import("uplot").then(({ default: UPlot }) => {
      if (isCancelled) return;
      const options: uPlot.Options = {
        width: element.clientWidth,
        height: 220,
        legend: { show: true },
        scales: {
          x: { time: true },
          y: { range: (_u, min, max) => [Math.min(0, min), Math.max(max, 1)] },
          ...(y2Label ? { y2: { range: (_u, min, max) => [Math.min(0, min), Math.max(max, 1)] } } : {}),
        },
        axes: [
          {},
          { label: yLabel },
          ...(y2Label ? [{ scale: "y2", side: 1, label: y2Label, grid: { show: false } }] : []),
        ],
        series: [
          {},
          ...parsed.series.map((line, index) => ({
            label: line.label,
            stroke: PALETTE[index % PALETTE.length],
            width: 2,
            dash: line.dashed ? [6, 4] : undefined,
            scale: line.axis === 2 ? "y2" : "y",
            spanGaps: false,
          })),
        ],
        hooks: {
          // Step markers: a dashed vertical line where each step was verified in AWS.
          draw: [
            (u) => {
              const { ctx } = u;
              ctx.save();
              ctx.strokeStyle = "#94a3b8";
              ctx.setLineDash([3, 3]);
              for (const at of parsed.markers) {
                const x = Math.round(u.valToPos(at, "x", true));
                ctx.beginPath();
                ctx.moveTo(x, u.bbox.top);
                ctx.lineTo(x, u.bbox.top + u.bbox.height);
                ctx.stroke();
              }
              ctx.restore();
            },
          ],
        },
      };
      chart = new UPlot(
        options,
        [parsed.xs, ...parsed.series.map((line) => line.values)] as uPlot.AlignedData,
        element,
      );
      observer.observe(element);
    });
    return () => {
      isCancelled = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [data, yLabel, y2Label]);

  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium">{title}</figcaption>
      <div ref={box} className="min-h-[250px] w-full overflow-x-auto" />
    </figure>
  );
}

/** Weights over time with step markers, and the canary analysis signals beside the stable version's. */
export function RolloutCharts({
  plan,
  samples,
  events,
}: {
  plan: RolloutPlan;
  samples: RolloutSample[];
  events: RolloutEvent[];
}) {
  if (samples.length < 2)
    return (
      <p className="text-sm text-slate-600">
        The charts fill in as the controller reads the weights and gates (every few seconds while it runs).
      </p>
    );
  const data = chartData(plan, samples, events);
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <TimeChart
        title="Share of traffic (%)"
        xs={data.xs}
        series={data.shares}
        markers={data.stepMarkers}
        yLabel="%"
      />
      {data.signals.length > 0 ? (
        <TimeChart
          title="New vs stable: 5XX rate (%) and latency (ms)"
          xs={data.xs}
          series={data.signals}
          markers={data.stepMarkers}
          yLabel="5XX %"
          y2Label="ms"
        />
      ) : (
        <p className="text-sm text-slate-600">
          No canary analysis samples: this rollout has no analysis gate, or CloudWatch had no data yet.
        </p>
      )}
      {data.health.length > 0 && (
        <TimeChart
          title="Healthy targets and gate alarms not OK"
          xs={data.xs}
          series={data.health}
          markers={data.stepMarkers}
          yLabel="targets"
          y2Label="alarms"
        />
      )}
      <p className="sr-only">{data.summary}</p>
    </div>
  );
}
