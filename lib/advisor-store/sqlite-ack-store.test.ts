import { describe, expect, it } from "vitest";

import { SqliteAcknowledgementStore } from "./sqlite-ack-store";

const ack = {
  findingKey: "alb-http-without-https-redirect:arn:listener/1",
  reason: "Internal tool, HTTPS is terminated upstream",
  actor: "user:alice",
  at: "2026-12-01T10:00:00.000Z",
};

describe("SqliteAcknowledgementStore", () => {
  it("keeps one acknowledgement per finding key: a second put replaces the first", async () => {
    const store = new SqliteAcknowledgementStore(":memory:");
    await store.put(ack);
    await store.put({ ...ack, reason: "Changed my mind", expiresAt: "2027-01-01T00:00:00.000Z" });
    expect(await store.list()).toEqual([
      { ...ack, reason: "Changed my mind", expiresAt: "2027-01-01T00:00:00.000Z" },
    ]);
  });

  it("revokes by finding key and says what it removed", async () => {
    const store = new SqliteAcknowledgementStore(":memory:");
    await store.put(ack);
    await store.put({ ...ack, findingKey: "other", at: "2026-12-02T10:00:00.000Z" });
    expect(await store.revoke(ack.findingKey)).toEqual(ack);
    expect(await store.revoke(ack.findingKey)).toBeUndefined();
    expect((await store.list()).map((entry) => entry.findingKey)).toEqual(["other"]);
  });

  it("lists the newest first and leaves expiresAt out when there is none", async () => {
    const store = new SqliteAcknowledgementStore(":memory:");
    await store.put(ack);
    await store.put({ ...ack, findingKey: "newer", at: "2026-12-03T10:00:00.000Z" });
    const listed = await store.list();
    expect(listed.map((entry) => entry.findingKey)).toEqual(["newer", ack.findingKey]);
    expect(listed[1]).not.toHaveProperty("expiresAt");
  });
});
