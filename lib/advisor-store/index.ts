import type { AcknowledgementStore } from "@/lib/advisor/ack-store";
import { consoleDataFile } from "@/lib/env";

import { SqliteAcknowledgementStore } from "./sqlite-ack-store";

let store: AcknowledgementStore | undefined;

/** The process-wide acknowledgement store (SQLite in ROUTEBOARD_DATA_DIR, the same file as the audit log). */
export function acknowledgementStore(): AcknowledgementStore {
  store ??= new SqliteAcknowledgementStore(consoleDataFile());
  return store;
}

/** Test hook: use another store (e.g. `new SqliteAcknowledgementStore(":memory:")`). */
export function setAcknowledgementStoreForTests(replacement: AcknowledgementStore | undefined): void {
  store = replacement;
}
