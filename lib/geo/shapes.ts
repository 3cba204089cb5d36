import { geoEqualEarth, geoGraticule10, geoPath } from "d3-geo";
import type { GeoPermissibleObjects, GeoProjection } from "d3-geo";
import { feature } from "topojson-client";

import { countryByNumeric } from "./countries";
import { usStateByFips } from "./subdivisions";

// Not re-exported from lib/geo's index: d3-geo and topojson-client stay out of every bundle but the map's.

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 468;

/** One drawable area: a country (ISO alpha-2 code) or a US state (two-letter code). */
export interface Shape {
  code: string | undefined;
  name: string;
  /** SVG path in the map's viewBox. */
  d: string;
  geometry: GeoPermissibleObjects;
}

export interface WorldGeometry {
  shapes: Shape[];
  sphere: string;
  graticule: string;
  projection: GeoProjection;
}

/** A TopoJSON topology as world-atlas and us-atlas ship it. */
export type Topology = Parameters<typeof feature>[0];

type Feature = {
  id?: string | number;
  properties: { name?: string } | null;
  geometry: GeoPermissibleObjects;
};

function featuresOf(topology: Topology, object: string): Feature[] {
  const objects = topology.objects as Record<string, Parameters<typeof feature>[1] | undefined>;
  const found = objects[object];
  if (!found) throw new Error(`The map data has no "${object}" layer.`);
  return (feature(topology, found) as unknown as { features: Feature[] }).features;
}

/** The world in the Equal Earth projection, fitted to the map's viewBox, with a shape per country. */
export function projectWorld(countries: Topology): WorldGeometry {
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "Sphere" },
  );
  const path = geoPath(projection);
  const shapes = featuresOf(countries, "countries").map((country): Shape => {
    const known = country.id !== undefined ? countryByNumeric(country.id) : undefined;
    return {
      code: known?.alpha2,
      name: known?.name ?? country.properties?.name ?? "Unknown area",
      d: path(country.geometry) ?? "",
      geometry: country.geometry,
    };
  });
  return {
    shapes,
    projection,
    sphere: path({ type: "Sphere" }) ?? "",
    graticule: path(geoGraticule10()) ?? "",
  };
}

/** The US states (us-atlas `states`) in the world map's projection; territories Route 53 lists as countries are left out. */
export function projectUsStates(states: Topology, projection: GeoProjection): Shape[] {
  const path = geoPath(projection);
  return featuresOf(states, "states").flatMap((state): Shape[] => {
    const known = state.id !== undefined ? usStateByFips(state.id) : undefined;
    if (!known) return [];
    return [{ code: known.code, name: known.name, d: path(state.geometry) ?? "", geometry: state.geometry }];
  });
}
