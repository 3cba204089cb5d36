import type { Ctx } from "./context";
import type { Group, PreparedRecord } from "./prepare";

// Random choices for weighted routing, driven by ctx.random so tests and the distribution are reproducible.

/** A record at random in proportion to its weight (`total` is the records' weight sum). */
export function pickWeighted(records: PreparedRecord[], total: number, ctx: Ctx): PreparedRecord {
  let r = ctx.random() * total;
  for (let i = 0; i < records.length - 1; i++) {
    const rec = records[i]!;
    r -= rec.weight;
    if (r < 0) return rec;
  }
  return records[records.length - 1]!;
}

/** A record at random, each equally likely. */
export function pickEqual(records: PreparedRecord[], ctx: Ctx): PreparedRecord {
  const i = Math.floor(ctx.random() * records.length);
  return records[i < records.length ? i : records.length - 1]!;
}

/** A non-zero-weight record of the group in proportion to its weight, from the group's precomputed cumulative sums. */
export function pickByCumulativeWeight(g: Group, ctx: Ctx): PreparedRecord {
  const cum = g.cumulative;
  const r = ctx.random() * g.totalWeight;
  let i = 0;
  while (i < cum.length - 1 && r >= cum[i]!) i++;
  return g.nonZero[i]!;
}
