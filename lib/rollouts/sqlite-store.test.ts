import { describe, expect, it } from "vitest";

import { SqliteRolloutStore } from "./sqlite-store";
import { ActiveRolloutExistsError, RolloutVersionConflictError } from "./store";
import { albPlan, dnsPlan } from "./test-fixtures";
import { targetKey } from "./types";

const AT = "2026-12-02T10:00:00.000Z";

describe("SqliteRolloutStore", () => {
  it("creates a planned rollout with the baseline as desired weights and a created event", async () => {
    const store = new SqliteRolloutStore(":memory:");
    const rollout = await store.create({
      id: "r1",
      plan: albPlan(),
      createdBy: "ana",
      reason: "ship v2",
      at: AT,
    });

    expect(rollout).toMatchObject({
      id: "r1",
      version: 1,
      status: "planned",
      stepIndex: -1,
      createdBy: "ana",
    });
    expect(rollout.desiredWeights).toEqual(albPlan().baselineWeights);
    expect(await store.get("r1")).toEqual(rollout);
    expect(await store.events("r1")).toEqual([
      { seq: 1, rolloutId: "r1", at: AT, actor: "ana", kind: "created", reason: "ship v2" },
    ]);
  });

  it("refuses a second active rollout on the same target, naming the first, and allows one after it ends", async () => {
    const store = new SqliteRolloutStore(":memory:");
    const first = await store.create({ id: "r1", plan: albPlan(), createdBy: "ana", reason: "x", at: AT });

    const second = store.create({ id: "r2", plan: albPlan(), createdBy: "bo", reason: "y", at: AT });
    await expect(second).rejects.toBeInstanceOf(ActiveRolloutExistsError);
    await expect(second).rejects.toMatchObject({ existingRolloutId: "r1" });
    expect(await store.activeFor(targetKey(albPlan().target))).toMatchObject({ id: "r1" });

    await store.create({ id: "d1", plan: dnsPlan(), createdBy: "ana", reason: "dns", at: AT });

    await store.update("r1", first.version, { status: "aborted" }, [
      { at: AT, actor: "ana", kind: "aborted", reason: "stop" },
    ]);
    expect(await store.activeFor(targetKey(albPlan().target))).toBeNull();
    await expect(
      store.create({ id: "r3", plan: albPlan(), createdBy: "bo", reason: "again", at: AT }),
    ).resolves.toMatchObject({ id: "r3" });
  });

  it("updates conditionally on the version and appends events in order", async () => {
    const store = new SqliteRolloutStore(":memory:");
    await store.create({ id: "r1", plan: albPlan(), createdBy: "ana", reason: "x", at: AT });

    const running = await store.update("r1", 1, { status: "running", stepIndex: 0 }, [
      { at: AT, actor: "controller", kind: "started", reason: "picked up" },
      { at: AT, actor: "controller", kind: "step-applied", reason: "step 1", details: { weights: { a: 1 } } },
    ]);
    expect(running).toMatchObject({ version: 2, status: "running", stepIndex: 0 });

    await expect(store.update("r1", 1, { status: "paused" }, [])).rejects.toBeInstanceOf(
      RolloutVersionConflictError,
    );
    expect((await store.get("r1"))?.status).toBe("running");

    const events = await store.events("r1");
    expect(events.map((event) => [event.seq, event.kind])).toEqual([
      [1, "created"],
      [2, "started"],
      [3, "step-applied"],
    ]);
    expect(events[2]?.details).toEqual({ weights: { a: 1 } });
  });

  it("lists active oldest first and past newest first, paged by cursor", async () => {
    const store = new SqliteRolloutStore(":memory:");
    for (let index = 0; index < 5; index++) {
      const zone = `Z${index}`;
      const rollout = await store.create({
        id: `r${index}`,
        plan: dnsPlan({
          target: { kind: "route53-weighted", zoneId: zone, name: "img.example.com", type: "A" },
        }),
        createdBy: "ana",
        reason: "x",
        at: `2026-12-02T10:0${index}:00.000Z`,
      });
      if (index % 2 === 0) await store.update(rollout.id, 1, { status: "succeeded" }, []);
    }

    const active = await store.list({ scope: "active" });
    expect(active.items.map((rollout) => rollout.id)).toEqual(["r1", "r3"]);

    const firstPast = await store.list({ scope: "past", limit: 2 });
    expect(firstPast.items.map((rollout) => rollout.id)).toEqual(["r4", "r2"]);
    expect(firstPast.nextCursor).not.toBeNull();
    const secondPast = await store.list({
      scope: "past",
      limit: 2,
      cursor: firstPast.nextCursor ?? undefined,
    });
    expect(secondPast.items.map((rollout) => rollout.id)).toEqual(["r0"]);
    expect(secondPast.nextCursor).toBeNull();
  });

  it("gives leases increasing fencing tokens and refuses a second holder until expiry", async () => {
    const store = new SqliteRolloutStore(":memory:");
    const key = "alb-listener:arn";

    const first = await store.acquireLease(key, "a", 1000, 0);
    expect(first).toEqual({ token: 1 });
    expect(await store.acquireLease(key, "b", 1000, 500)).toBeNull();
    expect(await store.acquireLease(key, "a", 1000, 500)).toEqual({ token: 1 });
    expect(await store.renewLease(key, "a", 1, 1000, 1400)).toBe(true);
    expect(await store.isLeaseCurrent(key, 1, 2300)).toBe(true);

    const taken = await store.acquireLease(key, "b", 1000, 2500);
    expect(taken).toEqual({ token: 2 });
    expect(await store.isLeaseCurrent(key, 1, 2500)).toBe(false);
    expect(await store.renewLease(key, "a", 1, 1000, 2600)).toBe(false);

    await store.releaseLease(key, "b", 2);
    expect(await store.isLeaseCurrent(key, 2, 2700)).toBe(false);
    expect(await store.acquireLease(key, "a", 1000, 2800)).toEqual({ token: 3 });
  });

  it("keeps chart samples in time order and returns the newest when limited", async () => {
    const store = new SqliteRolloutStore(":memory:");
    for (let second = 0; second < 5; second++) {
      await store.recordSample("r1", { at: `2026-12-02T10:00:0${second}.000Z`, weights: { a: second } });
    }
    const newest = await store.samples("r1", { limit: 2 });
    expect(newest.map((sample) => sample.weights.a)).toEqual([3, 4]);
    const since = await store.samples("r1", { since: "2026-12-02T10:00:03.000Z" });
    expect(since).toHaveLength(2);
  });
});
