import { PageHeader } from "@/components/layout/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { type Column, Table } from "@/components/ui/table";
import { buttonClasses } from "@/components/ui/button";
import { type AuditEntry, auditStore, type AuditOutcome, type ChainVerdict } from "@/lib/audit";
import { auditQueryFrom, type AuditSearch, filterParams } from "@/lib/audit/audit-filters";

export const metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const OUTCOME_TONES: Record<AuditOutcome, BadgeTone> = {
  success: "green",
  partial: "amber",
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
    wrap: true,
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

export default async function AuditPage({ searchParams }: { searchParams: Promise<AuditSearch> }) {
  const search = await searchParams;
  const store = auditStore();
  const entries = store.list({ ...auditQueryFrom(search), limit: 100 });
  const oldest = entries.at(-1);
  const filters = filterParams(search);
  const withFilters = (extra: Record<string, string>) => {
    const params = new URLSearchParams(filters);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return params.toString();
  };

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every attempt made through this console, newest first: who, what, and what AWS answered."
      />
      <ChainStatus verdict={store.verify()} />
      <AuditFilters search={search} exportQuery={filters.toString()} />
      {entries.length === 0 ? (
        <EmptyState title="Nothing has been changed through Routeboard yet">
          Changes to load balancers, DNS records, certificates and rollouts appear here as they are made.
        </EmptyState>
      ) : (
        <Table
          columns={COLUMNS}
          rows={entries}
          rowKey={(entry) => String(entry.id)}
          caption="Audit entries"
        />
      )}
      {oldest && entries.length === 100 && (
        <a
          className="mt-4 inline-block text-sm text-sky-800 underline"
          href={`/audit?${withFilters({ before: String(oldest.id) })}`}
        >
          Older entries
        </a>
      )}
    </>
  );
}

/** Whether the hash chain holds: each entry carries the hash of the one before, so an edit outside the console shows. */
function ChainStatus({ verdict }: { verdict: ChainVerdict }) {
  if (verdict.ok) {
    return (
      <p
        role="status"
        className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
      >
        Integrity verified: all {verdict.count} entries are unchanged since they were written.
      </p>
    );
  }
  const what =
    verdict.reason === "edited"
      ? `entry #${verdict.brokenAt} was changed after it was written`
      : `the link to entry #${verdict.brokenAt} is broken: an entry before it was removed, inserted or rewritten`;
  return (
    <div
      role="alert"
      className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
    >
      <p className="font-semibold">The audit log was altered outside the console.</p>
      <p>
        Integrity check failed: {what}. Entries from #{verdict.brokenAt} on cannot be trusted.
      </p>
    </div>
  );
}

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and exported as it is. */
function AuditFilters({ search, exportQuery }: { search: AuditSearch; exportQuery: string }) {
  const input = "rounded-md border border-slate-300 px-2 py-1 text-sm";
  const field = (name: "actor" | "action" | "target", label: string) => (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
      {label}
      <input name={name} defaultValue={text(search[name])} className={input} />
    </label>
  );
  return (
    <form
      method="get"
      action="/audit"
      aria-label="Filter the audit log"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      {field("actor", "User")}
      {field("action", "Action")}
      {field("target", "Resource")}
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        Outcome
        <select name="outcome" defaultValue={text(search.outcome)} className={input}>
          <option value="">Any</option>
          {Object.keys(OUTCOME_TONES).map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcome}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        From (UTC day)
        <input type="date" name="from" defaultValue={text(search.from)} className={input} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        To (UTC day)
        <input type="date" name="to" defaultValue={text(search.to)} className={input} />
      </label>
      <button
        type="submit"
        className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800"
      >
        Filter
      </button>
      <a
        className={buttonClasses("secondary")}
        href={`/api/audit/export?${exportQuery}${exportQuery ? "&" : ""}format=csv`}
        download
      >
        Export CSV
      </a>
      <a
        className={buttonClasses("secondary")}
        href={`/api/audit/export?${exportQuery}${exportQuery ? "&" : ""}format=json`}
        download
      >
        Export JSON
      </a>
    </form>
  );
}
