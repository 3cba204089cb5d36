import { createHash } from "node:crypto";

/** The fields of an entry that its hash covers; `prevHash` links it to the entry before. */
export interface ChainedFields {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  outcome: string;
  summary: string;
  /** The details exactly as stored (JSON text), or null. */
  details: string | null;
  prevHash: string;
}

/** The hash before the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** SHA-256 over the entry's fields in a fixed order, so any edit of a stored row changes it. */
export function entryHash(fields: ChainedFields): string {
  const canonical = JSON.stringify([
    fields.id,
    fields.at,
    fields.actor,
    fields.action,
    fields.target,
    fields.outcome,
    fields.summary,
    fields.details,
    fields.prevHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

export type ChainVerdict =
  { ok: true; count: number } | { ok: false; count: number; brokenAt: number; reason: "edited" | "unlinked" };

/**
 * Walks the entries oldest first. "edited": the row's content no longer matches its own hash. "unlinked": its link to
 * the entry before does not match (an entry was removed, inserted or rewritten with its hash recomputed).
 */
export function verifyChain(rows: Iterable<ChainedFields & { hash: string | null }>): ChainVerdict {
  let previous = GENESIS_HASH;
  let count = 0;
  for (const row of rows) {
    count++;
    if (row.prevHash !== previous) return { ok: false, count, brokenAt: row.id, reason: "unlinked" };
    if (row.hash !== entryHash(row)) return { ok: false, count, brokenAt: row.id, reason: "edited" };
    previous = row.hash;
  }
  return { ok: true, count };
}
