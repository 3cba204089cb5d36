import states from "us-atlas/states-10m.json";

// The US states' shapes for the simulator map, served as JSON and fetched only when a state gets its own answer.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(states, {
    headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
