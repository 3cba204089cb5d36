"use client";

import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

/** What an applied fix did, kept above the findings: the fixed finding itself leaves the list when the page rescans. */
export interface FixOutcome {
  /** The finding that was fixed. */
  title: string;
  /** The action's message ("Changed listener HTTP:80 of legacy-alb: Default action"). */
  message: string;
  /** Route 53 change ids and their status, when the fix changed records. */
  changes?: { id: string; status?: string }[];
}

const ReportContext = createContext<(outcome: FixOutcome) => void>(() => undefined);

/** For a fix button: report what Apply did, so it stays on screen after the page scans again. */
export function useReportFixOutcome(): (outcome: FixOutcome) => void {
  return useContext(ReportContext);
}

/** Route 53's `{ changeIds, statuses }` result as change lines; nothing for other results. */
export function changesOf(data: unknown): FixOutcome["changes"] {
  const applied = (typeof data === "object" && data !== null ? data : {}) as {
    changeIds?: unknown;
    statuses?: unknown;
  };
  if (!Array.isArray(applied.changeIds)) return undefined;
  const statuses = Array.isArray(applied.statuses) ? applied.statuses : [];
  return applied.changeIds.map((id, index) => ({
    id: String(id),
    status: statuses[index] === undefined ? undefined : String(statuses[index]),
  }));
}

/** Holds the fixes applied on this page and shows them (newest first) in a polite live region above `children`. */
export function FixOutcomesProvider({ children }: { children: ReactNode }) {
  const [outcomes, setOutcomes] = useState<FixOutcome[]>([]);
  const report = useCallback((outcome: FixOutcome) => setOutcomes((previous) => [outcome, ...previous]), []);

  return (
    <ReportContext.Provider value={report}>
      <div aria-live="polite" className="mb-4 space-y-2 empty:hidden">
        {outcomes.map((outcome, index) => (
          <div
            key={outcomes.length - index}
            role="status"
            aria-label={`Fixed: ${outcome.title}`}
            className="rounded-md bg-emerald-50 px-4 py-2 text-sm text-emerald-950 ring-1 ring-emerald-200 ring-inset"
          >
            <p className="font-medium">Fixed: {outcome.title}</p>
            <p>{outcome.message}</p>
            {outcome.changes && outcome.changes.length > 0 && (
              <ul aria-label="Changes submitted" className="mt-1">
                {outcome.changes.map((change) => (
                  <li key={change.id}>
                    Change <span className="font-mono text-xs">{change.id}</span>
                    {change.status && `: ${change.status}`}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      {children}
    </ReportContext.Provider>
  );
}
