import { describe, expect, it } from "vitest";

import {
  changedRows,
  diffFields,
  diffRow,
  diffViews,
  groupBySection,
  listDelta,
  sameView,
  sectionRows,
} from "./diff";

describe("diffViews", () => {
  it("reports changed, added and removed fields in the order of after, then before-only, and leaves unchanged out", () => {
    expect(
      diffViews(
        { "Idle timeout": "60", HTTP2: "on", Bucket: "logs" },
        { "Idle timeout": "120", HTTP2: "on", Prefix: "alb" },
      ),
    ).toEqual([
      { key: "Idle timeout", label: "Idle timeout", kind: "changed", before: "60", after: "120" },
      { key: "Prefix", label: "Prefix", kind: "added", after: "alb" },
      { key: "Bucket", label: "Bucket", kind: "removed", before: "logs" },
    ]);
  });

  it("keeps unchanged fields when asked, and puts every row under a section with a section-scoped key", () => {
    expect(
      diffViews({ a: "1" }, { a: "1" }, { includeUnchanged: true, section: "Listener HTTP:80" }),
    ).toEqual([
      {
        key: "Listener HTTP:80|a",
        section: "Listener HTTP:80",
        label: "a",
        kind: "unchanged",
        before: "1",
        after: "1",
      },
    ]);
  });

  it("marks the items a list gained and lost; a reorder is a change with no items gained or lost", () => {
    expect(diffViews({ Subnets: ["a", "b"] }, { Subnets: ["b", "c"] })[0]).toMatchObject({
      kind: "changed",
      addedItems: ["c"],
      removedItems: ["a"],
    });
    expect(diffViews({ l: ["a", "b"] }, { l: ["b", "a"] })[0]).toMatchObject({
      kind: "changed",
      addedItems: [],
      removedItems: [],
    });
  });

  it("treats a field set to undefined like a missing one", () => {
    expect(diffViews({ a: undefined }, {})).toEqual([]);
  });
});

describe("diffRow", () => {
  it("derives the kind from the two sides and carries a note and a severity", () => {
    expect(
      diffRow("Deletion protection", "on", "off", {
        note: "The load balancer can then be deleted.",
        severity: "warning",
      }),
    ).toEqual({
      key: "Deletion protection",
      label: "Deletion protection",
      kind: "changed",
      before: "on",
      after: "off",
      note: "The load balancer can then be deleted.",
      severity: "warning",
    });
    expect(diffRow("TTL", undefined, "60").kind).toBe("added");
    expect(diffRow("TTL", "60", undefined).kind).toBe("removed");
  });
});

describe("diffFields", () => {
  const fields = [
    { key: "path", label: "Path" },
    { key: "intervalSeconds", label: "Interval", unit: "s" },
    { key: "enabled", label: "Enabled", format: (value: unknown) => (value ? "yes" : "no") },
  ];

  it("compares typed objects through their field specs, formatting values and reading empty as not set", () => {
    expect(
      diffFields(
        { path: "/healthz", intervalSeconds: 30, enabled: true },
        { path: "/health", intervalSeconds: 30, enabled: false },
        fields,
      ),
    ).toEqual([
      { key: "Path", label: "Path", kind: "changed", before: "/healthz", after: "/health" },
      { key: "Enabled", label: "Enabled", kind: "changed", before: "yes", after: "no" },
    ]);
    expect(diffFields({ path: "" }, { path: "/", intervalSeconds: 10 }, fields)).toEqual([
      { key: "Path", label: "Path", kind: "added", after: "/" },
      { key: "Interval", label: "Interval", kind: "added", after: "10 s" },
    ]);
  });
});

describe("grouping and counting", () => {
  it("groups rows by section in first-seen order and counts only changes", () => {
    const rows = [
      diffRow("TTL", "60", "300", { section: "www A" }),
      diffRow("Weight", "1", "1", { section: "api A" }),
      diffRow("Values", "1.2.3.4", "5.6.7.8", { section: "www A" }),
    ];
    expect(groupBySection(rows).map((group) => [group.section, group.rows.map((row) => row.label)])).toEqual([
      ["www A", ["TTL", "Values"]],
      ["api A", ["Weight"]],
    ]);
    expect(changedRows(rows)).toHaveLength(2);
  });

  it("lists every set field of a created or deleted resource as added or removed rows", () => {
    expect(sectionRows("img A blue", { TTL: "60", Weight: undefined, Values: ["1.2.3.4"] }, "added")).toEqual(
      [
        { key: "img A blue|TTL", section: "img A blue", label: "TTL", kind: "added", after: "60" },
        {
          key: "img A blue|Values",
          section: "img A blue",
          label: "Values",
          kind: "added",
          after: ["1.2.3.4"],
          addedItems: ["1.2.3.4"],
          removedItems: [],
        },
      ],
    );
  });
});

describe("sameView and listDelta", () => {
  it("ignores label order and compares lists in order", () => {
    expect(sameView({ a: "1", b: ["x"] }, { b: ["x"], a: "1" })).toBe(true);
    expect(sameView({ a: ["x", "y"] }, { a: ["y", "x"] })).toBe(false);
    expect(listDelta(["a", "b"], ["b", "c"])).toEqual({ added: ["c"], removed: ["a"] });
  });
});

describe("diffViews across value shapes", () => {
  it("compares a value that turned from a string into a list", () => {
    expect(diffViews({ v: "a" }, { v: ["a", "b"] })[0]).toMatchObject({
      kind: "changed",
      addedItems: ["b"],
      removedItems: [],
    });
  });
});
