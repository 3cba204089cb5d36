import { Badge } from "@/components/ui/badge";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import { fieldChangesOf, type FieldChange, type RecordSetDiff } from "@/lib/route53/diff";

const KIND_LABEL: Record<RecordSetDiff["kind"], { text: string; tone: "green" | "red" | "amber" }> = {
  added: { text: "added", tone: "green" },
  removed: { text: "removed", tone: "red" },
  changed: { text: "changed", tone: "amber" },
};

function fieldsOf(diff: RecordSetDiff): FieldChange[] {
  if (diff.kind === "changed") return diff.fieldChanges;
  const identity = (rrset: ResourceRecordSet | undefined): ResourceRecordSet => ({
    Name: rrset?.Name,
    Type: rrset?.Type,
  });
  // Every field the record sets, shown against an empty side.
  const side = (diff.kind === "added" ? diff.after : diff.before) ?? identity(undefined);
  return diff.kind === "added" ? fieldChangesOf(identity(side), side) : fieldChangesOf(side, identity(side));
}

function Value({ text, tone }: { text: string | undefined; tone: "before" | "after" }) {
  if (text === undefined) return <span className="text-slate-400">—</span>;
  return (
    <span
      className={`font-mono text-xs whitespace-pre-wrap ${tone === "before" ? "text-red-900" : "text-emerald-900"}`}
    >
      {text}
    </span>
  );
}

/**
 * A before/after diff of record sets, field by field. `labels` names the two sides: "Now" → "After apply" for a
 * preview, or "When you loaded it" → "Now in Route 53" for a concurrent change.
 */
export function RecordDiff({
  diffs,
  labels = { before: "Before", after: "After" },
  title,
}: {
  diffs: RecordSetDiff[];
  labels?: { before: string; after: string };
  title?: string;
}) {
  if (diffs.length === 0) return <p className="text-sm text-slate-600">No differences.</p>;
  return (
    <div className="space-y-3">
      {title && <h3 className="text-sm font-semibold text-slate-800">{title}</h3>}
      {diffs.map((diff) => {
        const [name, type, setIdentifier] = diff.key.split("|");
        const kind = KIND_LABEL[diff.kind];
        return (
          <section
            key={`${diff.kind}:${diff.key}`}
            aria-label={`${kind.text} ${name} ${type}${setIdentifier ? ` ${setIdentifier}` : ""}`}
            className="rounded-md border border-slate-200"
          >
            <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-sm">
              <Badge tone={kind.tone}>{kind.text}</Badge>
              <span className="font-medium">{name}</span>
              <span className="font-mono text-xs">{type}</span>
              {setIdentifier && <span className="font-mono text-xs text-slate-600">{setIdentifier}</span>}
            </header>
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-1 font-medium">
                    Field
                  </th>
                  <th scope="col" className="px-3 py-1 font-medium">
                    {labels.before}
                  </th>
                  <th scope="col" className="px-3 py-1 font-medium">
                    {labels.after}
                  </th>
                </tr>
              </thead>
              <tbody>
                {fieldsOf(diff).map((change) => (
                  <tr key={change.field} className="border-t border-slate-100 align-top">
                    <th scope="row" className="px-3 py-1 text-xs font-medium text-slate-700">
                      {change.field}
                    </th>
                    <td className="bg-red-50/40 px-3 py-1">
                      <Value text={change.before} tone="before" />
                    </td>
                    <td className="bg-emerald-50/40 px-3 py-1">
                      <Value text={change.after} tone="after" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
