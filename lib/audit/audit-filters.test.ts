import { describe, expect, it } from "vitest";

import { auditQueryFrom, filterParams, toCsv } from "./audit-filters";
import { SqliteAuditStore } from "./sqlite-audit-store";

describe("audit filters", () => {
  it("reads the page's search parameters into a store query, dropping what is malformed", () => {
    expect(
      auditQueryFrom({
        actor: " ana ",
        outcome: "denied",
        from: "2026-12-01",
        to: "2026-12-02",
        before: "40",
      }),
    ).toEqual({
      actor: "ana",
      action: undefined,
      target: undefined,
      outcome: "denied",
      from: "2026-12-01T00:00:00.000Z",
      to: "2026-12-03T00:00:00.000Z",
      beforeId: 40,
    });
    expect(
      auditQueryFrom({ outcome: "exploded", from: "yesterday", before: "-3", actor: ["a", "b"] }),
    ).toMatchObject({
      actor: "a",
      outcome: undefined,
      from: undefined,
      beforeId: undefined,
    });
    expect(filterParams({ actor: "ana", before: "40", outcome: "" }).toString()).toBe("actor=ana");
  });

  it("filters by user, outcome and time range in the store", () => {
    const store = new SqliteAuditStore(":memory:");
    store.append({
      at: "2026-12-01T10:00:00.000Z",
      actor: "ana",
      action: "a",
      target: "Z1",
      outcome: "success",
      summary: "1",
    });
    store.append({
      at: "2026-12-02T10:00:00.000Z",
      actor: "bo",
      action: "a",
      target: "Z1",
      outcome: "denied",
      summary: "2",
    });
    store.append({
      at: "2026-12-03T10:00:00.000Z",
      actor: "ana",
      action: "b",
      target: "Z2",
      outcome: "denied",
      summary: "3",
    });
    const summaries = (search: Parameters<typeof auditQueryFrom>[0]) =>
      store.list(auditQueryFrom(search)).map((entry) => entry.summary);
    expect(summaries({ actor: "ana" })).toEqual(["3", "1"]);
    expect(summaries({ outcome: "denied" })).toEqual(["3", "2"]);
    expect(summaries({ from: "2026-12-02", to: "2026-12-02" })).toEqual(["2"]);
    expect(summaries({ action: "a", target: "Z1", outcome: "success" })).toEqual(["1"]);
  });

  it("writes CSV that a spreadsheet cannot turn into a formula", () => {
    const csv = toCsv([
      {
        id: 1,
        at: "2026-12-01T10:00:00.000Z",
        actor: "ana",
        action: "a",
        target: '=HYPERLINK("x")',
        outcome: "success",
        summary: 'said "hi", twice',
        details: { n: 1 },
      },
    ]);
    expect(csv).toBe(
      'id,at,actor,action,target,outcome,summary,details\r\n1,2026-12-01T10:00:00.000Z,ana,a,"\'=HYPERLINK(""x"")",success,"said ""hi"", twice","{""n"":1}"\r\n',
    );
  });
});
