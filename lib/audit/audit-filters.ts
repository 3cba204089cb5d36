import { csvCell } from "@/lib/format/csv";

import type { AuditEntry, AuditOutcome, AuditQuery } from "./audit-store";

const OUTCOMES: readonly AuditOutcome[] = ["success", "partial", "failure", "denied", "invalid"];

/** The filters of /audit and its export, as URL search parameters give them. */
export type AuditSearch = Partial<
  Record<"actor" | "action" | "target" | "outcome" | "from" | "to" | "before", string | string[]>
>;

const one = (value: string | string[] | undefined): string | undefined => {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text.slice(0, 512) : undefined;
};

/** A day (YYYY-MM-DD, UTC) or an ISO time as an ISO timestamp; `endOfDay` moves a bare day to the next midnight. */
function isoTime(value: string | undefined, endOfDay: boolean): string | undefined {
  if (!value) return undefined;
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = Date.parse(isDay ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(time)) return undefined;
  return new Date(isDay && endOfDay ? time + 86_400_000 : time).toISOString();
}

/** The store query for these filters; unknown or malformed values are left out rather than failing the page. */
export function auditQueryFrom(search: AuditSearch): AuditQuery {
  const outcome = one(search.outcome);
  const before = Number(one(search.before));
  return {
    actor: one(search.actor),
    action: one(search.action),
    target: one(search.target),
    outcome: OUTCOMES.find((candidate) => candidate === outcome),
    from: isoTime(one(search.from), false),
    to: isoTime(one(search.to), true),
    beforeId: Number.isInteger(before) && before > 0 ? before : undefined,
  };
}

/** The same filters as URL parameters (for export links and paging), without paging. */
export function filterParams(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["actor", "action", "target", "outcome", "from", "to"] as const) {
    const value = one(search[key]);
    if (value) params.set(key, value);
  }
  return params;
}

const CSV_COLUMNS = ["id", "at", "actor", "action", "target", "outcome", "summary", "details"] as const;

/** The entries as CSV (RFC 4180, CRLF line ends), details as JSON in the last column. */
export function toCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) =>
    CSV_COLUMNS.map((column) => {
      const value =
        column === "details" ? (entry.details ? JSON.stringify(entry.details) : "") : String(entry[column]);
      return csvCell(value);
    }).join(","),
  );
  return [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}
