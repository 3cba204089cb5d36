import { describe, expect, it } from "vitest";

import { diffViews, listDelta, sameView } from "./diff";

describe("diffViews", () => {
  it("reports changed, added and removed fields and leaves unchanged ones out", () => {
    const changes = diffViews(
      { "Idle timeout": "60", HTTP2: "on", Bucket: "logs" },
      { "Idle timeout": "120", HTTP2: "on", Prefix: "alb" },
    );
    expect(changes).toEqual([
      { label: "Idle timeout", kind: "changed", before: "60", after: "120" },
      { label: "Prefix", kind: "added", after: "alb" },
      { label: "Bucket", kind: "removed", before: "logs" },
    ]);
  });

  it("keeps unchanged fields when asked, for a full preview", () => {
    expect(diffViews({ a: "1" }, { a: "1" }, { includeUnchanged: true })).toEqual([{ label: "a", kind: "unchanged", before: "1", after: "1" }]);
  });

  it("marks the items a list gained and lost", () => {
    const [change] = diffViews({ Subnets: ["a", "b"] }, { Subnets: ["b", "c"] });
    expect(change).toMatchObject({ kind: "changed", addedItems: ["c"], removedItems: ["a"] });
  });

  it("treats a list that only changed order as changed (rule order matters)", () => {
    expect(diffViews({ l: ["a", "b"] }, { l: ["b", "a"] })[0]).toMatchObject({ kind: "changed", addedItems: [], removedItems: [] });
  });

  it("compares a value that turned from a string into a list", () => {
    expect(diffViews({ v: "a" }, { v: ["a", "b"] })[0]).toMatchObject({ kind: "changed", addedItems: ["b"], removedItems: [] });
  });
});

describe("sameView", () => {
  it("ignores label order and compares lists item by item", () => {
    expect(sameView({ a: "1", b: ["x"] }, { b: ["x"], a: "1" })).toBe(true);
    expect(sameView({ a: "1" }, { a: "1", b: "2" })).toBe(false);
    expect(sameView({ b: ["x", "y"] }, { b: ["x"] })).toBe(false);
  });
});

describe("listDelta", () => {
  it("keeps each side's order", () => {
    expect(listDelta(["c", "a", "b"], ["b", "d", "e"])).toEqual({ added: ["d", "e"], removed: ["c", "a"] });
  });
});
