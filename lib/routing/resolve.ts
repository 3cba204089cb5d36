import { continentOf, countryByAlpha2, COUNTRIES } from "@/lib/geo";

import { km, pct, plural } from "./format";
import { EARTH_RADIUS_KM, estimateLatencyMs, fastAcos, greatCircleKm } from "./geo-math";
import { nameKey, normalizeTargetName } from "./names";
import { prepare } from "./prepare";
import type { Group, Lookup, Prepared, PreparedRecord } from "./prepare";
import type { ResolveInput, ResolveResult } from "./types";

/** Mutable state of one resolution; `explain` is null when nobody will read the explanation (distribution). */
export interface Ctx {
  answers: string[];
  ids: string[];
  explain: string[] | null;
  random: () => number;
  unhealthy: Set<string> | null;
  input: ResolveInput;
  /** Client position as a unit vector, computed on first use. */
  cx: number;
  cy: number;
  cz: number;
}

const MAX_DEPTH = 8;
const MAX_MULTIVALUE = 8;
const RAD = Math.PI / 180;

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
// Name lookup, cached per raw query name and type.

function lookupQuery(p: Prepared, rawName: string, rawType: string): Lookup {
  let byType = p.lookups.get(rawName);
  if (!byType) {
    if (p.lookups.size > 10_000) p.lookups.clear();
    p.lookups.set(rawName, (byType = new Map()));
  }
  let hit = byType.get(rawType);
  if (!hit) byType.set(rawType, (hit = computeLookup(p, nameKey(rawName), rawType.toUpperCase())));
  return hit;
}

function computeLookup(p: Prepared, name: string, type: string): Lookup {
  let types = p.byName.get(name);
  const lines: string[] = [];

  if (!types && !p.names.has(name)) {
    const wildcard = findWildcard(p, name);
    if (!wildcard) {
      return {
        rcode: "NXDOMAIN",
        group: undefined,
        lines: [`No record of any type exists at ${name}${p.apex ? ` in ${p.apex}` : ""} and no wildcard covers it, so Route 53 answers NXDOMAIN.`],
      };
    }
    lines.push(`No records exist at ${name}; the wildcard ${wildcard} covers it.`);
    types = p.byName.get(wildcard);
  }

  const group = types?.get(type);
  if (group) {
    lines.push(group.headline);
    return { rcode: "NOERROR", group, lines };
  }

  const cname = type !== "CNAME" ? types?.get("CNAME") : undefined;
  if (cname) {
    lines.push(
      `${name} has a CNAME record instead of ${type}; Route 53 answers with the CNAME and the resolver then looks up its target (not followed here).`,
    );
    lines.push(cname.headline);
    return { rcode: "NOERROR", group: cname, lines };
  }

  const present = types ? [...types.keys()].join(", ") : "";
  lines.push(
    present
      ? `${name} exists but has no ${type} record (it has ${present}), so Route 53 answers NOERROR with no answer.`
      : `${name} exists (it has records below it) but has no ${type} record, so Route 53 answers NOERROR with no answer.`,
  );
  return { rcode: "NOERROR", group: undefined, lines };
}

function findWildcard(p: Prepared, name: string): string | undefined {
  let rest = name;
  while (rest.includes(".")) {
    rest = rest.slice(rest.indexOf(".") + 1);
    const candidate = `*.${rest}`;
    if (p.byName.has(candidate)) return candidate;
    // A closer existing name stops the wildcard search (RFC 4592 closest encloser).
    if (p.names.has(rest)) return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// Health (DG "How Amazon Route 53 chooses records when health checking is configured").

const unhealthyCache = new WeakMap<string[], { snapshot: string[]; set: Set<string> }>();

/** The failing ids and target names as a set (normalised), cached per array. */
export function unhealthySet(list: string[] | undefined): Set<string> | null {
  if (!list || list.length === 0) return null;
  const hit = unhealthyCache.get(list);
  if (hit && sameItems(hit.snapshot, list)) return hit.set;

  const set = new Set<string>();
  for (const item of list) {
    set.add(item);
    set.add(normalizeTargetName(item));
  }
  unhealthyCache.set(list, { snapshot: list.slice(), set });
  return set;
}

function sameItems(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A record's health: its health check, and for an alias with EvaluateTargetHealth its target's too. */
export function isHealthy(rec: PreparedRecord, ctx: Ctx, depth: number): boolean {
  const bad = ctx.unhealthy;
  if (rec.healthCheckId !== undefined && bad !== null && bad.has(rec.healthCheckId)) return false;

  const alias = rec.alias;
  if (alias === undefined || !alias.evaluate) return true;
  if (!alias.isInZone) return bad === null || !bad.has(alias.key);
  return alias.target !== undefined && depth < MAX_DEPTH && groupHasHealthy(alias.target, ctx, depth + 1);
}

function groupHasHealthy(g: Group, ctx: Ctx, depth: number): boolean {
  if (allHealthy(g, ctx)) return g.records.length > 0;
  for (const r of g.records) if (isHealthy(r, ctx, depth)) return true;
  return false;
}

/** True when no record of the group can be unhealthy in this query: the fast path for every policy. */
function allHealthy(g: Group, ctx: Ctx): boolean {
  return !g.isHealthDependent || (ctx.unhealthy === null && !g.hasBrokenAlias);
}

function healthyOf(records: PreparedRecord[], ctx: Ctx, depth: number): PreparedRecord[] {
  const out: PreparedRecord[] = [];
  for (const r of records) if (isHealthy(r, ctx, depth)) out.push(r);
  return out;
}

function names(records: PreparedRecord[]): string {
  return records.map((r) => r.label).join(", ");
}

/** Unhealthy records with the reason each is unhealthy, for explanations (slow path only). */
function whyUnhealthy(records: PreparedRecord[], ctx: Ctx): string {
  return records
    .map((r) => {
      if (r.healthCheckId !== undefined && ctx.unhealthy?.has(r.healthCheckId)) {
        return `${r.label} (health check ${r.healthCheckId} failing)`;
      }
      const a = r.alias;
      if (a?.evaluate) return `${r.label} (alias target ${a.answer} ${a.isInZone ? "has no healthy record" : "is unhealthy"})`;
      return r.label;
    })
    .join(", ");
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

function pickWeighted(records: PreparedRecord[], total: number, ctx: Ctx): PreparedRecord {
  let r = ctx.random() * total;
  for (let i = 0; i < records.length - 1; i++) {
    const rec = records[i]!;
    r -= rec.weight;
    if (r < 0) return rec;
  }
  return records[records.length - 1]!;
}

function pickEqual(records: PreparedRecord[], ctx: Ctx): PreparedRecord {
  const i = Math.floor(ctx.random() * records.length);
  return records[i < records.length ? i : records.length - 1]!;
}

// DG "Weighted routing" and "How Route 53 chooses records…" → "Weighted records that have a weight of 0".
function weighted(g: Group, ctx: Ctx, depth: number): void {
  if (allHealthy(g, ctx)) {
    let rec: PreparedRecord;
    if (g.totalWeight > 0) {
      const cum = g.cumulative;
      const r = ctx.random() * g.totalWeight;
      let i = 0;
      while (i < cum.length - 1 && r >= cum[i]!) i++;
      rec = g.nonZero[i]!;
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

  const where = [sub && country ? `${country}-${sub}` : "", country ?? "", continent ?? ""].filter(Boolean).join(", ");
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
    ex?.push(`Geolocation: no record matches ${where || "the client"} and there is no default (*) record, so Route 53 answers NOERROR with no answer.`);
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
  ex?.push(`Geolocation: every matching record is unhealthy, so Route 53 treats them as healthy and answers with the smallest area, ${rec.geoLabel} (${rec.label}).`);
  emit(rec, ctx, depth);
}

function nearestCountry(lat: number, lon: number): string | undefined {
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

function clientVector(ctx: Ctx): void {
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
function nearestRecord(g: Group, cx: number, cy: number, cz: number): PreparedRecord | undefined {
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
function nearestHealthy(
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

// DG "Geoproximity routing": closest by biased distance = distance × (1 − bias/100) (current guide).
function geoproximity(g: Group, ctx: Ctx, depth: number): void {
  clientVector(ctx);
  const { cx, cy, cz } = ctx;
  const { latitude, longitude } = ctx.input.client;
  const recs = g.records;

  let best: PreparedRecord | undefined;
  let nearestAny: PreparedRecord | undefined;
  const memo = g.memo;
  if (memo !== undefined && memo.lat === latitude && memo.lon === longitude && memo.unhealthy === ctx.unhealthy) {
    best = memo.best;
    nearestAny = memo.nearest;
  } else {
    if (allHealthy(g, ctx)) best = nearestAny = nearestRecord(g, cx, cy, cz);
    else [best, nearestAny] = nearestHealthy(g, ctx, depth, cx, cy, cz);
    if (memo === undefined) g.memo = { lat: latitude, lon: longitude, unhealthy: ctx.unhealthy, best, nearest: nearestAny };
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
    const biasText = rec.bias === 0 ? "" : `, bias ${rec.bias > 0 ? "+" : ""}${rec.bias} → ${km(d * rec.biasFactor)} km`;
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

