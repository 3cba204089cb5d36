"use client";

import { useEffect, useState } from "react";

import { projectUsStates, projectWorld } from "@/lib/geo/shapes";
import type { Shape, Topology, WorldGeometry } from "@/lib/geo/shapes";

/** Where the route handlers under app/(console)/simulator serve the world-atlas and us-atlas topologies. */
const WORLD_URL = "/simulator/world";
const US_STATES_URL = "/simulator/us-states";

let world: Promise<WorldGeometry> | undefined;
let states: Promise<Shape[]> | undefined;

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The map could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as Topology;
}

/** Fetched and projected once per page, shared by every map on it; a failure is forgotten so a remount retries. */
function loadWorld(): Promise<WorldGeometry> {
  world ??= fetchTopology(WORLD_URL)
    .then(projectWorld)
    .catch((error: unknown) => {
      world = undefined;
      throw error;
    });
  return world;
}

function loadStates(): Promise<Shape[]> {
  states ??= Promise.all([fetchTopology(US_STATES_URL), loadWorld()])
    .then(([topology, geometry]) => projectUsStates(topology, geometry.projection))
    .catch((error: unknown) => {
      states = undefined;
      throw error;
    });
  return states;
}

/** The projected world, and the US states once `withStates` asks for them (their shapes are fetched only then). */
export function useMapGeometry(withStates: boolean): {
  world?: WorldGeometry;
  states?: Shape[];
  error?: string;
} {
  const [loadedWorld, setWorld] = useState<WorldGeometry>();
  const [loadedStates, setStates] = useState<Shape[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let isCurrent = true;
    const fail = (failure: unknown) =>
      isCurrent && setError(failure instanceof Error ? failure.message : String(failure));
    loadWorld().then((loaded) => isCurrent && setWorld(loaded), fail);
    if (withStates) loadStates().then((loaded) => isCurrent && setStates(loaded), fail);
    return () => {
      isCurrent = false;
    };
  }, [withStates]);

  return { world: loadedWorld, states: loadedStates, error };
}
