import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { setAuditStoreForTests } from "@/lib/audit";
import { actorFromUser, ANONYMOUS, setActorForTests } from "@/lib/auth/actor";
import { SqliteAuditStore } from "@/lib/audit/sqlite-audit-store";
import { AwsError } from "@/lib/aws/errors";
import { afterChange, PartialOutcome } from "@/lib/errors/partial-outcome";

import { ActionRefusal, defineAction } from "./define-action";

let store: SqliteAuditStore;

const operator = actorFromUser({
  id: "u1",
  email: "ana@example.com",
  name: "Ana",
  username: "ana",
  role: "operator",
});

beforeEach(() => {
  store = new SqliteAuditStore(":memory:");
  setAuditStoreForTests(store);
  setActorForTests(operator);
});
afterEach(() => {
  setAuditStoreForTests(undefined);
  setActorForTests(undefined);
});

// Empty form fields arrive as undefined, so a required field names its message in `error` too.
const schema = z.object({
  name: z.string({ error: "Enter a name." }).min(1, "Enter a name."),
  ttl: z.coerce.number().int().min(0, "TTL must be 0 or more."),
});

function makeAction(run: () => Promise<{ data: string; summary: string }>) {
  return defineAction({
    name: "test.create",
    schema,
    permission: "change-dns",
    target: (input) => input.name,
    run,
    secretKeys: ["ttl"],
  });
}

describe("defineAction", () => {
  it("validates FormData with zod and returns field errors without calling AWS", async () => {
    let called = false;
    const action = makeAction(() => {
      called = true;
      return Promise.resolve({ data: "x", summary: "x" });
    });
    const form = new FormData();
    form.set("name", "");
    form.set("ttl", "-1");

    const result = await action(undefined, form);

    expect(called).toBe(false);
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { name: ["Enter a name."], ttl: ["TTL must be 0 or more."] },
    });
    expect(store.list()).toMatchObject([
      {
        outcome: "invalid",
        actor: "ana",
        action: "test.create",
        details: { fieldErrors: { name: ["Enter a name."] } },
      },
    ]);
  });

  it("runs, audits the success and returns the data", async () => {
    const action = makeAction(() => Promise.resolve({ data: "created", summary: "Created img" }));
    const result = await action(undefined, { name: "img", ttl: 60 });
    expect(result).toEqual({ status: "success", data: "created", message: "Created img" });
    expect(store.list()[0]).toMatchObject({
      action: "test.create",
      target: "img",
      outcome: "success",
      actor: "ana",
    });
  });

  it("returns AWS failures as typed results and audits them with the code", async () => {
    const action = makeAction(() =>
      Promise.reject(
        new AwsError({
          kind: "conflict",
          code: "InvalidChangeBatch",
          message: "AWS refused",
          requestId: "r1",
        }),
      ),
    );
    const result = await action(undefined, { name: "img", ttl: 60 });
    expect(result).toMatchObject({
      status: "error",
      code: "InvalidChangeBatch",
      message: "AWS refused",
      values: { name: "img" },
    });
    expect(result.status === "error" && result.values && "ttl" in result.values).toBe(false);
    expect(store.list()[0]).toMatchObject({
      outcome: "failure",
      details: { code: "InvalidChangeBatch", requestId: "r1" },
    });
  });

  it("returns refusals detected by the action itself", async () => {
    const action = makeAction(() =>
      Promise.reject(new ActionRefusal("Changed by someone else", "ConcurrentChange")),
    );
    expect(await action(undefined, { name: "img", ttl: 1 })).toMatchObject({
      status: "error",
      code: "ConcurrentChange",
    });
  });

  it("returns and audits a refusal's structured details", async () => {
    const action = makeAction(() =>
      Promise.reject(
        new ActionRefusal("Changed", "ConcurrentChange", undefined, { changed: ["img|A|blue"] }),
      ),
    );
    expect(await action(undefined, { name: "img", ttl: 1 })).toMatchObject({
      details: { changed: ["img|A|blue"] },
    });
    expect(store.list()[0]?.details).toMatchObject({ code: "ConcurrentChange", changed: ["img|A|blue"] });
  });

  it("returns a PartialOutcome as a partial result saying what exists now, audited as partial", async () => {
    const action = makeAction(() =>
      afterChange(
        { done: "Created health check hc-1", created: [{ kind: "health check", id: "hc-1" }] },
        "tagging it",
        () =>
          Promise.reject(
            new AwsError({
              kind: "throttled",
              code: "Throttling",
              message: "AWS is throttling.",
              requestId: "r-9",
            }),
          ),
      ),
    );
    const result = await action(undefined, { name: "img", ttl: 1 });
    expect(result).toMatchObject({
      status: "partial",
      code: "PartialOutcome",
      partial: {
        done: "Created health check hc-1",
        created: [{ kind: "health check", id: "hc-1" }],
        failedStep: "tagging it",
        causeCode: "Throttling",
        requestId: "r-9",
      },
      values: { name: "img" },
    });
    expect(result.status === "partial" && result.message).toBe(
      "Created health check hc-1, but tagging it failed: AWS is throttling. What exists now: health check hc-1. Reload to see the current state before you try again, so nothing is done twice.",
    );
    const [entry] = store.list();
    expect(entry).toMatchObject({ outcome: "partial", target: "img", details: { requestId: "r-9" } });
  });

  it("passes a PartialOutcome from a deeper step through afterChange unchanged", async () => {
    const inner = new PartialOutcome({ done: "Step one", failedStep: "step two" });
    await expect(afterChange({ done: "Outer" }, "outer step", () => Promise.reject(inner))).rejects.toBe(
      inner,
    );
  });

  it("audits and rethrows unexpected errors to the error boundary", async () => {
    const action = makeAction(() => Promise.reject(new TypeError("bug")));
    await expect(action(undefined, { name: "img", ttl: 1 })).rejects.toThrow("bug");
    expect(store.list()[0]?.outcome).toBe("failure");
  });

  it("refuses and audits as denied a caller whose role lacks the permission, before validating or running", async () => {
    const run = vi.fn(() => Promise.resolve({ data: "x", summary: "x" }));
    const action = makeAction(run);
    setActorForTests(
      actorFromUser({ id: "u2", email: "vi@example.com", name: "Vi", username: "vi", role: "viewer" }),
    );
    expect(await action(undefined, { name: "img", ttl: 1 })).toMatchObject({
      status: "error",
      code: "Forbidden",
    });
    setActorForTests(ANONYMOUS);
    expect(await action(undefined, { name: "img", ttl: 1 })).toMatchObject({
      status: "error",
      code: "Forbidden",
    });
    expect(run).not.toHaveBeenCalled();
    expect(store.list().map((entry) => [entry.actor, entry.outcome])).toEqual([
      ["anonymous", "denied"],
      ["vi", "denied"],
    ]);
  });
});
