import { label, pct, plural } from "./format";
import { detectRoutingPolicy, type RoutingPolicy, ROUTING_POLICY_WORDS } from "@/lib/route53/routing-policy";

import { nameKey, normalizeTargetName } from "./names";
import { locateAws } from "./regions";
import type { ResourceRecordSet } from "./types";

/** A group's routing policy: lib/route53's list ("cidr" is IP-based routing). */
export type Policy = RoutingPolicy;

export interface PreparedAlias {
  /** Normalised target name (no dualstack. prefix): the key for in-zone lookup and for `unhealthy`. */
  key: string;
  /** What an AWS target answers with: the DNS name as given, lower case, no final dot. */
  answer: string;
  evaluate: boolean;
  /** Set when the target is a name in this zone; linked after every group is built. */
  target: Group | undefined;
  isInZone: boolean;
}

export interface PreparedRecord {
  id: string;
  label: string;
  values: string[];
  weight: number;
  healthCheckId: string | undefined;
  alias: PreparedAlias | undefined;
  isPrimary: boolean;
  /** Geolocation key: "*", a continent "AF", a country "DE", or a subdivision "US-CA". */
  geoKey: string;
  geoLabel: string;
  /** Geoproximity / latency location as a unit vector; NaN when unknown. */
  x: number;
  y: number;
  z: number;
  lat: number;
  lon: number;
  bias: number;
  biasFactor: number;
  locLabel: string;
  region: string;
  /** Explanation sentences that do not depend on the query, built once. */
  pickLine: string;
  aliasLine: string;
}

export interface Group {
  name: string;
  type: string;
  policy: Policy;
  records: PreparedRecord[];
  /** Some record has a health check or evaluates its alias target: health can change the answer. */
  isHealthDependent: boolean;
  /** Some record's health does not hang on `unhealthy` alone (an alias to a missing in-zone name). */
  hasBrokenAlias: boolean;
  headline: string;
  nonZero: PreparedRecord[];
  zero: PreparedRecord[];
  cumulative: Float64Array;
  totalWeight: number;
  primary: PreparedRecord | undefined;
  secondary: PreparedRecord | undefined;
  byGeo: Map<string, PreparedRecord>;
  hasBias: boolean;
  /** Geoproximity locations packed as [x, y, z, biasFactor, biasFactor²] per record, for a tight nearest-record loop. */
  points: Float64Array;
  /** The last geoproximity decision, reused when the same client asks again with the same failing checks. */
  memo:
    | {
        lat: number;
        lon: number;
        unhealthy: Set<string> | null;
        best: PreparedRecord | undefined;
        nearest: PreparedRecord | undefined;
      }
    | undefined;
}

export interface Lookup {
  rcode: "NOERROR" | "NXDOMAIN";
  group: Group | undefined;
  lines: string[];
}

export interface Prepared {
  byName: Map<string, Map<string, Group>>;
  /** Names that exist, including empty non-terminals between a record and the zone apex. */
  names: Set<string>;
  apex: string;
  lookups: Map<string, Map<string, Lookup>>;
  size: number;
}

const cache = new WeakMap<ResourceRecordSet[], Prepared>();

/**
 * The index for one recordSets array, built once per array identity. Treat the array as immutable (as React state is):
 * a changed length rebuilds, an in-place edit of the same length is not seen.
 */
export function prepare(recordSets: ResourceRecordSet[]): Prepared {
  const hit = cache.get(recordSets);
  if (hit && hit.size === recordSets.length) return hit;

  const prepared = build(recordSets);
  cache.set(recordSets, prepared);
  return prepared;
}

/** lib/route53's detector; a weight without a set identifier is not weighted routing, so it answers as simple. */
function policyOf(r: ResourceRecordSet): Policy {
  const policy = detectRoutingPolicy(r);
  return policy === "weighted" && r.SetIdentifier === undefined ? "simple" : policy;
}

function build(recordSets: ResourceRecordSet[]): Prepared {
  const byName = new Map<string, Map<string, Group>>();
  let apex = "";
  const allNames: string[] = [];

  for (const r of recordSets) {
    if (!r.Name || !r.Type) continue;
    const name = nameKey(r.Name);
    const type = r.Type.toUpperCase();
    if (type === "SOA") apex = name;
    allNames.push(name);

    let types = byName.get(name);
    if (!types) byName.set(name, (types = new Map<string, Group>()));
    let group = types.get(type);
    if (!group) types.set(type, (group = emptyGroup(name, type, policyOf(r))));
    group.records.push(prepareRecord(r));
  }

  if (!apex) apex = commonSuffix(allNames);
  const names = new Set<string>();
  for (const name of allNames) addWithAncestors(names, name, apex);

  for (const types of byName.values()) for (const group of types.values()) finishGroup(group);
  for (const types of byName.values()) {
    for (const group of types.values()) {
      for (const rec of group.records) {
        const alias = rec.alias;
        if (!alias) continue;
        alias.isInZone = names.has(alias.key) || byName.has(nameKey(alias.answer));
        alias.target =
          byName.get(alias.key)?.get(group.type) ?? byName.get(nameKey(alias.answer))?.get(group.type);
        rec.aliasLine = alias.isInZone
          ? `${cap(rec.label)} is an alias to ${alias.answer} ${group.type} in this zone; following it.`
          : `${cap(rec.label)} is an alias to the AWS resource ${alias.answer}; Route 53 answers with that target's addresses (shown here as its DNS name).`;
      }
    }
  }
  for (const types of byName.values())
    for (const group of types.values()) group.hasBrokenAlias = isBroken(group, 0);

  return { byName, names, apex, lookups: new Map(), size: recordSets.length };
}

// A group whose health can fail even with no failing checks: an evaluated alias to a missing in-zone name, anywhere
// below it, or a chain too deep to follow (a loop).
function isBroken(g: Group, depth: number): boolean {
  if (depth > 8) return true;
  for (const r of g.records) {
    const a = r.alias;
    if (!a?.evaluate || !a.isInZone) continue;
    if (!a.target || isBroken(a.target, depth + 1)) return true;
  }
  return false;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function emptyGroup(name: string, type: string, policy: Policy): Group {
  return {
    name,
    type,
    policy,
    records: [],
    isHealthDependent: false,
    hasBrokenAlias: false,
    headline: "",
    nonZero: [],
    zero: [],
    cumulative: new Float64Array(0),
    totalWeight: 0,
    primary: undefined,
    secondary: undefined,
    byGeo: new Map(),
    hasBias: false,
    points: new Float64Array(0),
    memo: undefined,
  };
}

function prepareRecord(r: ResourceRecordSet): PreparedRecord {
  const id = r.SetIdentifier ?? "";
  const rec: PreparedRecord = {
    id,
    label: label(id),
    values: (r.ResourceRecords ?? []).map((v) => v.Value ?? "").filter((v) => v !== ""),
    weight: r.Weight ?? 0,
    healthCheckId: r.HealthCheckId || undefined,
    alias: undefined,
    isPrimary: r.Failover === "PRIMARY",
    geoKey: "",
    geoLabel: "",
    x: NaN,
    y: NaN,
    z: NaN,
    lat: NaN,
    lon: NaN,
    bias: 0,
    biasFactor: 1,
    locLabel: "",
    region: "",
    pickLine: "",
    aliasLine: "",
  };

  if (r.AliasTarget?.DNSName) {
    const answer = nameKey(r.AliasTarget.DNSName);
    rec.alias = {
      key: normalizeTargetName(r.AliasTarget.DNSName),
      answer,
      evaluate: r.AliasTarget.EvaluateTargetHealth === true,
      target: undefined,
      isInZone: false,
    };
  }

  const geo = r.GeoLocation;
  if (geo) {
    if (geo.CountryCode === "*") {
      rec.geoKey = "*";
      rec.geoLabel = "the default location (*)";
    } else if (geo.SubdivisionCode) {
      const country = (geo.CountryCode ?? "US").toUpperCase();
      rec.geoKey = `${country}-${geo.SubdivisionCode.toUpperCase()}`;
      rec.geoLabel = `subdivision ${rec.geoKey}`;
    } else if (geo.CountryCode) {
      rec.geoKey = geo.CountryCode.toUpperCase();
      rec.geoLabel = `country ${rec.geoKey}`;
    } else if (geo.ContinentCode) {
      rec.geoKey = geo.ContinentCode.toUpperCase();
      rec.geoLabel = `continent ${rec.geoKey}`;
    }
  }

  if (r.CidrRoutingConfig?.LocationName) rec.geoKey = r.CidrRoutingConfig.LocationName;

  const gp = r.GeoProximityLocation;
  if (gp) {
    rec.bias = gp.Bias ?? 0;
    rec.biasFactor = 1 - rec.bias / 100;
    if (gp.Coordinates) {
      setPoint(rec, Number(gp.Coordinates.Latitude), Number(gp.Coordinates.Longitude));
      rec.locLabel = `${gp.Coordinates.Latitude}, ${gp.Coordinates.Longitude}`;
    } else {
      const code = gp.AWSRegion ?? gp.LocalZoneGroup ?? "";
      const found = code ? locateAws(code) : undefined;
      if (found) setPoint(rec, found.location.latitude, found.location.longitude);
      rec.locLabel = found?.isApproximate
        ? `${code}, placed at ${found.location.code}`
        : code || "no location";
    }
  }

  if (r.Region) {
    rec.region = r.Region;
    const found = locateAws(r.Region);
    if (found) setPoint(rec, found.location.latitude, found.location.longitude);
  }
  return rec;
}

const RAD = Math.PI / 180;

function setPoint(rec: PreparedRecord, lat: number, lon: number): void {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return;
  rec.lat = lat;
  rec.lon = lon;
  const cl = Math.cos(lat * RAD);
  rec.x = cl * Math.cos(lon * RAD);
  rec.y = cl * Math.sin(lon * RAD);
  rec.z = Math.sin(lat * RAD);
}

function finishGroup(g: Group): void {
  const n = g.records.length;
  g.isHealthDependent = g.records.some((r) => r.healthCheckId !== undefined || r.alias?.evaluate === true);
  g.headline = `Query ${g.name} ${g.type}: ${plural(n, `${ROUTING_POLICY_WORDS[g.policy]} record set`)}.`;

  if (g.policy === "weighted") {
    g.nonZero = g.records.filter((r) => r.weight > 0);
    g.zero = g.records.filter((r) => r.weight <= 0);
    g.cumulative = new Float64Array(g.nonZero.length);
    let total = 0;
    g.nonZero.forEach((r, i) => {
      total += r.weight;
      g.cumulative[i] = total;
    });
    g.totalWeight = total;
    for (const r of g.records) {
      r.pickLine =
        total > 0
          ? `Weighted: ${g.nonZero.length} of ${n} records have non-zero weight; picked ${r.label} (weight ${r.weight} of ${total}, ${pct(r.weight, total)}).`
          : `Weighted: all ${n} records have weight 0, so they share traffic equally; picked ${r.label} (1 in ${n}).`;
    }
  } else if (g.policy === "failover") {
    g.primary = g.records.find((r) => r.isPrimary);
    g.secondary = g.records.find((r) => !r.isPrimary);
    for (const r of g.records) {
      r.pickLine = r.isPrimary
        ? `Failover: the primary ${r.label} is healthy; answering with it.`
        : `Failover: there is no primary record; answering with the secondary ${r.label}.`;
    }
  } else if (g.policy === "geolocation") {
    for (const r of g.records) if (r.geoKey) g.byGeo.set(r.geoKey, r);
  } else if (g.policy === "geoproximity") {
    g.hasBias = g.records.some((r) => r.bias !== 0);
    g.points = new Float64Array(g.records.length * 5);
    g.records.forEach((r, i) =>
      g.points.set([r.x, r.y, r.z, r.biasFactor, r.biasFactor * r.biasFactor], i * 5),
    );
  } else if (g.policy === "simple") {
    const r = g.records[0];
    if (r)
      r.pickLine = `Simple: ${r.alias ? "one alias target" : `all ${plural(r.values.length, "value")}`}, no health checks.`;
    g.headline = `Query ${g.name} ${g.type}: a simple record.`;
  }
}

function commonSuffix(names: string[]): string {
  if (names.length === 0) return "";
  let labels = names[0]!.split(".");
  for (const name of names) {
    const other = name.split(".");
    let k = 0;
    while (
      k < labels.length &&
      k < other.length &&
      labels[labels.length - 1 - k] === other[other.length - 1 - k]
    )
      k++;
    labels = labels.slice(labels.length - k);
  }
  return labels.join(".");
}

function addWithAncestors(names: Set<string>, name: string, apex: string): void {
  let n = name;
  for (;;) {
    names.add(n);
    if (n === apex || !apex || !n.endsWith(`.${apex}`)) return;
    n = n.slice(n.indexOf(".") + 1);
  }
}
