"use client";

import { geoContains, geoEqualEarth, geoGraticule10, geoPath } from "d3-geo";
import type { GeoPermissibleObjects } from "d3-geo";
import type { MouseEvent } from "react";
import { useEffect, useMemo, useState } from "react";
import { feature } from "topojson-client";

import { countryByNumeric } from "@/lib/geo";

import { MapPlaceholder } from "./map-placeholder";

/** What a country is painted with. */
export interface CountryFill {
  colour: string;
  /** Read by screen readers and shown as the tooltip, e.g. "France: geo-europe". */
  title: string;
  /** Drawn lighter: the country gets a mix of answers. */
  isMixed?: boolean;
}

/** A point of interest drawn on the map (a Region or a geoproximity location). */
export interface MapMarker {
  latitude: number;
  longitude: number;
  label: string;
  colour: string;
}

/** A click on the map: where, and the Route 53 country it landed in when it landed on one. */
export interface MapPick {
  latitude: number;
  longitude: number;
  countryCode?: string;
}

export interface WorldMapProps {
  /** Accessible name of the map figure. */
  label: string;
  fills: Record<string, CountryFill>;
  markers?: MapMarker[];
  pick?: MapPick;
  onPick: (pick: MapPick) => void;
  /** Where the world-atlas countries-110m topology is served. */
  topologyUrl?: string;
}

const WIDTH = 960;
const HEIGHT = 468;

interface Shape {
  code: string | undefined;
  name: string;
  d: string;
  geometry: GeoPermissibleObjects;
}

interface Geometry {
  shapes: Shape[];
  sphere: string;
  graticule: string;
  projection: ReturnType<typeof geoEqualEarth>;
}

type Topology = Parameters<typeof feature>[0];

let cached: Promise<Geometry> | undefined;

/** Fetch and project the countries once per page, shared by every map on it. */
function loadGeometry(url: string): Promise<Geometry> {
  cached ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`The map could not be loaded (HTTP ${response.status}).`);
      return response.json() as Promise<Topology>;
    })
    .then((topology) => {
      const collection = feature(topology, topology.objects.countries as Parameters<typeof feature>[1]) as unknown as {
        features: { id?: string | number; properties: { name?: string } | null; geometry: GeoPermissibleObjects }[];
      };
      const projection = geoEqualEarth().fitExtent(
        [
          [4, 4],
          [WIDTH - 4, HEIGHT - 4],
        ],
        { type: "Sphere" },
      );
      const path = geoPath(projection);
      const shapes = collection.features.map((country): Shape => {
        const known = country.id !== undefined ? countryByNumeric(country.id) : undefined;
        return {
          code: known?.alpha2,
          name: known?.name ?? country.properties?.name ?? "Unknown area",
          d: path(country.geometry as GeoPermissibleObjects) ?? "",
          geometry: country.geometry,
        };
      });
      return { shapes, projection, sphere: path({ type: "Sphere" }) ?? "", graticule: path(geoGraticule10()) ?? "" };
    })
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}

/** The world (Equal Earth projection, Natural Earth 1:110m countries) coloured per country; click anywhere to pick. */
export function WorldMap({ label, fills, markers = [], pick, onPick, topologyUrl = "/simulator/world" }: WorldMapProps) {
  const [geometry, setGeometry] = useState<Geometry>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let isCurrent = true;
    loadGeometry(topologyUrl).then(
      (loaded) => isCurrent && setGeometry(loaded),
      (failure: unknown) => isCurrent && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      isCurrent = false;
    };
  }, [topologyUrl]);

  const pickPoint = useMemo(() => {
    if (!geometry || !pick) return undefined;
    return geometry.projection([pick.longitude, pick.latitude]) ?? undefined;
  }, [geometry, pick]);

  if (error) {
    return (
      <div role="alert" className="flex aspect-[960/468] items-center justify-center rounded-md bg-red-50 text-sm text-red-800">
        {error}
      </div>
    );
  }
  if (!geometry) return <MapPlaceholder />;

  const handleClick = (event: MouseEvent<SVGSVGElement>): void => {
    const svg = event.currentTarget;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const lonLat = geometry.projection.invert?.([point.x, point.y]);
    if (!lonLat || !Number.isFinite(lonLat[0]) || !Number.isFinite(lonLat[1])) return;
    const [longitude, latitude] = lonLat;
    if (!geoContains({ type: "Sphere" }, lonLat)) return;

    const target = event.target as Element;
    const code = target.getAttribute("data-code") ?? geometry.shapes.find((shape) => shape.code && geoContains(shape.geometry, lonLat))?.code;
    onPick({ latitude, longitude, countryCode: code ?? undefined });
  };

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={label}
      className="h-auto w-full cursor-crosshair select-none"
      onClick={handleClick}
    >
      <path d={geometry.sphere} fill="#F1F5F9" stroke="#CBD5E1" />
      <path d={geometry.graticule} fill="none" stroke="#E2E8F0" strokeWidth={0.5} />
      {geometry.shapes.map((shape, index) => {
        const fill = shape.code ? fills[shape.code] : undefined;
        const title = fill?.title ?? `${shape.name}: not a Route 53 location`;
        const isPicked = pick?.countryCode !== undefined && pick.countryCode === shape.code;
        return (
          <path
            key={`${shape.code ?? "x"}-${index}`}
            d={shape.d}
            data-code={shape.code}
            role="button"
            aria-label={title}
            fill={fill?.colour ?? "#E2E8F0"}
            fillOpacity={fill?.isMixed ? 0.7 : 1}
            stroke={isPicked ? "#0F172A" : "#FFFFFF"}
            strokeWidth={isPicked ? 1.5 : 0.5}
            className="transition-[fill-opacity] hover:fill-opacity-80"
          >
            <title>{title}</title>
          </path>
        );
      })}
      {markers.map((marker) => {
        const at = geometry.projection([marker.longitude, marker.latitude]);
        if (!at) return null;
        return (
          <g key={`${marker.label}-${marker.latitude}-${marker.longitude}`} transform={`translate(${at[0]},${at[1]})`} aria-hidden="true">
            <circle r={6} fill={marker.colour} stroke="#0F172A" strokeWidth={1.5} />
            <text x={9} y={4} fontSize={12} fontWeight={600} fill="#0F172A" stroke="#FFFFFF" strokeWidth={3} paintOrder="stroke">
              {marker.label}
            </text>
          </g>
        );
      })}
      {pickPoint && (
        <g transform={`translate(${pickPoint[0]},${pickPoint[1]})`} aria-hidden="true" pointerEvents="none">
          <circle r={9} fill="none" stroke="#0F172A" strokeWidth={2} />
          <circle r={2.5} fill="#0F172A" />
        </g>
      )}
    </svg>
  );
}
