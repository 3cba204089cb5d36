import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { entryHash } from "./hash-chain";
import { SqliteAuditStore } from "./sqlite-audit-store";

describe("SqliteAuditStore", () => {
  it("appends entries and lists them newest first with keyset pagination", () => {
    const store = new SqliteAuditStore(":memory:");
    for (let index = 1; index <= 5; index++) {
      store.append({
        actor: "ana",
        action: "route53.apply",
        target: `Z${index}`,
        outcome: "success",
        summary: `change ${index}`,
      });
    }
    const firstPage = store.list({ limit: 2 });
    expect(firstPage.map((entry) => entry.summary)).toEqual(["change 5", "change 4"]);

    const secondPage = store.list({ limit: 2, beforeId: firstPage.at(-1)?.id });
    expect(secondPage.map((entry) => entry.summary)).toEqual(["change 3", "change 2"]);
  });

  it("keeps structured details and filters by target", () => {
    const store = new SqliteAuditStore(":memory:");
    store.append({
      actor: "ana",
      action: "a",
      target: "Z1",
      outcome: "failure",
      summary: "x",
      details: { code: "InvalidChangeBatch" },
    });
    store.append({ actor: "ana", action: "a", target: "Z2", outcome: "success", summary: "y" });
    const [entry] = store.list({ target: "Z1" });
    expect(entry?.details).toEqual({ code: "InvalidChangeBatch" });
    expect(store.list({ target: "Z1" })).toHaveLength(1);
  });
});

describe("the hash chain", () => {
  function storeWith(count: number): { store: SqliteAuditStore; file: string } {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "audit-")), "audit.db");
    const store = new SqliteAuditStore(file);
    for (let index = 1; index <= count; index++)
      store.append({
        actor: "ana",
        action: "route53.apply",
        target: `Z${index}`,
        outcome: "success",
        summary: `change ${index}`,
        details: { n: index },
      });
    return { store, file };
  }

  it("verifies an untouched log", () => {
    expect(storeWith(5).store.verify()).toEqual({ ok: true, count: 5 });
    expect(new SqliteAuditStore(":memory:").verify()).toEqual({ ok: true, count: 0 });
  });

  it("finds an entry edited behind the console's back", () => {
    const { store, file } = storeWith(5);
    new Database(file).prepare("UPDATE audit_log SET actor = 'mallory' WHERE id = 3").run();
    expect(store.verify()).toEqual({ ok: false, count: 3, brokenAt: 3, reason: "edited" });
  });

  it("finds a deleted entry, and one rewritten with its own hash recomputed", () => {
    const deleted = storeWith(5);
    new Database(deleted.file).prepare("DELETE FROM audit_log WHERE id = 2").run();
    expect(deleted.store.verify()).toMatchObject({ ok: false, brokenAt: 3, reason: "unlinked" });

    const rewritten = storeWith(5);
    const db = new Database(rewritten.file);
    const row = db.prepare("SELECT * FROM audit_log WHERE id = 4").get() as {
      id: number;
      at: string;
      action: string;
      target: string;
      outcome: string;
      details: string;
      prev_hash: string;
    };
    const forged = { ...row, actor: "mallory", summary: "nothing to see", prevHash: row.prev_hash };
    db.prepare("UPDATE audit_log SET actor = ?, summary = ?, hash = ? WHERE id = 4").run(
      forged.actor,
      forged.summary,
      entryHash(forged),
    );
    expect(rewritten.store.verify()).toMatchObject({ ok: false, brokenAt: 5, reason: "unlinked" });
  });

  it("seals the rows of a log written before the chain existed", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "audit-")), "audit.db");
    const db = new Database(file);
    db.exec(
      "CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, outcome TEXT NOT NULL, summary TEXT NOT NULL, details TEXT)",
    );
    db.prepare(
      "INSERT INTO audit_log (at, actor, action, target, outcome, summary) VALUES ('2026-01-01T00:00:00.000Z', 'local-operator', 'a', 'Z1', 'success', 'old')",
    ).run();
    const store = new SqliteAuditStore(file);
    store.append({ actor: "ana", action: "a", target: "Z2", outcome: "success", summary: "new" });
    expect(store.verify()).toEqual({ ok: true, count: 2 });
  });
});

describe("isWritable", () => {
  it("is true for a writable file and leaves nothing behind", () => {
    const store = new SqliteAuditStore(":memory:");
    expect(store.isWritable()).toBe(true);
    expect(store.list()).toHaveLength(0);
  });
});
