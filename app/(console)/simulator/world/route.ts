import countries from "world-atlas/countries-110m.json";

// The world map's country shapes, served as JSON so they stay out of the page's JavaScript; built once, cached long.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(countries, {
    headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
