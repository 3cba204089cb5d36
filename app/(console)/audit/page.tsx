import { PageHeader } from "@/components/layout/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { type Column, Table } from "@/components/ui/table";
import { type AuditEntry, auditStore, type AuditOutcome } from "@/lib/audit";

export const metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const OUTCOME_TONES: Record<AuditOutcome, BadgeTone> = {
  success: "green",
  failure: "red",
  denied: "amber",
  invalid: "gray",
};

// In the Table primitive's own scroll box: on a phone the summary and its details scroll into view, not off the page.
const COLUMNS: Column<AuditEntry>[] = [
  {
    id: "at",
    header: "When (UTC)",
    className: "font-mono text-xs whitespace-nowrap",
    cell: (entry) => entry.at.replace("T", " ").slice(0, 19),
  },
  { id: "actor", header: "Who", cell: (entry) => entry.actor },
  { id: "action", header: "Action", className: "font-mono text-xs", cell: (entry) => entry.action },
  {
    id: "target",
    header: "Target",
    className: "max-w-64 truncate font-mono text-xs",
    cell: (entry) => <span title={entry.target}>{entry.target}</span>,
  },
  {
    id: "outcome",
    header: "Outcome",
    cell: (entry) => <Badge tone={OUTCOME_TONES[entry.outcome]}>{entry.outcome}</Badge>,
  },
  {
    id: "summary",
    header: "Summary",
    className: "min-w-64",
    cell: (entry) => (
      <>
        {entry.summary}
        {entry.details && (
          <details className="mt-1">
            <summary className="cursor-pointer text-xs text-slate-500">Details</summary>
            <pre className="mt-1 max-h-64 max-w-xl overflow-auto rounded bg-slate-50 p-2 text-xs">
              {JSON.stringify(entry.details, null, 2)}
            </pre>
          </details>
        )}
      </>
    ),
  },
];

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const { before } = await searchParams;
  const beforeId = before ? Number(before) : undefined;
  const entries = auditStore().list({
    limit: 100,
    beforeId: Number.isFinite(beforeId) ? beforeId : undefined,
  });
  const oldest = entries.at(-1);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made through this console, newest first, with who made it and what AWS answered."
      />
      {entries.length === 0 ? (
        <EmptyState title="Nothing has been changed through Routeboard yet">
          Changes to load balancers, DNS records, certificates and rollouts appear here as they are made.
        </EmptyState>
      ) : (
        <Table
          caption="Audit entries"
          columns={COLUMNS}
          rows={entries}
          rowKey={(entry) => String(entry.id)}
        />
      )}
      {oldest && entries.length === 100 && (
        <a className="mt-4 inline-block text-sm text-sky-800 underline" href={`/audit?before=${oldest.id}`}>
          Older entries
        </a>
      )}
    </>
  );
}
