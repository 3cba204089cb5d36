"use client";

import { geoContains } from "d3-geo";
import type { MouseEvent } from "react";
import { useId, useMemo } from "react";

import { MAP_HEIGHT, MAP_WIDTH } from "@/lib/geo/shapes";
import type { Shape } from "@/lib/geo/shapes";

import { MapPlaceholder } from "./map-placeholder";
import { useMapGeometry } from "./use-map-geometry";

/** What a country or state is painted with. */
export interface CountryFill {
  colour: string;
  /** Read by screen readers and shown as the tooltip, e.g. "France: geo-europe". */
  title: string;
  /** A mix of answers: drawn in the neutral colour the caller chose, with a hatch. */
  isMixed?: boolean;
}

/** A point of interest drawn on the map (a Region or a geoproximity location). */
export interface MapMarker {
  latitude: number;
  longitude: number;
  label: string;
  colour: string;
}

/** A click on the map: where, and the Route 53 country (and US state) it landed in when it landed on one. */
export interface MapPick {
  latitude: number;
  longitude: number;
  countryCode?: string;
  subdivisionCode?: string;
}

export interface WorldMapProps {
  /** Accessible name of the map figure. */
  label: string;
  fills: Record<string, CountryFill>;
  /** US states by two-letter code: when given, the states are drawn over the United States (fetched on demand). */
  stateFills?: Record<string, CountryFill>;
  markers?: MapMarker[];
  pick?: MapPick;
  onPick: (pick: MapPick) => void;
}

const UNPAINTED = "#E2E8F0";

/** The world (Equal Earth projection, Natural Earth 1:110m countries, US states when asked) coloured per area; click anywhere to pick. */
export function WorldMap({ label, fills, stateFills, markers = [], pick, onPick }: WorldMapProps) {
  const { world, states, error } = useMapGeometry(stateFills !== undefined);
  // Two maps share a page (before and after): each needs its own pattern id.
  const hatchId = `mix-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;

  const pickPoint = useMemo(() => {
    if (!world || !pick) return undefined;
    return world.projection([pick.longitude, pick.latitude]) ?? undefined;
  }, [world, pick]);

  if (error) {
    return (
      <div
        role="alert"
        className="flex aspect-[960/468] items-center justify-center rounded-md bg-red-50 text-sm text-red-800"
      >
        {error}
      </div>
    );
  }
  if (!world) return <MapPlaceholder />;

  const drawnStates = stateFills && states ? states : undefined;

  const handleClick = (event: MouseEvent<SVGSVGElement>): void => {
    const matrix = event.currentTarget.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const lonLat = world.projection.invert?.([point.x, point.y]);
    if (!lonLat || !Number.isFinite(lonLat[0]) || !Number.isFinite(lonLat[1])) return;
    const [longitude, latitude] = lonLat;
    if (!geoContains({ type: "Sphere" }, lonLat)) return;

    const target = event.target as Element;
    const state =
      target.getAttribute("data-state") ??
      drawnStates?.find((shape) => geoContains(shape.geometry, lonLat))?.code;
    const code =
      (state ? "US" : undefined) ??
      target.getAttribute("data-code") ??
      world.shapes.find((shape) => shape.code && geoContains(shape.geometry, lonLat))?.code;
    onPick({ latitude, longitude, countryCode: code ?? undefined, subdivisionCode: state ?? undefined });
  };

  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-label={label}
      className="h-auto w-full cursor-crosshair select-none"
      onClick={handleClick}
    >
      <defs>
        <pattern
          id={hatchId}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="6" stroke="#FFFFFF" strokeWidth="1.5" strokeOpacity="0.6" />
        </pattern>
      </defs>
      <path d={world.sphere} fill="#F1F5F9" stroke="#CBD5E1" />
      <path d={world.graticule} fill="none" stroke="#E2E8F0" strokeWidth={0.5} />
      {world.shapes.map((shape, index) => (
        <Area
          key={`${shape.code ?? "x"}-${index}`}
          shape={shape}
          fill={shape.code ? fills[shape.code] : undefined}
          fallbackTitle={`${shape.name}: not a Route 53 location`}
          isPicked={
            pick?.countryCode !== undefined &&
            pick.subdivisionCode === undefined &&
            pick.countryCode === shape.code
          }
          codeAttribute="data-code"
          hatchId={hatchId}
        />
      ))}
      {drawnStates?.map((shape) => (
        <Area
          key={`US-${shape.code ?? ""}`}
          shape={shape}
          fill={shape.code ? stateFills?.[shape.code] : undefined}
          fallbackTitle={`${shape.name}: not a Route 53 location`}
          isPicked={pick?.subdivisionCode !== undefined && pick.subdivisionCode === shape.code}
          codeAttribute="data-state"
          hatchId={hatchId}
          strokeWidth={0.35}
        />
      ))}
      {markers.map((marker) => {
        const at = world.projection([marker.longitude, marker.latitude]);
        if (!at) return null;
        return (
          <g
            key={`${marker.label}-${marker.latitude}-${marker.longitude}`}
            transform={`translate(${at[0]},${at[1]})`}
            aria-hidden="true"
          >
            <circle r={6} fill={marker.colour} stroke="#0F172A" strokeWidth={1.5} />
            <text
              x={9}
              y={4}
              fontSize={12}
              fontWeight={600}
              fill="#0F172A"
              stroke="#FFFFFF"
              strokeWidth={3}
              paintOrder="stroke"
            >
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

/** One country or state: its fill, a hatch over mixes, and its answer as its accessible name and tooltip. */
function Area({
  shape,
  fill,
  fallbackTitle,
  isPicked,
  codeAttribute,
  hatchId,
  strokeWidth = 0.5,
}: {
  shape: Shape;
  fill: CountryFill | undefined;
  fallbackTitle: string;
  isPicked: boolean;
  codeAttribute: "data-code" | "data-state";
  hatchId: string;
  strokeWidth?: number;
}) {
  const title = fill?.title ?? fallbackTitle;
  const codeProps = { [codeAttribute]: shape.code };
  return (
    <g>
      <path
        d={shape.d}
        {...codeProps}
        role="button"
        aria-label={title}
        fill={fill?.colour ?? UNPAINTED}
        stroke={isPicked ? "#0F172A" : "#FFFFFF"}
        strokeWidth={isPicked ? 1.5 : strokeWidth}
        className="hover:fill-opacity-80 transition-[fill-opacity]"
      >
        <title>{title}</title>
      </path>
      {fill?.isMixed && (
        <path d={shape.d} fill={`url(#${hatchId})`} pointerEvents="none" aria-hidden="true" />
      )}
    </g>
  );
}
