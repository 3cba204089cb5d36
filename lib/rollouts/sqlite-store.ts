import { randomUUID } from "node:crypto";

import type Database from "better-sqlite3";

import { openConsoleDatabase } from "@/lib/sqlite/open-database";

import { newRolloutState } from "./rollout-factory";
import {
  ActiveRolloutExistsError,
  type NewRollout,
  type RolloutListQuery,
  RolloutNotFoundError,
  type RolloutPage,
  type RolloutPatch,
  type RolloutStore,
  RolloutVersionConflictError,
} from "./store";
import {
  isActiveStatus,
  type NewRolloutEvent,
  type Rollout,
  type RolloutEvent,
  type RolloutSample,
  targetKey,
} from "./types";

interface RolloutRow {
  id: string;
  version: number;
  doc: string;
  created_at: string;
}

interface EventRow {
  rollout_id: string;
  seq: number;
  at: string;
  actor: string;
  kind: RolloutEvent["kind"];
  reason: string;
  details: string | null;
}

interface LeaseRow {
  holder_id: string;
  token: number;
  expires_at: number;
}

const MAX_PAGE = 200;

function encodeCursor(row: { created_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString("base64url");
}

function decodeCursor(cursor: string): [string, string] | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString()) as unknown;
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string")
      return [value[0], value[1]];
  } catch {
    // A malformed cursor reads as the first page.
  }
  return null;
}

/**
 * Rollouts in the console's SQLite file (beside the audit log). A rollout is one JSON document with a
 * version column; the active-target table and the lease table are what a DynamoDB store would keep as
 * items with conditional puts.
 */
export class SqliteRolloutStore implements RolloutStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openConsoleDatabase(file);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS rollouts (
        id TEXT PRIMARY KEY,
        target_key TEXT NOT NULL,
        status TEXT NOT NULL,
        active INTEGER NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS rollouts_active ON rollouts (active, created_at, id);
      CREATE TABLE IF NOT EXISTS rollout_active_targets (
        target_key TEXT PRIMARY KEY,
        rollout_id TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS rollout_events (
        rollout_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL,
        reason TEXT NOT NULL,
        details TEXT,
        PRIMARY KEY (rollout_id, seq)
      );
      CREATE TABLE IF NOT EXISTS rollout_samples (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        rollout_id TEXT NOT NULL,
        at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS rollout_samples_by_rollout ON rollout_samples (rollout_id, at);
      CREATE TABLE IF NOT EXISTS rollout_leases (
        target_key TEXT PRIMARY KEY,
        holder_id TEXT NOT NULL,
        token INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `);
  }

  create(input: NewRollout): Promise<Rollout> {
    const at = input.at ?? new Date().toISOString();
    const rollout = newRolloutState({ ...input, id: input.id ?? randomUUID(), at });
    const key = targetKey(input.plan.target);

    const insert = this.db.transaction(() => {
      const holder = this.db
        .prepare("SELECT rollout_id FROM rollout_active_targets WHERE target_key = ?")
        .get(key) as { rollout_id: string } | undefined;
      if (holder) throw new ActiveRolloutExistsError(key, holder.rollout_id);

      this.db
        .prepare("INSERT INTO rollout_active_targets (target_key, rollout_id) VALUES (?, ?)")
        .run(key, rollout.id);
      this.db
        .prepare(
          "INSERT INTO rollouts (id, target_key, status, active, version, created_at, updated_at, doc) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
        )
        .run(rollout.id, key, rollout.status, rollout.version, at, at, JSON.stringify(rollout));
      this.appendEvents(rollout.id, [{ at, actor: input.createdBy, kind: "created", reason: input.reason }]);
    });
    return Promise.resolve().then(() => {
      insert.immediate();
      return rollout;
    });
  }

  get(id: string): Promise<Rollout | null> {
    return Promise.resolve(this.read(id));
  }

  list(query: RolloutListQuery): Promise<RolloutPage> {
    const limit = Math.min(Math.max(query.limit ?? 50, 1), MAX_PAGE);
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const active = query.scope === "active" ? 1 : 0;
    // Active: oldest first (the order they will finish in); past: newest first.
    const [comparison, order] = active ? [">", "ASC"] : ["<", "DESC"];
    const after = cursor ? `AND (created_at, id) ${comparison} (?, ?)` : "";
    const rows = this.db
      .prepare(
        `SELECT id, version, doc, created_at FROM rollouts WHERE active = ? ${after} ORDER BY created_at ${order}, id ${order} LIMIT ?`,
      )
      .all(...[active, ...(cursor ?? []), limit + 1]) as RolloutRow[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return Promise.resolve({
      items: page.map((row) => JSON.parse(row.doc) as Rollout),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
    });
  }

  activeFor(key: string): Promise<Rollout | null> {
    const holder = this.db
      .prepare("SELECT rollout_id FROM rollout_active_targets WHERE target_key = ?")
      .get(key) as { rollout_id: string } | undefined;
    return Promise.resolve(holder ? this.read(holder.rollout_id) : null);
  }

  update(
    id: string,
    expectedVersion: number,
    patch: RolloutPatch,
    events: NewRolloutEvent[],
  ): Promise<Rollout> {
    const write = this.db.transaction((): Rollout => {
      const current = this.read(id);
      if (!current) throw new RolloutNotFoundError(id);
      if (current.version !== expectedVersion)
        throw new RolloutVersionConflictError(id, expectedVersion, current.version);

      const at = events.at(-1)?.at ?? new Date().toISOString();
      const next: Rollout = { ...current, ...patch, version: current.version + 1, updatedAt: at };
      const isActive = isActiveStatus(next.status);
      const changed = this.db
        .prepare(
          "UPDATE rollouts SET status = ?, active = ?, version = ?, updated_at = ?, doc = ? WHERE id = ? AND version = ?",
        )
        .run(next.status, isActive ? 1 : 0, next.version, at, JSON.stringify(next), id, expectedVersion);
      if (changed.changes !== 1) throw new RolloutVersionConflictError(id, expectedVersion, null);
      if (!isActive) {
        this.db
          .prepare("DELETE FROM rollout_active_targets WHERE target_key = ? AND rollout_id = ?")
          .run(current.targetKey, id);
      }
      this.appendEvents(id, events);
      return next;
    });
    return Promise.resolve().then(() => write.immediate());
  }

  events(id: string): Promise<RolloutEvent[]> {
    const rows = this.db
      .prepare("SELECT * FROM rollout_events WHERE rollout_id = ? ORDER BY seq")
      .all(id) as EventRow[];
    return Promise.resolve(
      rows.map((row) => ({
        seq: row.seq,
        rolloutId: row.rollout_id,
        at: row.at,
        actor: row.actor,
        kind: row.kind,
        reason: row.reason,
        ...(row.details ? { details: JSON.parse(row.details) as Record<string, unknown> } : {}),
      })),
    );
  }

  recordSample(id: string, sample: RolloutSample): Promise<void> {
    this.db
      .prepare("INSERT INTO rollout_samples (rollout_id, at, doc) VALUES (?, ?, ?)")
      .run(id, sample.at, JSON.stringify(sample));
    return Promise.resolve();
  }

  samples(id: string, options: { since?: string; limit?: number } = {}): Promise<RolloutSample[]> {
    const limit = Math.min(options.limit ?? 2000, 10_000);
    const rows = this.db
      .prepare(
        "SELECT doc FROM rollout_samples WHERE rollout_id = ? AND at >= ? ORDER BY at DESC, id DESC LIMIT ?",
      )
      .all(id, options.since ?? "", limit) as { doc: string }[];
    return Promise.resolve(rows.reverse().map((row) => JSON.parse(row.doc) as RolloutSample));
  }

  acquireLease(
    key: string,
    holderId: string,
    ttlMs: number,
    nowMs = Date.now(),
  ): Promise<{ token: number } | null> {
    const acquire = this.db.transaction((): { token: number } | null => {
      const lease = this.lease(key);
      if (lease && lease.expires_at > nowMs && lease.holder_id !== holderId) return null;

      if (lease && lease.expires_at > nowMs && lease.holder_id === holderId) {
        this.db
          .prepare("UPDATE rollout_leases SET expires_at = ? WHERE target_key = ?")
          .run(nowMs + ttlMs, key);
        return { token: lease.token };
      }
      const token = (lease?.token ?? 0) + 1;
      this.db
        .prepare(
          "INSERT INTO rollout_leases (target_key, holder_id, token, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (target_key) DO UPDATE SET holder_id = excluded.holder_id, token = excluded.token, expires_at = excluded.expires_at",
        )
        .run(key, holderId, token, nowMs + ttlMs);
      return { token };
    });
    return Promise.resolve().then(() => acquire.immediate());
  }

  renewLease(
    key: string,
    holderId: string,
    token: number,
    ttlMs: number,
    nowMs = Date.now(),
  ): Promise<boolean> {
    const changed = this.db
      .prepare(
        "UPDATE rollout_leases SET expires_at = ? WHERE target_key = ? AND holder_id = ? AND token = ? AND expires_at > ?",
      )
      .run(nowMs + ttlMs, key, holderId, token, nowMs);
    return Promise.resolve(changed.changes === 1);
  }

  releaseLease(key: string, holderId: string, token: number): Promise<void> {
    // The row stays (expired) so the next token is still larger than this one.
    this.db
      .prepare(
        "UPDATE rollout_leases SET expires_at = 0 WHERE target_key = ? AND holder_id = ? AND token = ?",
      )
      .run(key, holderId, token);
    return Promise.resolve();
  }

  isLeaseCurrent(key: string, token: number, nowMs = Date.now()): Promise<boolean> {
    const lease = this.lease(key);
    return Promise.resolve(Boolean(lease && lease.token === token && lease.expires_at > nowMs));
  }

  /** Closes the file (tests and graceful stop). */
  close(): void {
    this.db.close();
  }

  private read(id: string): Rollout | null {
    const row = this.db.prepare("SELECT doc FROM rollouts WHERE id = ?").get(id) as
      { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as Rollout) : null;
  }

  private lease(key: string): LeaseRow | undefined {
    return this.db
      .prepare("SELECT holder_id, token, expires_at FROM rollout_leases WHERE target_key = ?")
      .get(key) as LeaseRow | undefined;
  }

  private appendEvents(id: string, events: NewRolloutEvent[]): void {
    if (events.length === 0) return;
    const last = this.db
      .prepare("SELECT MAX(seq) AS seq FROM rollout_events WHERE rollout_id = ?")
      .get(id) as { seq: number | null };
    let seq = last.seq ?? 0;
    const insert = this.db.prepare(
      "INSERT INTO rollout_events (rollout_id, seq, at, actor, kind, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    for (const event of events) {
      seq += 1;
      insert.run(
        id,
        seq,
        event.at,
        event.actor,
        event.kind,
        event.reason,
        event.details ? JSON.stringify(event.details) : null,
      );
    }
  }
}
