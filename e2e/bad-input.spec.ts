import path from "node:path";

import Database from "better-sqlite3";

import { expect, test } from "./fixtures";
import { serverActions } from "./routes";

// Malformed and hostile values sent straight to every server action, as a signed-in admin would forge them: each must
// come back as a typed error (never a success, never a crash), and the audited ones must be logged as "invalid".
const LONG = "x".repeat(100_000);
const HOSTILE: { label: string; body: string }[] = [
  { label: "null", body: "null" },
  { label: "a number", body: "42" },
  { label: "a string", body: JSON.stringify("hosted zone") },
  { label: "an array", body: "[]" },
  { label: "a prototype key", body: '{"__proto__":{"isAdmin":true,"name":"polluted"}}' },
  { label: "a constructor key", body: '{"constructor":{"prototype":{"isAdmin":true}}}' },
  {
    label: "huge strings",
    body: JSON.stringify({ name: LONG, zoneId: LONG, arn: LONG, domainName: LONG, value: LONG }),
  },
  {
    label: "unicode tricks",
    body: JSON.stringify({
      name: "\u202Eexample.com\u0000",
      zoneId: "Z\uFEFF1",
      domainName: "ｅｘａｍｐｌｅ.com",
      username: "ad\u200Bmin",
    }),
  },
  {
    label: "out-of-range numbers",
    body: JSON.stringify({ ttl: -1, port: 70_000, weight: 1e21, idleTimeoutSeconds: -5, priority: 0.5 }),
  },
  {
    label: "wrong types",
    body: JSON.stringify({ name: 7, zoneId: ["Z1"], ttl: "soon", isPrivate: "maybe", targets: "all" }),
  },
];

/** Actions that only read (previews, checks) are not audited; the region switch takes a bare string and has no result. */
const isQuery = (name: string) => /Query$|^preview|^read/.test(name);

test("every server action refuses malformed and hostile input with a clear error, audited as invalid", async ({
  request,
}) => {
  test.setTimeout(240_000);
  const actions = serverActions().filter((action) => action.name !== "selectRegionAction");
  const db = new Database(path.join(process.env.ROUTEBOARD_DATA_DIR ?? ".data", "routeboard.db"), {
    readonly: true,
  });
  const lastId = (db.prepare("SELECT COALESCE(MAX(id), 0) AS id FROM audit_log").get() as { id: number }).id;

  let sent = 0;
  const refusedBadly: string[] = [];
  for (const action of actions) {
    for (const payload of HOSTILE) {
      const response = await request.post(action.path, {
        headers: {
          "Next-Action": action.id,
          Accept: "text/x-component",
          "Content-Type": "text/plain;charset=UTF-8",
        },
        data: `[{"status":"idle"},${payload.body}]`,
      });
      sent++;
      const text = await response.text();
      if (
        response.status() !== 200 ||
        !text.includes('"status":"error"') ||
        text.includes('"status":"success"')
      ) {
        refusedBadly.push(
          `${action.name} ← ${payload.label}: HTTP ${response.status()} ${text.slice(0, 160)}`,
        );
      }
    }
  }
  expect(refusedBadly).toEqual([]);

  const audited = actions.filter((action) => !isQuery(action.name));
  const invalid = db
    .prepare(
      "SELECT action, COUNT(*) AS n FROM audit_log WHERE id > ? AND outcome = 'invalid' AND actor = 'admin' GROUP BY action",
    )
    .all(lastId) as { action: string; n: number }[];
  db.close();
  const invalidCount = invalid.reduce((sum, row) => sum + row.n, 0);
  console.log(
    `bad input: ${sent} requests to ${actions.length} actions, all refused; ${invalidCount} audited as invalid across ${invalid.length} audited actions`,
  );
  // Other specs run in parallel and may add invalid entries of their own: at least ours must be there, per action.
  expect(invalid.length).toBe(audited.length);
  for (const row of invalid) expect(row.n, row.action).toBeGreaterThanOrEqual(HOSTILE.length);
});
