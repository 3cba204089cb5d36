import { consoleDataFile } from "@/lib/env";

import type { AuditStore } from "./audit-store";
import { SqliteAuditStore } from "./sqlite-audit-store";

export type { ChainVerdict } from "./hash-chain";
export type { AuditEntry, AuditOutcome, AuditQuery, AuditStore, NewAuditEntry } from "./audit-store";

let store: AuditStore | undefined;

/** The process-wide audit store (SQLite under ROUTEBOARD_DATA_DIR). */
export function auditStore(): AuditStore {
  store ??= new SqliteAuditStore(consoleDataFile());
  return store;
}

/** Test hook: use another store (e.g. an in-memory one). */
export function setAuditStoreForTests(replacement: AuditStore | undefined): void {
  store = replacement;
}
