import type { Acknowledgement } from "./types";

/**
 * Where acknowledgements are kept: SQLite beside the audit log by default (lib/advisor-store); async so another store
 * (DynamoDB, one item per finding key) can implement it. One acknowledgement per finding key: putting one replaces it.
 */
export interface AcknowledgementStore {
  /** Every acknowledgement, expired ones included (the advisor decides what still hides a finding). */
  list(): Promise<Acknowledgement[]>;
  put(ack: Acknowledgement): Promise<void>;
  /** Removes the acknowledgement of a finding; returns what was removed, or undefined when there was none. */
  revoke(findingKey: string): Promise<Acknowledgement | undefined>;
}
