import type { ReactNode } from "react";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { ScrollRegion } from "@/components/ui/table";
import { groupBySection } from "@/lib/diff/diff";
import type { DiffKind, DiffRow, DiffSeverity, DiffValue } from "@/lib/diff/diff-row";

const KIND: Record<DiffKind, { text: string; tone: BadgeTone }> = {
  added: { text: "added", tone: "green" },
  removed: { text: "removed", tone: "red" },
  changed: { text: "changed", tone: "amber" },
  unchanged: { text: "unchanged", tone: "gray" },
};

const SEVERITY: Record<DiffSeverity, string> = {
  info: "border-l-sky-400",
  warning: "border-l-amber-500",
  danger: "border-l-red-600",
};

/** The two column headings: "Now" → "After apply" for a preview, "When you loaded it" → "Now in AWS" for a refusal. */
export interface ChangeTableLabels {
  before: string;
  after: string;
}

export const PREVIEW_LABELS: ChangeTableLabels = { before: "Now", after: "After apply" };
export const CONCURRENT_LABELS: ChangeTableLabels = { before: "When you loaded it", after: "Now in AWS" };

function isEmpty(value: DiffValue | undefined): value is undefined {
  return value === undefined || (typeof value !== "string" && value.length === 0);
}

function Side({ row, side }: { row: DiffRow; side: "before" | "after" }) {
  const value = side === "before" ? row.before : row.after;
  if (isEmpty(value)) {
    return (
      <span className="text-slate-400">
        <span aria-hidden="true">—</span>
        <span className="sr-only">not set</span>
      </span>
    );
  }
  const isChanged = row.kind !== "unchanged";
  const tone =
    side === "before"
      ? "bg-red-50 text-red-900 ring-red-200"
      : "bg-emerald-50 text-emerald-900 ring-emerald-200";

  if (typeof value === "string") {
    return (
      <span
        className={cx(
          "rounded px-1.5 py-0.5 font-mono text-xs whitespace-pre-wrap",
          isChanged ? `ring-1 ring-inset ${tone}` : "text-slate-700",
        )}
      >
        {side === "before" && isChanged ? <del className="no-underline">{value}</del> : value}
      </span>
    );
  }

  const marked = new Set(side === "before" ? row.removedItems : row.addedItems);
  return (
    <ul className="space-y-0.5">
      {value.map((item, index) => {
        const isMarked = marked.has(item);
        return (
          <li
            key={`${index}:${item}`}
            className={cx(
              "w-fit rounded px-1.5 py-0.5 font-mono text-xs break-all",
              isMarked ? `ring-1 ring-inset ${tone}` : "text-slate-700",
            )}
          >
            {isMarked && <span aria-hidden="true">{side === "before" ? "− " : "+ "}</span>}
            {isMarked && <span className="sr-only">{side === "before" ? "removed: " : "added: "}</span>}
            {item}
          </li>
        );
      })}
    </ul>
  );
}

function sectionKind(rows: readonly DiffRow[]): DiffKind | undefined {
  const kinds = new Set(rows.map((row) => row.kind));
  if (kinds.size !== 1) return undefined;
  const [kind] = kinds;
  return kind === "added" || kind === "removed" ? kind : undefined;
}

function Row({ row, showKind }: { row: DiffRow; showKind: boolean }) {
  return (
    <tr className={cx(row.severity && `border-l-4 ${SEVERITY[row.severity]}`)}>
      <th scope="row" className="px-3 py-2 text-left font-medium text-slate-800">
        <span className="flex flex-wrap items-center gap-1.5">
          {row.label}
          {showKind && row.kind !== "changed" && (
            <Badge tone={KIND[row.kind].tone}>{KIND[row.kind].text}</Badge>
          )}
        </span>
        {row.note && <span className="mt-0.5 block text-xs font-normal text-slate-600">{row.note}</span>}
      </th>
      <td className="px-3 py-2">
        <Side row={row} side="before" />
      </td>
      <td className="px-1 py-2 text-slate-400" aria-hidden="true">
        →
      </td>
      <td className="px-3 py-2">
        <Side row={row} side="after" />
      </td>
    </tr>
  );
}

/**
 * The one before/after table: a row per setting, grouped under a heading row per section (a record set, a
 * listener) when rows have one. Works in server and client components.
 */
export function ChangeTable({
  rows,
  caption = "Changes",
  labels = PREVIEW_LABELS,
  empty = "Nothing would change.",
  footer,
}: {
  rows: readonly DiffRow[];
  /** Names the table; shown as its caption. */
  caption?: string;
  labels?: ChangeTableLabels;
  empty?: ReactNode;
  footer?: ReactNode;
}) {
  const groups = groupBySection(rows);
  const hasSections = groups.some((group) => group.section !== "");
  // Inside a section whose rows are all added (or all removed), the section heading carries the badge.
  return (
    <div className="overflow-hidden rounded-md border border-slate-200 bg-white">
      {rows.length === 0 ? (
        <p className="px-3 py-3 text-sm text-slate-600">{empty}</p>
      ) : (
        <ScrollRegion label={caption} className="rounded-none border-0">
          <table className="w-full text-left text-sm">
            <caption className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              {caption}
            </caption>
            <thead className="text-xs text-slate-500">
              <tr className="border-b border-slate-100">
                <th scope="col" className="w-1/4 px-3 py-1.5 font-medium">
                  Setting
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {labels.before}
                </th>
                <td className="w-4 px-1 py-1.5" aria-hidden="true" />
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {labels.after}
                </th>
              </tr>
            </thead>
            {groups.map((group) => {
              const kind = sectionKind(group.rows);
              return (
                <tbody
                  key={group.section}
                  className="divide-y divide-slate-100 border-t border-slate-200 align-top"
                >
                  {hasSections && (
                    <tr className="bg-slate-50/70">
                      <th
                        scope="colgroup"
                        colSpan={4}
                        className="px-3 py-1.5 text-left text-sm font-semibold text-slate-900"
                      >
                        <span className="flex flex-wrap items-center gap-2">
                          {kind && <Badge tone={KIND[kind].tone}>{KIND[kind].text}</Badge>}
                          <span className="font-mono text-xs">{group.section || "Other"}</span>
                        </span>
                      </th>
                    </tr>
                  )}
                  {group.rows.map((row) => (
                    <Row key={row.key} row={row} showKind={!kind} />
                  ))}
                </tbody>
              );
            })}
          </table>
        </ScrollRegion>
      )}
      {footer && (
        <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 bg-slate-50 px-3 py-2">
          {footer}
        </div>
      )}
    </div>
  );
}
