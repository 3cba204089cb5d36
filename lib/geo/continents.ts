/** Route 53 geolocation continent codes (DG "Values specific for geolocation records" → Location). */
export type ContinentCode = "AF" | "AN" | "AS" | "EU" | "OC" | "NA" | "SA";

export interface Continent {
  code: ContinentCode;
  name: string;
}

export const CONTINENTS: readonly Continent[] = [
  { code: "AF", name: "Africa" },
  { code: "AN", name: "Antarctica" },
  { code: "AS", name: "Asia" },
  { code: "EU", name: "Europe" },
  { code: "OC", name: "Oceania" },
  { code: "NA", name: "North America" },
  { code: "SA", name: "South America" },
];

const byCode = new Map<string, Continent>(CONTINENTS.map((c) => [c.code, c]));

/** The continent with this Route 53 code, if any (case-insensitive). */
export function continentByCode(code: string): Continent | undefined {
  return byCode.get(code.toUpperCase());
}

/** True when the string is one of the seven Route 53 continent codes. */
export function isContinentCode(code: string): code is ContinentCode {
  return byCode.has(code);
}
