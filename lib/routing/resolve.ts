import { continentOf } from "@/lib/geo";

import { type Ctx, MAX_DEPTH } from "./context";
import { km, pct, plural } from "./format";
import { EARTH_RADIUS_KM, estimateLatencyMs, greatCircleKm } from "./geo-math";
import { allHealthy, healthyOf, isHealthy, names, unhealthySet, whyUnhealthy } from "./health";
import { lookupQuery } from "./lookup";
import { clientVector, nearestCountry, nearestHealthy, nearestRecord } from "./nearest";
import { pickByCumulativeWeight, pickEqual, pickWeighted } from "./pick";
import { prepare } from "./prepare";
import type { Group, Prepared, PreparedRecord } from "./prepare";
import type { ResolveInput, ResolveResult } from "./types";

// The policies, one function each, citing the AWS Developer Guide section they follow. Name lookup, health and the
// nearest-record searches live beside this file (lookup.ts, health.ts, nearest.ts).

export type { Ctx };

const MAX_MULTIVALUE = 8;

/** Resolve one query against a zone's record sets the way Route 53 would answer it, and say why. */
export function resolve(input: ResolveInput): ResolveResult {
  const ctx: Ctx = {
    answers: [],
    ids: [],
    explain: [],
    random: input.random ?? Math.random,
    unhealthy: unhealthySet(input.unhealthy),
    input,
    cx: NaN,
    cy: NaN,
    cz: NaN,
  };
  const rcode = run(prepare(input.recordSets), ctx);
  return { rcode, answers: ctx.answers, setIdentifiers: ctx.ids, explanation: ctx.explain ?? [] };
}

/** Resolve into ctx; returns the rcode. */
export function run(prepared: Prepared, ctx: Ctx): "NOERROR" | "NXDOMAIN" {
  const lookup = lookupQuery(prepared, ctx.input.query.name, ctx.input.query.type);
  if (ctx.explain) for (const line of lookup.lines) ctx.explain.push(line);
  if (lookup.group) resolveGroup(lookup.group, ctx, 0);
  return lookup.rcode;
}

// ---------------------------------------------------------------------------------------------------------------------
// Policies.

function resolveGroup(g: Group, ctx: Ctx, depth: number): void {
  switch (g.policy) {
    case "weighted":
      return weighted(g, ctx, depth);
    case "failover":
      return failover(g, ctx, depth);
    case "geolocation":
      return geolocation(g, ctx, depth);
    case "geoproximity":
      return geoproximity(g, ctx, depth);
    case "latency":
      return latency(g, ctx, depth);
    case "multivalue":
      return multivalue(g, ctx, depth);
    case "cidr":
      return ipBased(g, ctx, depth);
    default:
      return simple(g, ctx, depth);
  }
}

/** Put a chosen record's answer into ctx, following an alias to a record in the same zone. */
function emit(rec: PreparedRecord, ctx: Ctx, depth: number): void {
  if (rec.id) ctx.ids.push(rec.id);
  const alias = rec.alias;
  if (alias === undefined) {
    const v = rec.values;
    for (let i = 0; i < v.length; i++) ctx.answers.push(v[i]!);
    return;
  }

  if (ctx.explain) ctx.explain.push(rec.aliasLine);
  if (!alias.isInZone) {
    ctx.answers.push(alias.answer);
    return;
  }
  if (!alias.target) {
    ctx.explain?.push(`The alias target has no record of this type, so this branch gives no answer.`);
    return;
  }
  if (depth >= MAX_DEPTH) {
    ctx.explain?.push(`Alias chain deeper than ${MAX_DEPTH}; stopping (is there a loop?).`);
    return;
  }
  ctx.explain?.push(alias.target.headline);
  resolveGroup(alias.target, ctx, depth + 1);
}

function simple(g: Group, ctx: Ctx, depth: number): void {
  const rec = g.records[0];
  if (!rec) return;
  if (ctx.explain) ctx.explain.push(rec.pickLine);
  emit(rec, ctx, depth);
}

// DG "Weighted routing" and "How Route 53 chooses records…" → "Weighted records that have a weight of 0".
function weighted(g: Group, ctx: Ctx, depth: number): void {
  if (allHealthy(g, ctx)) {
    let rec: PreparedRecord;
    if (g.totalWeight > 0) {
      rec = pickByCumulativeWeight(g, ctx);
    } else {
      rec = pickEqual(g.records, ctx);
    }
    if (ctx.explain) ctx.explain.push(rec.pickLine);
    return emit(rec, ctx, depth);
  }

  const ex = ctx.explain;
  if (g.totalWeight > 0) {
    const healthy = healthyOf(g.nonZero, ctx, depth);
    if (healthy.length > 0) {
      let total = 0;
      for (const r of healthy) total += r.weight;
      const rec = pickWeighted(healthy, total, ctx);
      if (ex) {
        const skipped = g.nonZero.filter((r) => !healthy.includes(r));
        ex.push(
          `Weighted: ${healthy.length} of ${g.nonZero.length} non-zero-weight records are healthy` +
            (skipped.length ? `; skipping unhealthy ${whyUnhealthy(skipped, ctx)}` : "") +
            `; picked ${rec.label} (weight ${rec.weight} of ${total}, ${pct(rec.weight, total)}).`,
        );
      }
      return emit(rec, ctx, depth);
    }

    const healthyZero = healthyOf(g.zero, ctx, depth);
    if (healthyZero.length > 0) {
      const rec = pickEqual(healthyZero, ctx);
      ex?.push(
        `Weighted: every non-zero-weight record is unhealthy, so Route 53 considers the zero-weight records; picked ${rec.label} (1 of ${plural(healthyZero.length, "healthy zero-weight record")}).`,
      );
      return emit(rec, ctx, depth);
    }

    const rec = pickWeighted(g.nonZero, g.totalWeight, ctx);
    ex?.push(
      `Weighted: no record is healthy, so Route 53 treats them all as healthy and uses the non-zero weights (zero-weight records stay out); picked ${rec.label} (weight ${rec.weight} of ${g.totalWeight}, ${pct(rec.weight, g.totalWeight)}).`,
    );
    return emit(rec, ctx, depth);
  }

  const healthy = healthyOf(g.records, ctx, depth);
  const pool = healthy.length > 0 ? healthy : g.records;
  const rec = pickEqual(pool, ctx);
  ex?.push(
    healthy.length > 0
      ? `Weighted: all weights are 0, so the ${plural(healthy.length, "healthy record")} share traffic equally; picked ${rec.label} (1 in ${healthy.length}).`
      : `Weighted: all weights are 0 and no record is healthy, so Route 53 treats all ${g.records.length} as healthy and splits equally; picked ${rec.label}.`,
  );
  emit(rec, ctx, depth);
}

// DG "Failover routing" and "Configuring active-passive failover".
function failover(g: Group, ctx: Ctx, depth: number): void {
  const { primary, secondary } = g;
  if (allHealthy(g, ctx)) {
    const rec = primary ?? secondary;
    if (!rec) return;
    if (ctx.explain) ctx.explain.push(rec.pickLine);
    return emit(rec, ctx, depth);
  }

  const ex = ctx.explain;
  if (primary && isHealthy(primary, ctx, depth)) {
    ex?.push(primary.pickLine);
    return emit(primary, ctx, depth);
  }
  if (secondary && isHealthy(secondary, ctx, depth)) {
    ex?.push(
      primary
        ? `Failover: the primary ${whyUnhealthy([primary], ctx)} is unhealthy; the secondary ${secondary.label} is healthy, so Route 53 fails over to it.`
        : secondary.pickLine,
    );
    return emit(secondary, ctx, depth);
  }
  const rec = primary ?? secondary;
  if (!rec) return;
  ex?.push(
    primary && secondary
      ? `Failover: the primary ${primary.label} and the secondary ${secondary.label} are both unhealthy, so Route 53 treats both as healthy and answers with the primary.`
      : `Failover: the only record, ${rec.label}, is unhealthy; with nothing healthy Route 53 answers with it anyway.`,
  );
  emit(rec, ctx, depth);
}

// DG "Geolocation routing": the smallest matching area wins; an unhealthy match falls back to the next larger area.
function geolocation(g: Group, ctx: Ctx, depth: number): void {
  const ex = ctx.explain;
  const c = ctx.input.client;
  let country = c.countryCode?.toUpperCase();
  let continent = c.continentCode?.toUpperCase();
  let isEstimated = false;
  if (!country && !continent) {
    country = nearestCountry(c.latitude, c.longitude);
    isEstimated = country !== undefined;
  }
  if (!continent && country) continent = continentOf(country);
  let sub = c.subdivisionCode?.toUpperCase();
  if (sub && country && sub.startsWith(`${country}-`)) sub = sub.slice(country.length + 1);

  const where = [sub && country ? `${country}-${sub}` : "", country ?? "", continent ?? ""]
    .filter(Boolean)
    .join(", ");
  if (ex) {
    ex.push(
      isEstimated
        ? `Geolocation: the client's location was not given; estimated from its coordinates as ${where} (nearest country centre).`
        : `Geolocation: the client is in ${where || "an unknown location"}.`,
    );
  }

  const chain: PreparedRecord[] = [];
  const tryKey = (key: string | undefined): void => {
    const rec = key ? g.byGeo.get(key) : undefined;
    if (rec) chain.push(rec);
  };
  if (sub && country) tryKey(`${country}-${sub}`);
  tryKey(country);
  tryKey(continent);
  tryKey("*");

  if (chain.length === 0) {
    ex?.push(
      `Geolocation: no record matches ${where || "the client"} and there is no default (*) record, so Route 53 answers NOERROR with no answer.`,
    );
    return;
  }

  const everyHealthy = allHealthy(g, ctx);
  for (let i = 0; i < chain.length; i++) {
    const rec = chain[i]!;
    if (everyHealthy || isHealthy(rec, ctx, depth)) {
      ex?.push(
        i === 0
          ? `Geolocation: the smallest matching area is ${rec.geoLabel}; answering with ${rec.label}.`
          : `Geolocation: ${whyUnhealthy(chain.slice(0, i), ctx)} ${i === 1 ? "is" : "are"} unhealthy, so Route 53 falls back to the next larger area, ${rec.geoLabel} (${rec.label}).`,
      );
      return emit(rec, ctx, depth);
    }
  }

  const rec = chain[0]!;
  ex?.push(
    `Geolocation: every matching record is unhealthy, so Route 53 treats them as healthy and answers with the smallest area, ${rec.geoLabel} (${rec.label}).`,
  );
  emit(rec, ctx, depth);
}

// DG "Geoproximity routing": closest by biased distance = distance × (1 − bias/100) (current guide).
function geoproximity(g: Group, ctx: Ctx, depth: number): void {
  clientVector(ctx);
  const { cx, cy, cz } = ctx;
  const { latitude, longitude } = ctx.input.client;
  const recs = g.records;

  let best: PreparedRecord | undefined;
  let nearestAny: PreparedRecord | undefined;
  const memo = g.memo;
  if (
    memo !== undefined &&
    memo.lat === latitude &&
    memo.lon === longitude &&
    memo.unhealthy === ctx.unhealthy
  ) {
    best = memo.best;
    nearestAny = memo.nearest;
  } else {
    if (allHealthy(g, ctx)) best = nearestAny = nearestRecord(g, cx, cy, cz);
    else [best, nearestAny] = nearestHealthy(g, ctx, depth, cx, cy, cz);
    if (memo === undefined)
      g.memo = { lat: latitude, lon: longitude, unhealthy: ctx.unhealthy, best, nearest: nearestAny };
    else {
      memo.lat = latitude;
      memo.lon = longitude;
      memo.unhealthy = ctx.unhealthy;
      memo.best = best;
      memo.nearest = nearestAny;
    }
  }

  const rec = best ?? nearestAny;
  if (!rec) {
    ctx.explain?.push("Geoproximity: no record has a usable location, so there is no answer.");
    return;
  }
  if (ctx.explain) {
    const dot = rec.x * cx + rec.y * cy + rec.z * cz;
    const d = EARTH_RADIUS_KM * Math.acos(dot > 1 ? 1 : dot < -1 ? -1 : dot);
    const biasText =
      rec.bias === 0 ? "" : `, bias ${rec.bias > 0 ? "+" : ""}${rec.bias} → ${km(d * rec.biasFactor)} km`;
    const lead = best
      ? best !== nearestAny
        ? `Geoproximity: the nearest record ${nearestAny?.label ?? ""} is unhealthy; the nearest healthy one by biased distance is`
        : `Geoproximity: nearest by biased distance of ${recs.length} is`
      : `Geoproximity: no record is healthy, so Route 53 treats all as healthy; the nearest is`;
    ctx.explain.push(`${lead} ${rec.label} (${rec.locLabel}, ${km(d)} km${biasText}).`);
  }
  emit(rec, ctx, depth);
}

// DG "Latency-based routing": lowest latency for the user; if unhealthy, the healthy one with the next-lowest latency.
function latency(g: Group, ctx: Ctx, depth: number): void {
  const c = ctx.input.client;
  const measured = ctx.input.latencyMs;
  const everyHealthy = allHealthy(g, ctx);

  let best: PreparedRecord | undefined;
  let bestMs = Infinity;
  let bestEstimated = false;
  let nearestAny: PreparedRecord | undefined;
  let nearestAnyMs = Infinity;
  let anyEstimated = false;
  const skipped: PreparedRecord[] = [];

  for (const r of g.records) {
    const m = measured?.[r.region];
    const isEstimated = m === undefined;
    const ms = isEstimated
      ? r.lat === r.lat
        ? estimateLatencyMs(greatCircleKm(c.latitude, c.longitude, r.lat, r.lon))
        : Infinity
      : m;
    if (ms < nearestAnyMs) {
      nearestAnyMs = ms;
      nearestAny = r;
      anyEstimated = isEstimated;
    }
    if (ms < bestMs) {
      if (everyHealthy || isHealthy(r, ctx, depth)) {
        bestMs = ms;
        best = r;
        bestEstimated = isEstimated;
      } else {
        skipped.push(r);
      }
    }
  }

  const rec = best ?? nearestAny ?? g.records[0];
  if (!rec) return;
  if (ctx.explain) {
    const ms = best ? bestMs : nearestAnyMs;
    const how = (best ? bestEstimated : anyEstimated) ? "estimated from distance" : "measured";
    const text = Number.isFinite(ms) ? `${Math.round(ms)} ms, ${how}` : "unknown Region, no latency";
    ctx.explain.push(
      best
        ? `Latency: ${skipped.length ? `${whyUnhealthy(skipped, ctx)} ${skipped.length === 1 ? "has" : "have"} lower latency but ${skipped.length === 1 ? "is" : "are"} unhealthy; ` : ""}lowest-latency healthy Region of ${g.records.length} is ${rec.region} ${rec.label} (${text}).`
        : `Latency: no record is healthy, so Route 53 treats all as healthy; lowest latency is ${rec.region} ${rec.label} (${text}).`,
    );
  }
  emit(rec, ctx, depth);
}

// DG "Multivalue answer routing": up to eight healthy records; if none is healthy, up to eight unhealthy ones.
function multivalue(g: Group, ctx: Ctx, depth: number): void {
  const everyHealthy = allHealthy(g, ctx);
  const healthy = everyHealthy ? g.records : healthyOf(g.records, ctx, depth);
  const pool = healthy.length > 0 ? healthy : g.records;

  let chosen = pool;
  if (pool.length > MAX_MULTIVALUE) {
    // A partial Fisher-Yates draw of eight positions, kept in record order: resolvers shuffle answers anyway, and a
    // stable order makes distribution() count combinations rather than permutations.
    const idx = pool.map((_, i) => i);
    for (let i = 0; i < MAX_MULTIVALUE; i++) {
      const j = Math.min(idx.length - 1, i + Math.floor(ctx.random() * (idx.length - i)));
      const t = idx[i]!;
      idx[i] = idx[j]!;
      idx[j] = t;
    }
    chosen = idx
      .slice(0, MAX_MULTIVALUE)
      .sort((a, b) => a - b)
      .map((i) => pool[i]!);
  }

  ctx.explain?.push(
    healthy.length === 0
      ? `Multivalue: none of the ${g.records.length} records is healthy, so Route 53 answers with ${chosen.length} of them anyway.`
      : `Multivalue: ${healthy.length} of ${g.records.length} records are healthy; answering with ${pool.length > MAX_MULTIVALUE ? `${MAX_MULTIVALUE} chosen at random` : `all ${plural(chosen.length, "healthy record")}`}: ${names(chosen)}.`,
  );
  for (const rec of chosen) emit(rec, ctx, depth);
}

// DG "IP-based routing": needs the client's IP and a CIDR collection, which the simulator does not have.
function ipBased(g: Group, ctx: Ctx, depth: number): void {
  const rec = g.byGeo.get("*") ?? g.records[0];
  if (!rec) return;
  ctx.explain?.push(`IP-based: CIDR collections are not simulated; answering with ${rec.label}.`);
  emit(rec, ctx, depth);
}
