import type { ChainVerdict } from "./hash-chain";

/** "partial": the change was made in AWS and a later step failed (the details say what exists now). */
export type AuditOutcome = "success" | "partial" | "failure" | "denied" | "invalid";

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  outcome: AuditOutcome;
  summary: string;
  /** Structured details (the change applied, the AWS change id, the error code). Never secrets. */
  details?: Record<string, unknown>;
}

export type NewAuditEntry = Omit<AuditEntry, "id" | "at"> & { at?: string };

export interface AuditQuery {
  limit?: number;
  /** Entries with an id lower than this: keyset pagination, newest first. */
  beforeId?: number;
  action?: string;
  target?: string;
  actor?: string;
  outcome?: AuditOutcome;
  /** ISO timestamps: entries at or after `from`, and before `to`. */
  from?: string;
  to?: string;
}

/** Where the console records every change it makes. SQLite by default; another store can implement this. */
export interface AuditStore {
  append(entry: NewAuditEntry): AuditEntry;
  list(query?: AuditQuery): AuditEntry[];
  /** Checks the hash chain: each entry carries its predecessor's hash; where it breaks, if it does. */
  verify(): ChainVerdict;
  /** Whether the store takes writes now (for the readiness probe); writes nothing. */
  isWritable(): boolean;
}
