import { distribution, resolve } from "./index";
import { nyc } from "./test-helpers";
import type { ResolveInput, ResourceRecordSet } from "./types";

/** Helpers shared by the resolve tests (one file per routing policy). */
export const WWW = "www.example.com.";

/** Resolves `name` (type A unless given) from New York unless `extra` says otherwise. */
export function q(
  recordSets: ResourceRecordSet[],
  name: string,
  extra: Partial<ResolveInput> = {},
  type = "A",
) {
  return resolve({ recordSets, query: { name, type }, client: nyc, ...extra });
}

/** Each answer's share of `n` seeded resolutions. */
export function shares(
  recordSets: ResourceRecordSet[],
  name: string,
  extra: Partial<ResolveInput> = {},
  n = 20_000,
) {
  const { counts } = distribution({ recordSets, query: { name, type: "A" }, client: nyc, ...extra }, n, 7);
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / n]));
}
