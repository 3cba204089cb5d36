import type { ResolveInput } from "./types";

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

/** How many aliases and CNAMEs in the same zone one answer may follow. */
export const MAX_DEPTH = 8;
