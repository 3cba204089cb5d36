import { describe, expect, it } from "vitest";

import { diffRecordSets } from "@/lib/route53/diff";

import { recordSetDiffRows } from "./record-sets";

const blue = {
  Name: "img.example.com.",
  Type: "A" as const,
  SetIdentifier: "blue",
  Weight: 10,
  TTL: 60,
  ResourceRecords: [{ Value: "10.0.0.1" }],
};

describe("recordSetDiffRows", () => {
  it("turns a changed record set into one row per changed field under the record's section", () => {
    const rows = recordSetDiffRows(diffRecordSets([blue], [{ ...blue, Weight: 90 }]));
    expect(rows).toEqual([
      {
        key: "img.example.com.|A|blue|Weight",
        section: "img.example.com. A blue",
        label: "Weight",
        kind: "changed",
        before: "10",
        after: "90",
      },
    ]);
  });

  it("lists every field of a created or deleted record set against an empty side", () => {
    const added = recordSetDiffRows(diffRecordSets([], [blue]));
    expect(added.map((row) => [row.label, row.kind, row.after])).toEqual([
      ["TTL", "added", "60"],
      ["Values", "added", "10.0.0.1"],
      ["Weight", "added", "10"],
    ]);
    expect(
      recordSetDiffRows(diffRecordSets([blue], [])).every(
        (row) => row.kind === "removed" && row.after === undefined,
      ),
    ).toBe(true);
  });
});
