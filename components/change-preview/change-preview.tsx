import type { ReactNode } from "react";

import { Badge, type BadgeTone } from "@/components/ui/badge";

import type { ChangeKind, FieldChange, ViewValue } from "./diff";

const KIND: Record<ChangeKind, { text: string; tone: BadgeTone }> = {
  added: { text: "added", tone: "green" },
  removed: { text: "removed", tone: "red" },
  changed: { text: "changed", tone: "amber" },
  unchanged: { text: "unchanged", tone: "gray" },
};

function Side({ value, side, change }: { value: ViewValue | undefined; side: "before" | "after"; change: FieldChange }) {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return <span className="text-slate-400">—</span>;
  const isChanged = change.kind !== "unchanged";
  const tone = side === "before" ? "bg-red-50 text-red-900 ring-red-200" : "bg-emerald-50 text-emerald-900 ring-emerald-200";

  if (!Array.isArray(value)) {
    return (
      <span className={`rounded px-1.5 py-0.5 font-mono text-xs whitespace-pre-wrap ${isChanged ? `ring-1 ring-inset ${tone}` : "text-slate-700"}`}>
        {side === "before" && isChanged ? <del className="no-underline">{value}</del> : value}
      </span>
    );
  }

  const marked = new Set(side === "before" ? change.removedItems : change.addedItems);
  return (
    <ul className="space-y-0.5">
      {value.map((item) => {
        const isMarked = marked.has(item);
        return (
          <li key={item} className={`w-fit rounded px-1.5 py-0.5 font-mono text-xs break-all ${isMarked ? `ring-1 ring-inset ${tone}` : "text-slate-700"}`}>
            {isMarked && <span aria-hidden="true">{side === "before" ? "− " : "+ "}</span>}
            {isMarked && <span className="sr-only">{side === "before" ? "removed: " : "added: "}</span>}
            {item}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A generic before/after table for key/value and list changes. `labels` names the two columns:
 * "Now" → "After apply" for a preview, "When you loaded the page" → "Now in AWS" for a concurrent change.
 */
export function ChangePreview({
  changes,
  caption = "Changes",
  labels = { before: "Now", after: "After apply" },
  empty = "Nothing would change.",
  footer,
}: {
  changes: FieldChange[];
  caption?: string;
  labels?: { before: string; after: string };
  empty?: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="overflow-hidden rounded-md border border-slate-200 bg-white">
      {changes.length === 0 ? (
        <p className="px-3 py-3 text-sm text-slate-600">{empty}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {caption}
          </caption>
          <thead className="text-xs text-slate-500">
            <tr className="border-b border-slate-100">
              <th scope="col" className="w-1/4 px-3 py-1.5 font-medium">Setting</th>
              <th scope="col" className="px-3 py-1.5 font-medium">{labels.before}</th>
              <th scope="col" className="w-4 px-1 py-1.5" aria-hidden="true" />
              <th scope="col" className="px-3 py-1.5 font-medium">{labels.after}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {changes.map((change) => (
              <tr key={change.label}>
                <th scope="row" className="px-3 py-2 font-medium text-slate-800">
                  <span className="flex flex-wrap items-center gap-1.5">
                    {change.label}
                    {change.kind !== "changed" && <Badge tone={KIND[change.kind].tone}>{KIND[change.kind].text}</Badge>}
                  </span>
                </th>
                <td className="px-3 py-2">
                  <Side value={change.before} side="before" change={change} />
                </td>
                <td className="px-1 py-2 text-slate-400" aria-hidden="true">
                  →
                </td>
                <td className="px-3 py-2">
                  <Side value={change.after} side="after" change={change} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {footer && <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 bg-slate-50 px-3 py-2">{footer}</div>}
    </div>
  );
}
