"use client";

import { geoEquirectangular, geoGraticule10, geoPath } from "d3-geo";
import type { MouseEvent } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

const WIDTH = 720;
const HEIGHT = 360;

const projection = geoEquirectangular().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
const path = geoPath(projection);
const topology = world as unknown as Topology<{ land: GeometryCollection }>;
const landPath = path(feature(topology, topology.objects.land)) ?? "";
const graticulePath = path(geoGraticule10()) ?? "";

/** Rounds to Route 53's two decimals, kept inside its ranges. */
function coordinate(value: number, limit: number): string {
  const clamped = Math.max(-limit, Math.min(limit, value));
  return (Math.round(clamped * 100) / 100).toFixed(2).replace(/\.?0+$/, "") || "0";
}

/**
 * A small equirectangular world map: click to place geoproximity coordinates. The latitude and longitude inputs
 * next to it stay the accessible way to enter them; this map is loaded only when coordinates are chosen.
 */
export default function CoordinateMap({
  latitude,
  longitude,
  onPick,
}: {
  latitude: string;
  longitude: string;
  onPick: (latitude: string, longitude: string) => void;
}) {
  const lat = Number(latitude);
  const lon = Number(longitude);
  const marker =
    latitude !== "" && longitude !== "" && Number.isFinite(lat) && Number.isFinite(lon)
      ? projection([lon, lat])
      : null;

  function pick(event: MouseEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    const y = ((event.clientY - box.top) / box.height) * HEIGHT;
    const inverted = projection.invert?.([x, y]);
    if (!inverted) return;
    onPick(coordinate(inverted[1], 90), coordinate(inverted[0], 180));
  }

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label="World map: click to place the coordinates"
      className="w-full max-w-xl cursor-crosshair rounded-md border border-slate-200 bg-sky-50"
      onClick={pick}
    >
      <path d={graticulePath} fill="none" stroke="#cbd5e1" strokeWidth={0.5} />
      <path d={landPath} fill="#e2e8f0" stroke="#94a3b8" strokeWidth={0.5} />
      {marker && (
        <g transform={`translate(${marker[0]} ${marker[1]})`}>
          <circle r={7} fill="none" stroke="#0369a1" strokeWidth={2} />
          <circle r={2.5} fill="#0369a1" />
        </g>
      )}
    </svg>
  );
}
