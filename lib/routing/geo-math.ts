/** Mean Earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine, stable for short distances). */
export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2);
  const t = Math.sin(dLon / 2);
  const h = s * s + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * t * t;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Round-trip latency guessed from distance when none was measured: light in fibre covers about 200 km per ms one way,
 * real paths are about 1.5× the great circle, plus a few ms of last-mile and processing.
 */
export function estimateLatencyMs(distanceKm: number): number {
  return 5 + (distanceKm * 2 * 1.5) / 200;
}

/**
 * Geoproximity's biased distance as the current Route 53 Developer Guide gives it: actual × (1 − bias/100), for positive
 * and negative bias alike (150 km with bias +50 → 75 km; with −50 → 225 km). The 2023 guide divided by (1 + bias/100)
 * for a negative bias; we follow the current guide.
 */
export function biasedDistanceKm(distanceKm: number, bias: number): number {
  return distanceKm * (1 - bias / 100);
}

/**
 * arccos with |error| < 5e-8 rad (under 0.3 m on the Earth's surface), several times faster than Math.acos: for ranking
 * many records per query (Abramowitz & Stegun 4.4.46).
 */
export function fastAcos(x: number): number {
  const neg = x < 0;
  const a = neg ? -x : x > 1 ? 1 : x;
  const b = a > 1 ? 1 : a;
  const p =
    1.570796305 +
    b *
      (-0.2145988016 +
        b *
          (0.0889789874 +
            b *
              (-0.0501743046 +
                b * (0.030891881 + b * (-0.0170881256 + b * (0.0066700901 - b * 0.0012624911))))));
  const r = Math.sqrt(1 - b) * p;
  return neg ? Math.PI - r : r;
}
