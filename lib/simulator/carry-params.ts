import { COUNTRIES, usStateByCode } from "@/lib/geo";
import {
  BIAS_MAX,
  BIAS_MIN,
  MAX_VALUE_LENGTH,
  SET_IDENTIFIER_MAX_LENGTH,
  WEIGHT_MAX,
} from "@/lib/route53/limits";
import { normalizeName } from "@/lib/route53/names";
import { CONTINENT_CODES, LATENCY_REGIONS } from "@/lib/route53/regions";
import { RECORD_TYPES, type RecordType } from "@/lib/route53/values";
import { domainNameProblem } from "@/lib/route53/values/domain-name";
import { AWS_REGIONS } from "@/lib/routing/regions";

// The reading side of carry.ts: the pages a carry link opens turn its query back into values that only pre-fill a
// form. Anything malformed or out of range is dropped, never corrected; the form's own validation still runs at preview.

/** A page's `searchParams`, as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** Draft values carried to the record editor: a weight or bias for an existing record, every field for a new one. */
export interface CarriedRecord {
  name?: string;
  type?: RecordType;
  setIdentifier?: string;
  value?: string;
  /** Inferred from the routing fields present: weight, then bias (with region), then region, then a location. */
  policy?: "weighted" | "geoproximity" | "latency" | "geolocation";
  weight?: number;
  bias?: number;
  /** The latency Region, or the geoproximity record's AWS Region. */
  region?: string;
  continent?: string;
  /** A two-letter country code, or "*" for the default location. */
  country?: string;
  /** A US state code (the editor offers subdivisions of the US only). */
  subdivision?: string;
}

/** Weights carried to the bulk weights page: the names to select and a weight per set identifier. */
export interface CarriedWeights {
  names: string[];
  weights: Record<string, number>;
}

/** One carried value for the note above a form: `weight 90 → 50`, or `type A` when there was nothing before. */
export interface CarriedValue {
  label: string;
  from?: string;
  to: string;
}

/** The single value of a query parameter; a repeated parameter is ambiguous and ignored. */
function single(search: SearchParams, key: string): string | undefined {
  const value = search[key];
  return typeof value === "string" ? value : undefined;
}

function wholeNumber(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^-?\d{1,4}$/.test(value.trim())) return undefined;
  const number = Number(value.trim());
  return number >= min && number <= max ? number : undefined;
}

function setIdentifierOf(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= SET_IDENTIFIER_MAX_LENGTH ? trimmed : undefined;
}

function recordNameOf(value: string | undefined): string | undefined {
  if (value === undefined || domainNameProblem(value) !== null) return undefined;
  return normalizeName(value);
}

function definedOnly<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/** The weight or bias the simulator carries for an existing record (`records/edit?key=…&weight=50`), if valid. */
export function parseRecordEdit(search: SearchParams): Pick<CarriedRecord, "weight" | "bias"> | undefined {
  return definedOnly({
    weight: wholeNumber(single(search, "weight"), 0, WEIGHT_MAX),
    bias: wholeNumber(single(search, "bias"), BIAS_MIN, BIAS_MAX),
  });
}

function geolocationOf(
  search: SearchParams,
): Pick<CarriedRecord, "continent" | "country" | "subdivision"> | undefined {
  const continent = single(search, "continent")?.trim().toUpperCase();
  const country = single(search, "country")?.trim().toUpperCase();
  const subdivision = single(search, "subdivision")?.trim().toUpperCase();
  if (continent !== undefined && country === undefined && subdivision === undefined) {
    return (CONTINENT_CODES as readonly string[]).includes(continent) ? { continent } : undefined;
  }
  if (continent !== undefined || country === undefined) return undefined;
  if (country !== "*" && !COUNTRIES.some((entry) => entry.alpha2 === country)) return undefined;
  if (subdivision === undefined) return { country };
  return country === "US" && usStateByCode(subdivision) ? { country, subdivision } : undefined;
}

/** A new record the simulator carries (`records/new?name=…&type=…&weight=…`), its routing policy inferred. */
export function parseNewRecord(search: SearchParams): CarriedRecord | undefined {
  const type = single(search, "type")?.trim().toUpperCase();
  const value = single(search, "value")?.trim();
  const region = single(search, "region")?.trim();
  const weight = wholeNumber(single(search, "weight"), 0, WEIGHT_MAX);
  const bias = wholeNumber(single(search, "bias"), BIAS_MIN, BIAS_MAX);
  const base: CarriedRecord = {
    name: recordNameOf(single(search, "name")),
    type: (RECORD_TYPES as readonly string[]).includes(type ?? "") ? (type as RecordType) : undefined,
    setIdentifier: setIdentifierOf(single(search, "setIdentifier")),
    value: value && value.length <= MAX_VALUE_LENGTH ? value : undefined,
  };

  const geolocation = geolocationOf(search);
  let routing: Partial<CarriedRecord> = {};
  if (weight !== undefined) routing = { policy: "weighted", weight };
  else if (bias !== undefined) {
    const isRegion = region !== undefined && AWS_REGIONS[region]?.kind === "region";
    routing = { policy: "geoproximity", bias, ...(isRegion && { region }) };
  } else if (region !== undefined) {
    if ((LATENCY_REGIONS as readonly string[]).includes(region)) routing = { policy: "latency", region };
  } else if (geolocation) routing = { policy: "geolocation", ...geolocation };

  return definedOnly({ ...base, ...routing });
}

/** The names and weights the simulator carries to the bulk weights page (`weights?names=…&w.<set id>=50`). */
export function parseWeights(search: SearchParams): CarriedWeights | undefined {
  const rawNames = search.names;
  const names = [
    ...new Set(
      (Array.isArray(rawNames) ? rawNames : rawNames === undefined ? [] : [rawNames])
        .flatMap((entry) => entry.split(","))
        .flatMap((entry) => recordNameOf(entry) ?? []),
    ),
  ];
  const weights: Record<string, number> = {};
  for (const [key, value] of Object.entries(search)) {
    if (!key.startsWith("w.") || typeof value !== "string") continue;
    const setIdentifier = setIdentifierOf(key.slice(2));
    const weight = wholeNumber(value, 0, WEIGHT_MAX);
    if (setIdentifier !== undefined && weight !== undefined) weights[setIdentifier] = weight;
  }
  return names.length > 0 || Object.keys(weights).length > 0 ? { names, weights } : undefined;
}

/** A weighted name as the bulk weights page lists it. */
interface WeightedNameLike {
  name: string;
  members: { setIdentifier: string; weight: number }[];
}

/** The set identifiers every one of `chosen` has, as the bulk weights form offers them. */
function sharedSetIdentifiers(chosen: readonly WeightedNameLike[]): string[] {
  const [first, ...rest] = chosen;
  if (!first) return [];
  const idsOf = (entry: WeightedNameLike) => [
    ...new Set(entry.members.map((member) => member.setIdentifier)),
  ];
  return idsOf(first).filter((id) => rest.every((entry) => idsOf(entry).includes(id)));
}

/**
 * What the bulk weights form starts with for carried weights: the carried names the zone has, the carried weights
 * of set identifiers those names share (as the inputs' strings), and what changes (`10/20 → 50` where the names differ).
 */
export function carriedWeightsFor(
  carried: CarriedWeights,
  names: readonly WeightedNameLike[],
): { selected: string[]; weights: Record<string, string>; values: CarriedValue[] } {
  const chosen = names.filter((entry) => carried.names.includes(entry.name));
  const shared = sharedSetIdentifiers(chosen);
  const ids = shared.filter((id) => carried.weights[id] !== undefined);
  const values = ids.map((id): CarriedValue => {
    const before = new Set(
      chosen.flatMap((entry) => entry.members.filter((m) => m.setIdentifier === id).map((m) => m.weight)),
    );
    return { label: `weight of ${id}`, from: [...before].join("/"), to: String(carried.weights[id]) };
  });
  return {
    selected: chosen.map((entry) => entry.name),
    weights: Object.fromEntries(ids.map((id) => [id, String(carried.weights[id])])),
    values,
  };
}

/** The note shown above a form pre-filled from the simulator, or undefined when nothing was carried. */
export function carriedNote(values: readonly CarriedValue[]): string | undefined {
  if (values.length === 0) return undefined;
  const listed = values.map((value) =>
    value.from === undefined
      ? `${value.label} ${value.to}`
      : value.from === value.to
        ? `${value.label} ${value.to} (already its value)`
        : `${value.label} ${value.from} → ${value.to}`,
  );
  const joined = listed.join(", ");
  // A name ends in its own dot: don't follow it with a second one.
  return `Values carried from the simulator draft: ${joined}${joined.endsWith(".") ? "" : "."} Preview to see the change.`;
}
