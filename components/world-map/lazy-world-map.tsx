"use client";

import dynamic from "next/dynamic";

import { MapPlaceholder } from "./map-placeholder";

export type { CountryFill, MapMarker, MapPick, WorldMapProps } from "./world-map";

/** The world map, loaded after the page (d3-geo, topojson-client and the shapes stay out of the first load). */
export const LazyWorldMap = dynamic(() => import("./world-map").then((module) => module.WorldMap), {
  ssr: false,
  loading: () => <MapPlaceholder />,
});
