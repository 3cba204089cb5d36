import type Database from "better-sqlite3";

import { openConsoleDatabase } from "@/lib/sqlite/open-database";

import type { AuditEntry, AuditQuery, AuditStore, NewAuditEntry } from "./audit-store";
import { type ChainVerdict, entryHash, GENESIS_HASH, verifyChain } from "./hash-chain";

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  outcome: AuditEntry["outcome"];
  summary: string;
  details: string | null;
  prev_hash: string | null;
  hash: string | null;
}

function fromRow({ prev_hash: _prev, hash: _hash, ...row }: AuditRow): AuditEntry {
  return { ...row, details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : undefined };
}

/** The most entries one list (a page, an export) returns. */
export const MAX_LIST = 50_000;

/**
 * The audit log in a local SQLite file (WAL mode, append-only table). Each row carries the hash of the row before it
 * and its own, so an edit or a deletion made outside the console shows in `verify()`.
 */
export class SqliteAuditStore implements AuditStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openConsoleDatabase(file);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        outcome TEXT NOT NULL,
        summary TEXT NOT NULL,
        details TEXT
      );
      CREATE INDEX IF NOT EXISTS audit_log_target ON audit_log (target);
    `);
    this.db.pragma("busy_timeout = 5000");
    const columns = (this.db.prepare("PRAGMA table_info(audit_log)").all() as { name: string }[]).map(
      (column) => column.name,
    );
    if (!columns.includes("hash")) {
      // A log written before the chain existed: seal its rows now, in order, so later edits to them are detected too.
      this.db
        .transaction(() => {
          this.db.exec(
            "ALTER TABLE audit_log ADD COLUMN prev_hash TEXT; ALTER TABLE audit_log ADD COLUMN hash TEXT;",
          );
          let previous = GENESIS_HASH;
          for (const row of this.db.prepare("SELECT * FROM audit_log ORDER BY id").all() as AuditRow[]) {
            previous = this.seal(row, previous);
          }
        })
        .immediate();
    }
  }

  private seal(row: Omit<AuditRow, "prev_hash" | "hash">, prevHash: string): string {
    const hash = entryHash({ ...row, prevHash });
    this.db.prepare("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?").run(prevHash, hash, row.id);
    return hash;
  }

  append(entry: NewAuditEntry): AuditEntry {
    const at = entry.at ?? new Date().toISOString();
    const details = entry.details ? JSON.stringify(entry.details) : null;
    // IMMEDIATE: another server process on the same file waits, so two entries never link to the same predecessor.
    const id = this.db
      .transaction(() => {
        const last = this.db.prepare("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").get() as
          { hash: string | null } | undefined;
        const result = this.db
          .prepare(
            "INSERT INTO audit_log (at, actor, action, target, outcome, summary, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
          )
          .run(at, entry.actor, entry.action, entry.target, entry.outcome, entry.summary, details);
        const inserted = Number(result.lastInsertRowid);
        this.seal(
          {
            id: inserted,
            at,
            actor: entry.actor,
            action: entry.action,
            target: entry.target,
            outcome: entry.outcome,
            summary: entry.summary,
            details,
          },
          last?.hash ?? GENESIS_HASH,
        );
        return inserted;
      })
      .immediate();
    return { ...entry, at, id };
  }

  isWritable(): boolean {
    // Taking the write lock proves the file and its directory accept writes; rolling back leaves no trace.
    this.db.exec("BEGIN IMMEDIATE");
    this.db.exec("ROLLBACK");
    return !this.db.readonly;
  }

  /** Recomputes the whole chain, oldest first: where it breaks, if it does. */
  verify(): ChainVerdict {
    const rows = this.db
      .prepare("SELECT * FROM audit_log ORDER BY id")
      .iterate() as IterableIterator<AuditRow>;
    return verifyChain(
      (function* () {
        for (const row of rows) yield { ...row, prevHash: row.prev_hash ?? "", hash: row.hash };
      })(),
    );
  }

  list(query: AuditQuery = {}): AuditEntry[] {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    if (query.beforeId !== undefined) {
      clauses.push("id < ?");
      params.push(query.beforeId);
    }
    if (query.action) {
      clauses.push("action = ?");
      params.push(query.action);
    }
    if (query.target) {
      clauses.push("target = ?");
      params.push(query.target);
    }
    if (query.actor) {
      clauses.push("actor = ?");
      params.push(query.actor);
    }
    if (query.outcome) {
      clauses.push("outcome = ?");
      params.push(query.outcome);
    }
    if (query.from) {
      clauses.push("at >= ?");
      params.push(query.from);
    }
    if (query.to) {
      clauses.push("at < ?");
      params.push(query.to);
    }
    const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ?`)
      .all(...params, Math.min(query.limit ?? 100, MAX_LIST)) as AuditRow[];
    return rows.map(fromRow);
  }
}
