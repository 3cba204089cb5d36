import { fieldChangesOf, type RecordSetDiff } from "@/lib/route53/diff";

import type { DiffRow } from "./diff-row";
import { diffRow } from "./diff";

/** "www.example.com. A blue" from a record key "www.example.com.|A|blue". */
export function recordSectionOf(key: string): string {
  return key.split("|").filter(Boolean).join(" ");
}

/**
 * Route 53 record-set diffs as change-table rows: one section per record set, one row per field. A created or
 * deleted record set lists every field it sets against an empty side.
 */
export function recordSetDiffRows(diffs: readonly RecordSetDiff[]): DiffRow[] {
  return diffs.flatMap((diff) => {
    const section = recordSectionOf(diff.key);
    const identity = { Name: (diff.before ?? diff.after)?.Name, Type: (diff.before ?? diff.after)?.Type };
    const fields =
      diff.kind === "changed"
        ? diff.fieldChanges
        : diff.kind === "added"
          ? fieldChangesOf(identity, diff.after ?? identity)
          : fieldChangesOf(diff.before ?? identity, identity);
    return fields.map((field) =>
      diffRow(field.field, field.before, field.after, { section, key: `${diff.key}|${field.field}` }),
    );
  });
}
