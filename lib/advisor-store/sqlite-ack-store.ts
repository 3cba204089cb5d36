import type Database from "better-sqlite3";

import { openConsoleDatabase } from "@/lib/sqlite/open-database";

import type { AcknowledgementStore } from "@/lib/advisor/ack-store";
import type { Acknowledgement } from "@/lib/advisor/types";

interface AckRow {
  finding_key: string;
  reason: string;
  actor: string;
  at: string;
  expires_at: string | null;
}

function fromRow(row: AckRow): Acknowledgement {
  return {
    findingKey: row.finding_key,
    reason: row.reason,
    actor: row.actor,
    at: row.at,
    ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
  };
}

/** Acknowledgements in the console's SQLite file (the same file as the audit log and the rollouts). */
export class SqliteAcknowledgementStore implements AcknowledgementStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openConsoleDatabase(file);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS advisor_acknowledgements (
        finding_key TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        expires_at TEXT
      );
    `);
  }

  list(): Promise<Acknowledgement[]> {
    const rows = this.db
      .prepare("SELECT * FROM advisor_acknowledgements ORDER BY at DESC, finding_key")
      .all() as AckRow[];
    return Promise.resolve(rows.map(fromRow));
  }

  put(ack: Acknowledgement): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO advisor_acknowledgements (finding_key, reason, actor, at, expires_at)
         VALUES (@findingKey, @reason, @actor, @at, @expiresAt)
         ON CONFLICT (finding_key) DO UPDATE SET
           reason = excluded.reason, actor = excluded.actor, at = excluded.at, expires_at = excluded.expires_at`,
      )
      .run({ ...ack, expiresAt: ack.expiresAt ?? null });
    return Promise.resolve();
  }

  revoke(findingKey: string): Promise<Acknowledgement | undefined> {
    const row = this.db
      .prepare("DELETE FROM advisor_acknowledgements WHERE finding_key = ? RETURNING *")
      .get(findingKey) as AckRow | undefined;
    return Promise.resolve(row ? fromRow(row) : undefined);
  }
}
