import { prepare } from "./prepare";
import type { Ctx } from "./context";
import { unhealthySet } from "./health";
import { run } from "./resolve";
import type { DistributionResult, ResolveInput } from "./types";

/** mulberry32: tiny, fast, and good enough to spread simulated queries; the same seed gives the same counts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Resolve the same query n times and count the outcomes, keyed by the contributing SetIdentifiers (joined with " + "),
 * else by the answers, else "(no answer)" or "(NXDOMAIN)". `random` replaces the seeded generator (e.g. evenly spaced draws).
 */
export function distribution(
  input: Omit<ResolveInput, "random">,
  n: number,
  seed = 1,
  random: () => number = seededRandom(seed),
): DistributionResult {
  const started = performance.now();
  const prepared = prepare(input.recordSets);
  const ctx: Ctx = {
    answers: [],
    ids: [],
    explain: null,
    random,
    unhealthy: null,
    input,
    cx: NaN,
    cy: NaN,
    cz: NaN,
  };
  ctx.unhealthy = unhealthySet(input.unhealthy);

  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    ctx.answers.length = 0;
    ctx.ids.length = 0;
    const rcode = run(prepared, ctx);
    const key = keyOf(ctx, rcode);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  return { counts: Object.fromEntries(counts), n, ms: performance.now() - started };
}

function keyOf(ctx: Ctx, rcode: string): string {
  const ids = ctx.ids;
  if (ids.length === 1) return ids[0]!;
  if (ids.length > 1) return ids.join(" + ");
  const answers = ctx.answers;
  if (answers.length === 1) return answers[0]!;
  if (answers.length > 1) return answers.join(", ");
  return rcode === "NXDOMAIN" ? "(NXDOMAIN)" : "(no answer)";
}
