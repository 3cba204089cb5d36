import type { DiffKind, DiffRow, DiffSeverity, DiffValue, DiffView } from "./diff-row";
import { plainText } from "@/lib/format/plain-text";

function isList(value: DiffValue | undefined): value is readonly string[] {
  return Array.isArray(value);
}

function asList(value: DiffValue | undefined): readonly string[] {
  if (value === undefined) return [];
  return isList(value) ? value : [value];
}

/** Whether two values are equal (lists item by item, in order: rule order matters). */
export function sameValue(a: DiffValue | undefined, b: DiffValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (isList(a) !== isList(b)) return false;
  if (isList(a) && isList(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** Whether two views hold the same values (label order does not matter). */
export function sameView(a: DiffView, b: DiffView): boolean {
  const labels = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const label of labels) if (!sameValue(a[label], b[label])) return false;
  return true;
}

/** Items only in `after` and only in `before`, each in its own order. */
export function listDelta(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  const had = new Set(before);
  const has = new Set(after);
  return { added: after.filter((item) => !had.has(item)), removed: before.filter((item) => !has.has(item)) };
}

function kindOf(before: DiffValue | undefined, after: DiffValue | undefined): DiffKind {
  if (before === undefined && after === undefined) return "unchanged";
  if (before === undefined) return "added";
  if (after === undefined) return "removed";
  return sameValue(before, after) ? "unchanged" : "changed";
}

export interface RowOptions {
  section?: string;
  key?: string;
  note?: string;
  severity?: DiffSeverity;
}

/** One row from a label and its two values; the kind follows from them (undefined = not set on that side). */
export function diffRow(
  label: string,
  before: DiffValue | undefined,
  after: DiffValue | undefined,
  options: RowOptions = {},
): DiffRow {
  const row: DiffRow = {
    key: options.key ?? (options.section ? `${options.section}|${label}` : label),
    label,
    kind: kindOf(before, after),
  };
  if (options.section !== undefined) row.section = options.section;
  if (before !== undefined) row.before = before;
  if (after !== undefined) row.after = after;
  if (isList(before) || isList(after)) {
    const delta = listDelta(asList(before), asList(after));
    row.addedItems = delta.added;
    row.removedItems = delta.removed;
  }
  if (options.note !== undefined) row.note = options.note;
  if (options.severity !== undefined) row.severity = options.severity;
  return row;
}

export interface DiffOptions {
  /** Every row gets this section (a resource name); keys are prefixed with it. */
  section?: string;
  /** Keep rows whose value did not change (a full preview rather than a change list). */
  includeUnchanged?: boolean;
}

/**
 * The field-by-field difference between two views, in the order of `after` then the labels only `before` has.
 * Unchanged fields are left out unless asked for.
 */
export function diffViews(before: DiffView, after: DiffView, options: DiffOptions = {}): DiffRow[] {
  const labels = [...Object.keys(after), ...Object.keys(before).filter((label) => !(label in after))];
  return labels
    .map((label) => diffRow(label, before[label], after[label], { section: options.section }))
    .filter((row) => options.includeUnchanged || row.kind !== "unchanged");
}

/** How one field of an object is shown: its label and how its value reads ("30 s"). */
export interface FieldSpec {
  key: string;
  label: string;
  unit?: string;
  format?: (value: unknown) => string;
}

/** An object as a view, through its field specs (empty strings, null and undefined read as "not set"). */
export function viewOf(value: object, fields: readonly FieldSpec[]): DiffView {
  const record = value as Readonly<Record<string, unknown>>;
  const view: Record<string, DiffValue | undefined> = {};
  for (const field of fields) {
    const raw = record[field.key];
    if (raw === undefined || raw === null || raw === "") {
      view[field.label] = undefined;
      continue;
    }
    const text = field.format ? field.format(raw) : plainText(raw);
    view[field.label] = field.unit ? `${text} ${field.unit}` : text;
  }
  return view;
}

/** Field-by-field difference of two objects of the same kind (e.g. a health check as loaded and as edited). */
export function diffFields(
  before: object,
  after: object,
  fields: readonly FieldSpec[],
  options: DiffOptions = {},
): DiffRow[] {
  return diffViews(viewOf(before, fields), viewOf(after, fields), options);
}

/** The rows that change something (a review's "N changes"). */
export function changedRows(rows: readonly DiffRow[]): DiffRow[] {
  return rows.filter((row) => row.kind !== "unchanged");
}

/** Rows grouped by section, sections in the order they first appear (rows without one come under ""). */
export function groupBySection(rows: readonly DiffRow[]): { section: string; rows: DiffRow[] }[] {
  const groups = new Map<string, DiffRow[]>();
  for (const row of rows) {
    const section = row.section ?? "";
    const list = groups.get(section);
    if (list) list.push(row);
    else groups.set(section, [row]);
  }
  return [...groups].map(([section, list]) => ({ section, rows: list }));
}

/** Whole sections that appear or disappear (a record set created or deleted) as rows of that kind. */
export function sectionRows(section: string, view: DiffView, kind: "added" | "removed"): DiffRow[] {
  return Object.entries(view)
    .filter(([, value]) => value !== undefined)
    .map(([label, value]) =>
      kind === "added"
        ? diffRow(label, undefined, value, { section })
        : diffRow(label, value, undefined, { section }),
    );
}
