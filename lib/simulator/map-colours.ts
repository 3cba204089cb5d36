import { distribution } from "@/lib/routing";
import type { ResolveInput, ResourceRecordSet } from "@/lib/routing";
import { COUNTRIES } from "@/lib/geo";

/** The answer a country gets: its most frequent outcome and that outcome's share of the sampled queries. */
export interface CountryAnswer {
  outcome: string;
  /** 1 when every sampled query got the same answer; less for weighted or multivalue mixes. */
  share: number;
}

export type MapInput = Pick<ResolveInput, "query" | "latencyMs" | "unhealthy"> & { recordSets: ResourceRecordSet[] };

/** Outcome keys that are not a record: drawn in grey. */
export const NO_RECORD_OUTCOMES: readonly string[] = ["(no answer)", "(NXDOMAIN)"];

/**
 * The answer for each Route 53 country (ISO alpha-2), resolving from its representative point with its country and
 * continent codes. A few seeded queries per country show whether the answer is fixed or a mix.
 */
export function answersByCountry(input: MapInput, samples = 32): Record<string, CountryAnswer> {
  const out: Record<string, CountryAnswer> = {};
  for (const country of COUNTRIES) {
    const result = distribution(
      {
        ...input,
        client: {
          latitude: country.latitude,
          longitude: country.longitude,
          countryCode: country.alpha2,
          continentCode: country.continent,
        },
      },
      samples,
      7,
    );
    let outcome = "(no answer)";
    let best = -1;
    for (const [key, count] of Object.entries(result.counts)) {
      if (count > best) {
        best = count;
        outcome = key;
      }
    }
    out[country.alpha2] = { outcome, share: samples > 0 ? best / samples : 0 };
  }
  return out;
}

// Distinguishable on a light map and for the common colour-vision deficiencies (Okabe–Ito first).
const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#7F3C8D",
  "#B8A200",
  "#11A579",
  "#3969AC",
  "#E73F74",
  "#80BA5A",
];
const GREY = "#CBD5E1";

/**
 * A colour per outcome, stable between the zone and the draft: the group's SetIdentifiers take palette slots in
 * record order, any other outcome (a multivalue combination, a simple answer) the next free slot in first-seen order.
 */
export function outcomeColours(setIdentifiers: readonly string[], outcomes: Iterable<string>): Record<string, string> {
  const colours: Record<string, string> = {};
  let next = 0;
  const assign = (key: string): void => {
    if (key in colours) return;
    colours[key] = NO_RECORD_OUTCOMES.includes(key) ? GREY : PALETTE[next++ % PALETTE.length]!;
  };
  for (const id of setIdentifiers) assign(id);
  for (const key of outcomes) assign(key);
  return colours;
}

export interface LegendEntry {
  outcome: string;
  colour: string;
  countries: number;
  /** countries / all countries, 0..1. */
  share: number;
  /** True when some country of this colour gets a mix of answers (weighted, multivalue). */
  isMixed: boolean;
}

/** The map's legend: each outcome with its colour and the countries it answers, most countries first. */
export function legendOf(answers: Record<string, CountryAnswer>, colours: Record<string, string>): LegendEntry[] {
  const all = Object.values(answers);
  const byOutcome = new Map<string, LegendEntry>();
  for (const answer of all) {
    const entry = byOutcome.get(answer.outcome) ?? {
      outcome: answer.outcome,
      colour: colours[answer.outcome] ?? GREY,
      countries: 0,
      share: 0,
      isMixed: false,
    };
    entry.countries += 1;
    if (answer.share < 1) entry.isMixed = true;
    byOutcome.set(answer.outcome, entry);
  }
  const total = all.length || 1;
  return [...byOutcome.values()]
    .map((entry) => ({ ...entry, share: entry.countries / total }))
    .sort((a, b) => b.countries - a.countries || a.outcome.localeCompare(b.outcome));
}

/** "35.7%", "10%", "0.01%": one decimal, more only for tiny non-zero shares. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return "0%";
  const p = (part / whole) * 100;
  if (p > 0 && p < 0.1) return `${p.toFixed(2)}%`;
  return `${(Math.round(p * 10) / 10).toFixed(1)}%`;
}
