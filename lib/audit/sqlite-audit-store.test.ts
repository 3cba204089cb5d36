import { describe, expect, it } from "vitest";

import { SqliteAuditStore } from "./sqlite-audit-store";

describe("SqliteAuditStore", () => {
  it("appends entries and lists them newest first with keyset pagination", () => {
    const store = new SqliteAuditStore(":memory:");
    for (let index = 1; index <= 5; index++) {
      store.append({ actor: "ana", action: "route53.apply", target: `Z${index}`, outcome: "success", summary: `change ${index}` });
    }
    const firstPage = store.list({ limit: 2 });
    expect(firstPage.map((entry) => entry.summary)).toEqual(["change 5", "change 4"]);

    const secondPage = store.list({ limit: 2, beforeId: firstPage.at(-1)?.id });
    expect(secondPage.map((entry) => entry.summary)).toEqual(["change 3", "change 2"]);
  });

  it("keeps structured details and filters by target", () => {
    const store = new SqliteAuditStore(":memory:");
    store.append({ actor: "ana", action: "a", target: "Z1", outcome: "failure", summary: "x", details: { code: "InvalidChangeBatch" } });
    store.append({ actor: "ana", action: "a", target: "Z2", outcome: "success", summary: "y" });
    const [entry] = store.list({ target: "Z1" });
    expect(entry?.details).toEqual({ code: "InvalidChangeBatch" });
    expect(store.list({ target: "Z1" })).toHaveLength(1);
  });
});
