import { consoleDataFile } from "@/lib/env";

import { SqliteRolloutStore } from "./sqlite-store";
import type { RolloutStore } from "./store";

export type { NewRollout, RolloutListQuery, RolloutPage, RolloutPatch, RolloutStore } from "./store";
export { ActiveRolloutExistsError, RolloutNotFoundError, RolloutVersionConflictError } from "./store";

let store: RolloutStore | undefined;

/** The process-wide rollout store (SQLite in ROUTEBOARD_DATA_DIR, the same file as the audit log). */
export function rolloutStore(): RolloutStore {
  store ??= new SqliteRolloutStore(consoleDataFile());
  return store;
}

/** Test hook: use another store (e.g. `new SqliteRolloutStore(":memory:")`). */
export function setRolloutStoreForTests(replacement: RolloutStore | undefined): void {
  store = replacement;
}
