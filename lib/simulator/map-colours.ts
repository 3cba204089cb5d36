import { distribution } from "@/lib/routing";
import type { ResolveInput, ResourceRecordSet } from "@/lib/routing";
import { COUNTRIES, US_STATES } from "@/lib/geo";

/** One outcome and its share of the queries, 0..1. */
export interface Share {
  outcome: string;
  share: number;
}

/** The answer a place gets: its most frequent outcome, that outcome's share, and the whole mix. */
export interface CountryAnswer {
  outcome: string;
  /** 1 when every query gets the same answer; less for weighted or multivalue mixes. */
  share: number;
  /** Every outcome with its share, largest first: one entry at 1 when the answer is fixed. */
  mix: Share[];
}

export type MapInput = Pick<ResolveInput, "query" | "latencyMs" | "unhealthy"> & {
  recordSets: ResourceRecordSet[];
};

type Client = ResolveInput["client"];

/** Outcome keys that are not a record: drawn in grey. */
export const NO_RECORD_OUTCOMES: readonly string[] = ["(no answer)", "(NXDOMAIN)"];

/** Places that get a mix of answers are drawn in this neutral colour; the legend gives the shares. */
export const MIX_COLOUR = "#94A3B8";

const GREY = "#CBD5E1";
const EVEN_DRAWS = 1_000;
const PRECISE_SAMPLES = 20_000;

/**
 * The answer for each Route 53 country (ISO alpha-2), resolving from its representative point with its country and
 * continent codes. A few seeded queries per country show whether the answer is fixed or a mix; a mix is then measured
 * precisely (see `mixAt`).
 */
export function answersByCountry(input: MapInput, samples = 32): Record<string, CountryAnswer> {
  const mixes = new Map<string, Share[]>();
  const out: Record<string, CountryAnswer> = {};
  for (const country of COUNTRIES) {
    const client = {
      latitude: country.latitude,
      longitude: country.longitude,
      countryCode: country.alpha2,
      continentCode: country.continent,
    };
    out[country.alpha2] = answerAt(input, client, samples, mixes);
  }
  return out;
}

/** The answer for each US state (two-letter code), from its representative point, as a client there would get it. */
export function answersByUsState(input: MapInput, samples = 32): Record<string, CountryAnswer> {
  const mixes = new Map<string, Share[]>();
  const out: Record<string, CountryAnswer> = {};
  for (const state of US_STATES) {
    const client = {
      latitude: state.latitude,
      longitude: state.longitude,
      countryCode: "US",
      continentCode: "NA",
      subdivisionCode: state.code,
    };
    out[state.code] = answerAt(input, client, samples, mixes);
  }
  return out;
}

/** True when some state gets another answer than the country as a whole: then the map draws the states. */
export function statesDiffer(
  country: CountryAnswer | undefined,
  states: Record<string, CountryAnswer>,
): boolean {
  const signature = country ? mixSignature(country.mix) : "";
  return Object.values(states).some((state) => mixSignature(state.mix) !== signature);
}

/** Who gets which answer: per country, and per US state when some state's answer differs from the country's. */
export function mapAnswers(input: MapInput): {
  answers: Record<string, CountryAnswer>;
  stateAnswers?: Record<string, CountryAnswer>;
} {
  const answers = answersByCountry(input);
  const states = answersByUsState(input);
  return { answers, stateAnswers: statesDiffer(answers.US, states) ? states : undefined };
}

function answerAt(
  input: MapInput,
  client: Client,
  samples: number,
  mixes: Map<string, Share[]>,
): CountryAnswer {
  const rough = sharesOf(distribution({ ...input, client }, samples, 7).counts);
  if (rough.length <= 1) {
    const outcome = rough[0]?.outcome ?? "(no answer)";
    return { outcome, share: samples > 0 ? 1 : 0, mix: [{ outcome, share: 1 }] };
  }

  // Every place with the same mix gets the same seeded rough counts: measure each mix once, precisely.
  const key = mixSignature(rough);
  let mix = mixes.get(key);
  if (!mix) {
    mix = mixAt({ ...input, client });
    mixes.set(key, mix);
  }
  const first = mix[0] ?? { outcome: "(no answer)", share: 0 };
  return { outcome: first.outcome, share: first.share, mix };
}

/**
 * The exact mix when each query makes one random draw (weighted routing): evenly spaced draws then give each record
 * exactly its share, so the legend agrees with the weights. Otherwise (a multivalue shuffle) many seeded queries.
 */
function mixAt(input: Omit<ResolveInput, "random">): Share[] {
  let draws = 0;
  const even = (): number => (draws++ + 0.5) / EVEN_DRAWS;
  const evenly = distribution(input, EVEN_DRAWS, 1, even);
  if (draws === EVEN_DRAWS) return sharesOf(evenly.counts);
  return sharesOf(distribution(input, PRECISE_SAMPLES, 11).counts);
}

function sharesOf(counts: Record<string, number>): Share[] {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0) || 1;
  return Object.entries(counts)
    .map(([outcome, count]) => ({ outcome, share: count / total }))
    .sort((a, b) => b.share - a.share || a.outcome.localeCompare(b.outcome));
}

function mixSignature(mix: readonly Share[]): string {
  return mix.map((part) => `${part.outcome}=${part.share.toFixed(4)}`).join("|");
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

/**
 * A colour per outcome, stable between the zone and the draft: the group's SetIdentifiers take palette slots in
 * record order, any other outcome (a multivalue combination, a simple answer) the next free slot in first-seen order.
 */
export function outcomeColours(
  setIdentifiers: readonly string[],
  outcomes: Iterable<string>,
): Record<string, string> {
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

/** Every outcome an answer can give, for `outcomeColours`. */
export function outcomesOf(answers: Record<string, CountryAnswer>): string[] {
  return Object.values(answers).flatMap((answer) => answer.mix.map((part) => part.outcome));
}

/** How a place is painted: its answer's colour, or the neutral mix colour with the shares in its name. */
export interface AreaFill {
  colour: string;
  /** Read by screen readers and shown as the tooltip, e.g. "France: geo-europe" or "France: mix of img-blue 70%, …". */
  title: string;
  isMixed: boolean;
}

/** The fill and accessible name of a place (country or state) from its answer. */
export function areaFill(name: string, answer: CountryAnswer, colours: Record<string, string>): AreaFill {
  if (answer.mix.length <= 1)
    return { colour: colours[answer.outcome] ?? GREY, title: `${name}: ${answer.outcome}`, isMixed: false };
  return { colour: MIX_COLOUR, title: `${name}: mix of ${describeMix(answer.mix)}`, isMixed: true };
}

/** "img-blue 70%, img-green 30%". */
export function describeMix(mix: readonly Share[]): string {
  return mix.map((part) => `${part.outcome} ${wholePercent(part.share)}`).join(", ");
}

export interface LegendEntry {
  /** The outcome, or for a mix its description; unique in a legend. */
  key: string;
  /** The swatch: the outcome's colour, or the neutral mix colour. */
  colour: string;
  /** The outcomes behind this entry with their colours and shares of queries: one at 100% for a fixed answer. */
  parts: (Share & { colour: string })[];
  countries: number;
  /** countries / all countries, 0..1. */
  share: number;
  isMixed: boolean;
}

/** The map's legend: each fixed answer and each mix with the countries it answers, most countries first. */
export function legendOf(
  answers: Record<string, CountryAnswer>,
  colours: Record<string, string>,
): LegendEntry[] {
  const all = Object.values(answers);
  const byKey = new Map<string, LegendEntry>();
  for (const answer of all) {
    const isMixed = answer.mix.length > 1;
    const key = isMixed ? `mix of ${describeMix(answer.mix)}` : answer.outcome;
    const entry = byKey.get(key) ?? {
      key,
      colour: isMixed ? MIX_COLOUR : (colours[answer.outcome] ?? GREY),
      parts: answer.mix.map((part) => ({ ...part, colour: colours[part.outcome] ?? GREY })),
      countries: 0,
      share: 0,
      isMixed,
    };
    entry.countries += 1;
    byKey.set(key, entry);
  }
  const total = all.length || 1;
  return [...byKey.values()]
    .map((entry) => ({ ...entry, share: entry.countries / total }))
    .sort((a, b) => b.countries - a.countries || a.key.localeCompare(b.key));
}

/** "35.7%", "10%", "0.01%": one decimal, more only for tiny non-zero shares. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return "0%";
  const p = (part / whole) * 100;
  if (p > 0 && p < 0.1) return `${p.toFixed(2)}%`;
  return `${(Math.round(p * 10) / 10).toFixed(1)}%`;
}

/** A share as a whole percent ("70%"), one decimal when that is not whole ("33.3%"), "<0.1%" when tiny. */
export function wholePercent(share: number): string {
  const p = share * 100;
  if (p > 0 && p < 0.1) return "<0.1%";
  const rounded = Math.round(p * 10) / 10;
  return Number.isInteger(rounded) ? `${rounded}%` : `${rounded.toFixed(1)}%`;
}
