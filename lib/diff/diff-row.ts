/** A value as a change table shows it: one line, or a list whose items are compared one by one. */
export type DiffValue = string | readonly string[];

export type DiffKind = "added" | "removed" | "changed" | "unchanged";

export type DiffSeverity = "info" | "warning" | "danger";

/**
 * One labelled setting before and after: the one row model every before/after table uses (a preview of an edit,
 * what someone else changed, what a bulk import creates). JSON-safe, so it can cross the server-action boundary.
 */
export type DiffRow = {
  /** Unique within one table (section + label by default). */
  key: string;
  /** The resource or part it belongs to ("www.example.com A blue", "Listener HTTPS:443"); rows group under it. */
  section?: string;
  /** The setting, e.g. "Path" or "TTL". */
  label: string;
  kind: DiffKind;
  before?: DiffValue;
  after?: DiffValue;
  /** For list values: the items only `after` has and only `before` has. */
  addedItems?: readonly string[];
  removedItems?: readonly string[];
  /** One sentence shown under the label (why it matters, what AWS will do). */
  note?: string;
  severity?: DiffSeverity;
};

/** A flat, display-ready description of some state: label → one value or a list (undefined: not set). */
export type DiffView = Readonly<Record<string, DiffValue | undefined>>;
