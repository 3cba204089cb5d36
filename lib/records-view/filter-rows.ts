import type { RecordRow, RoutingPolicy } from "./record-row";

export interface RecordFilter {
  /** Free text: every whitespace-separated term must appear in the row (name, type, values, ids…). */
  text: string;
  type?: string;
  policy?: RoutingPolicy;
  /** "with" / "without" a health check. */
  health?: "with" | "without";
}

/** The rows matching a filter, in their original (Route 53) order. */
export function filterRows(rows: RecordRow[], filter: RecordFilter): RecordRow[] {
  const terms = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length && !filter.type && !filter.policy && !filter.health) return rows;

  return rows.filter((row) => {
    if (filter.type && row.type !== filter.type) return false;
    if (filter.policy && row.policy !== filter.policy) return false;
    if (filter.health === "with" && !row.healthCheckId) return false;
    if (filter.health === "without" && row.healthCheckId) return false;
    for (const term of terms) if (!row.searchText.includes(term)) return false;
    return true;
  });
}
