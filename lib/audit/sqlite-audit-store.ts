import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import type { AuditEntry, AuditQuery, AuditStore, NewAuditEntry } from "./audit-store";

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  outcome: AuditEntry["outcome"];
  summary: string;
  details: string | null;
}

function fromRow(row: AuditRow): AuditEntry {
  return { ...row, details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : undefined };
}

/** The audit log in a local SQLite file (WAL mode, append-only table). */
export class SqliteAuditStore implements AuditStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
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
  }

  append(entry: NewAuditEntry): AuditEntry {
    const at = entry.at ?? new Date().toISOString();
    const details = entry.details ? JSON.stringify(entry.details) : null;
    const result = this.db
      .prepare(
        "INSERT INTO audit_log (at, actor, action, target, outcome, summary, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
      )
      .run(at, entry.actor, entry.action, entry.target, entry.outcome, entry.summary, details);
    return { ...entry, at, id: Number(result.lastInsertRowid) };
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
    const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ?`)
      .all(...params, Math.min(query.limit ?? 100, 1000)) as AuditRow[];
    return rows.map(fromRow);
  }
}
