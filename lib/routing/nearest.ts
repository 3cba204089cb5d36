import { countryByAlpha2, COUNTRIES } from "@/lib/geo";

import type { Ctx } from "./context";
import { fastAcos, greatCircleKm } from "./geo-math";
import { isHealthy } from "./health";
import type { Group, PreparedRecord } from "./prepare";

// Nearest-record searches for the location-based policies (geolocation's country fallback, geoproximity, latency).

const RAD = Math.PI / 180;

/** The Route 53 country whose representative point is nearest (undefined for a point that is not a number). */
export function nearestCountry(lat: number, lon: number): string | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  let best: string | undefined;
  let bestKm = Infinity;
  for (const c of COUNTRIES) {
    const d = greatCircleKm(lat, lon, c.latitude, c.longitude);
    if (d < bestKm) {
      bestKm = d;
      best = c.alpha2;
    }
  }
  return best && countryByAlpha2(best) ? best : undefined;
}

export function clientVector(ctx: Ctx): void {
  if (ctx.cx === ctx.cx) return;
  const { latitude, longitude } = ctx.input.client;
  const cl = Math.cos(latitude * RAD);
  ctx.cx = cl * Math.cos(longitude * RAD);
  ctx.cy = cl * Math.sin(longitude * RAD);
  ctx.cz = Math.sin(latitude * RAD);
}

/**
 * The record with the smallest biased distance when every record is healthy. Without bias the largest dot product is
 * the nearest, so no arccos is needed; with bias, a record is skipped when even its chord (never longer than the arc)
 * times its bias factor cannot beat the best so far.
 */
export function nearestRecord(g: Group, cx: number, cy: number, cz: number): PreparedRecord | undefined {
  const pts = g.points;
  const n = g.records.length;
  let bestIndex = -1;
  if (!g.hasBias) {
    let bestDot = -Infinity;
    for (let i = 0, k = 0; i < n; i++, k += 5) {
      const dot = pts[k]! * cx + pts[k + 1]! * cy + pts[k + 2]! * cz;
      if (dot > bestDot) {
        bestDot = dot;
        bestIndex = i;
      }
    }
    return g.records[bestIndex];
  }

  let bestScore = Infinity;
  let bestSquared = Infinity;
  for (let i = 0, k = 0; i < n; i++, k += 5) {
    const dot = pts[k]! * cx + pts[k + 1]! * cy + pts[k + 2]! * cz;
    if (pts[k + 4]! * (2 - 2 * dot) >= bestSquared) continue;
    const score = fastAcos(dot) * pts[k + 3]!;
    if (score < bestScore) {
      bestScore = score;
      bestSquared = score * score;
      bestIndex = i;
    }
  }
  return g.records[bestIndex];
}

/** [nearest healthy record, nearest record] by biased distance, for when health can matter. */
export function nearestHealthy(
  g: Group,
  ctx: Ctx,
  depth: number,
  cx: number,
  cy: number,
  cz: number,
): [PreparedRecord | undefined, PreparedRecord | undefined] {
  let best: PreparedRecord | undefined;
  let bestScore = Infinity;
  let nearest: PreparedRecord | undefined;
  let nearestScore = Infinity;
  const pts = g.points;
  g.records.forEach((r, i) => {
    const k = i * 5;
    const dot = pts[k]! * cx + pts[k + 1]! * cy + pts[k + 2]! * cz;
    const score = fastAcos(dot) * pts[k + 3]!;
    if (score < nearestScore) {
      nearestScore = score;
      nearest = r;
    }
    if (score < bestScore && isHealthy(r, ctx, depth)) {
      bestScore = score;
      best = r;
    }
  });
  return [best, nearest];
}
