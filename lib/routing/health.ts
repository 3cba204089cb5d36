import { type Ctx, MAX_DEPTH } from "./context";
import { normalizeTargetName } from "./names";
import type { Group, PreparedRecord } from "./prepare";

// ---------------------------------------------------------------------------------------------------------------------
// Health (DG "How Amazon Route 53 chooses records when health checking is configured").

const unhealthyCache = new WeakMap<string[], { snapshot: string[]; set: Set<string> }>();

/** The failing ids and target names as a set (normalised), cached per array. */
export function unhealthySet(list: string[] | undefined): Set<string> | null {
  if (!list || list.length === 0) return null;
  const hit = unhealthyCache.get(list);
  if (hit && sameItems(hit.snapshot, list)) return hit.set;

  const set = new Set<string>();
  for (const item of list) {
    set.add(item);
    set.add(normalizeTargetName(item));
  }
  unhealthyCache.set(list, { snapshot: list.slice(), set });
  return set;
}

function sameItems(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A record's health: its health check, and for an alias with EvaluateTargetHealth its target's too. */
export function isHealthy(rec: PreparedRecord, ctx: Ctx, depth: number): boolean {
  const bad = ctx.unhealthy;
  if (rec.healthCheckId !== undefined && bad !== null && bad.has(rec.healthCheckId)) return false;

  const alias = rec.alias;
  if (alias === undefined || !alias.evaluate) return true;
  if (!alias.isInZone) return bad === null || !bad.has(alias.key);
  return alias.target !== undefined && depth < MAX_DEPTH && groupHasHealthy(alias.target, ctx, depth + 1);
}

function groupHasHealthy(g: Group, ctx: Ctx, depth: number): boolean {
  if (allHealthy(g, ctx)) return g.records.length > 0;
  for (const r of g.records) if (isHealthy(r, ctx, depth)) return true;
  return false;
}

/** True when no record of the group can be unhealthy in this query: the fast path for every policy. */
export function allHealthy(g: Group, ctx: Ctx): boolean {
  return !g.isHealthDependent || (ctx.unhealthy === null && !g.hasBrokenAlias);
}

export function healthyOf(records: PreparedRecord[], ctx: Ctx, depth: number): PreparedRecord[] {
  const out: PreparedRecord[] = [];
  for (const r of records) if (isHealthy(r, ctx, depth)) out.push(r);
  return out;
}

export function names(records: PreparedRecord[]): string {
  return records.map((r) => r.label).join(", ");
}

/** Unhealthy records with the reason each is unhealthy, for explanations (slow path only). */
export function whyUnhealthy(records: PreparedRecord[], ctx: Ctx): string {
  return records
    .map((r) => {
      if (r.healthCheckId !== undefined && ctx.unhealthy?.has(r.healthCheckId)) {
        return `${r.label} (health check ${r.healthCheckId} failing)`;
      }
      const a = r.alias;
      if (a?.evaluate)
        return `${r.label} (alias target ${a.answer} ${a.isInZone ? "has no healthy record" : "is unhealthy"})`;
      return r.label;
    })
    .join(", ");
}
