import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

/**
 * Opens the console's SQLite file (":memory:" in tests) the way every store shares it: WAL, so readers never block
 * the writer, and a busy timeout, so the stores, the rollout controller and sign-in wait for each other's writes
 * instead of failing with SQLITE_BUSY.
 */
export function openConsoleDatabase(file: string): Database.Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  return db;
}
