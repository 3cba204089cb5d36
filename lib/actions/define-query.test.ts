import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { setAuditStoreForTests } from "@/lib/audit";
import { actorFromUser, setActorForTests } from "@/lib/auth/actor";
import { SqliteAuditStore } from "@/lib/audit/sqlite-audit-store";
import { AwsError } from "@/lib/aws/errors";
import { ActionRefusal } from "@/lib/errors/action-refusal";
import { concurrentChange } from "@/lib/errors/concurrent-change";

import { defineQuery } from "./define-query";

let store: SqliteAuditStore;

beforeEach(() => {
  store = new SqliteAuditStore(":memory:");
  setAuditStoreForTests(store);
  setActorForTests(
    actorFromUser({ id: "u1", email: "vi@example.com", name: "Vi", username: "vi", role: "viewer" }),
  );
});
afterEach(() => {
  setAuditStoreForTests(undefined);
  setActorForTests(undefined);
});

const schema = z.object({
  name: z.string({ error: "Enter a name." }).min(1, "Enter a name."),
  ttl: z.coerce.number().int().min(0, "TTL must be 0 or more."),
});

describe("defineQuery", () => {
  it("validates FormData with zod and returns field errors without running", async () => {
    const run = vi.fn(() => Promise.resolve("x"));
    const query = defineQuery({ name: "test.preview", schema, run });
    const form = new FormData();
    form.set("ttl", "-1");

    const result = await query(undefined, form);

    expect(run).not.toHaveBeenCalled();
    expect(result).toMatchObject({
      status: "error",
      code: "InvalidInput",
      fieldErrors: { name: ["Enter a name."], ttl: ["TTL must be 0 or more."] },
    });
  });

  it("returns the data of a successful read with the parsed input, and writes no audit entry", async () => {
    const query = defineQuery({
      name: "test.preview",
      schema,
      run: (input) => Promise.resolve({ doubled: input.ttl * 2 }),
    });
    expect(await query(undefined, { name: "img", ttl: "30" })).toEqual({
      status: "success",
      data: { doubled: 60 },
    });
    expect(store.list()).toHaveLength(0);
  });

  it("maps AWS errors to a typed result with the safe message, echoing the values without secrets", async () => {
    const query = defineQuery({
      name: "test.preview",
      schema,
      secretKeys: ["ttl"],
      run: () =>
        Promise.reject(
          new AwsError({ kind: "throttled", code: "Throttling", message: "Slow down", requestId: "r1" }),
        ),
    });
    const result = await query(undefined, { name: "img", ttl: 1 });
    expect(result).toEqual({
      status: "error",
      code: "Throttling",
      message: "Slow down",
      values: { name: "img" },
    });
    expect(store.list()).toHaveLength(0);
  });

  it("returns refusals with their field errors and details", async () => {
    const refused = defineQuery({
      name: "t",
      schema,
      run: () => Promise.reject(new ActionRefusal("Gone", "NotFound", { name: ["Pick another."] })),
    });
    expect(await refused(undefined, { name: "img", ttl: 1 })).toMatchObject({
      status: "error",
      code: "NotFound",
      fieldErrors: { name: ["Pick another."] },
    });

    const concurrent = defineQuery({
      name: "t",
      schema,
      run: () => Promise.reject(concurrentChange({ what: "the path" })),
    });
    expect(await concurrent(undefined, { name: "img", ttl: 1 })).toMatchObject({
      status: "error",
      code: "ConcurrentChange",
      details: { what: "the path", detectedBy: "before-apply", changes: [], applied: [] },
    });
  });

  it("refuses a caller without the permission before validating", async () => {
    const run = vi.fn(() => Promise.resolve("x"));
    const query = defineQuery({ name: "t", schema, run, deniedMessage: "You may not read this zone." });
    const actor = await import("@/lib/auth/actor");
    const spy = vi.spyOn(actor, "can").mockReturnValue(false);
    try {
      expect(await query(undefined, new FormData())).toMatchObject({
        status: "error",
        code: "Forbidden",
        message: "You may not read this zone.",
      });
      expect(spy).toHaveBeenCalledWith(expect.anything(), "read");
    } finally {
      spy.mockRestore();
    }
    expect(run).not.toHaveBeenCalled();
  });

  it("rethrows unexpected errors to the error boundary", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const query = defineQuery({ name: "t", schema, run: () => Promise.reject(new TypeError("bug")) });
    await expect(query(undefined, { name: "img", ttl: 1 })).rejects.toThrow("bug");
    vi.restoreAllMocks();
  });
});
