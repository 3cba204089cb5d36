/** A flat, display-ready description of some state: label → one value or a list of values. */
export type ViewValue = string | string[];
export type View = Record<string, ViewValue>;

export type ChangeKind = "added" | "removed" | "changed" | "unchanged";

/** One labelled setting before and after. Lists also carry which items came and went. */
export interface FieldChange {
  label: string;
  kind: ChangeKind;
  before?: ViewValue;
  after?: ViewValue;
  /** For list values: items only after / only before. */
  addedItems?: string[];
  removedItems?: string[];
}

function sameValue(a: ViewValue | undefined, b: ViewValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** Items only in `after` and only in `before`, each in its own order. */
export function listDelta(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const had = new Set(before);
  const has = new Set(after);
  return { added: after.filter((item) => !had.has(item)), removed: before.filter((item) => !has.has(item)) };
}

function asList(value: ViewValue | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The field-by-field difference between two views, in the order of `after` then the labels only
 * `before` has. Unchanged fields are left out unless asked for.
 */
export function diffViews(before: View, after: View, options: { includeUnchanged?: boolean } = {}): FieldChange[] {
  const labels = [...Object.keys(after), ...Object.keys(before).filter((label) => !(label in after))];
  const changes: FieldChange[] = [];
  for (const label of labels) {
    const was = before[label];
    const is = after[label];
    const kind: ChangeKind =
      was === undefined ? "added" : is === undefined ? "removed" : sameValue(was, is) ? "unchanged" : "changed";
    if (kind === "unchanged" && !options.includeUnchanged) continue;

    const change: FieldChange = { label, kind, ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }) };
    if (Array.isArray(was) || Array.isArray(is)) {
      const delta = listDelta(asList(was), asList(is));
      change.addedItems = delta.added;
      change.removedItems = delta.removed;
    }
    changes.push(change);
  }
  return changes;
}

/** Whether two views hold the same values (label order does not matter). */
export function sameView(a: View, b: View): boolean {
  const labels = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const label of labels) if (!sameValue(a[label], b[label])) return false;
  return true;
}
