import { describe, expect, it } from "vitest";

import type { CrashPoint } from "./fake-aws";
import { Harness, LEASE_MS, T0, TICK_MS } from "./harness.test-helper";
import { BLUE_TG, GREEN_TG, albPlan, dnsPlan } from "./test-fixtures";
import type { RolloutPlan } from "./types";

const S = 1000;
const POINTS: CrashPoint[] = ["before-write", "after-write"];

/** Ticks until the fake process crashes (or `untilMs` passes); returns the crash time. */
async function runUntilCrash(h: Harness, untilMs: number): Promise<number | null> {
  while (h.now < T0 + untilMs) {
    h.now += TICK_MS;
    await h.runner.tick();
    if (h.aws.isDead) return h.now;
  }
  return null;
}

/** The invariants: every step applied once, in order, none before its due time, AWS ending where it should. */
async function expectInvariants(h: Harness, plan: RolloutPlan, expectedWeights: Record<string, number>[]) {
  const rollout = await h.rollout();
  const events = await h.store.events("r1");
  const applied = events.filter((event) => event.kind === "step-applied");

  expect(applied.map((event) => event.details?.stepIndex)).toEqual(plan.steps.map((_, index) => index));
  for (let index = 1; index < applied.length; index++) {
    const bake = (plan.steps[index - 1]?.bakeSeconds ?? 0) * S;
    expect(
      Date.parse(applied[index]?.at ?? "") - Date.parse(applied[index - 1]?.at ?? ""),
    ).toBeGreaterThanOrEqual(bake);
  }
  // No double apply: no write was ever issued for weights AWS already held.
  expect(h.aws.writes.filter((write) => write.wasNoOp)).toEqual([]);
  expect(
    h.aws.writes
      .filter((write) => write.ttl === undefined || write.ttl === 60)
      .map((write) => write.weights)
      .slice(-expectedWeights.length),
  ).toEqual(expectedWeights);
  expect(rollout.status).toBe("succeeded");
  expect(h.aws.get(plan.target).weights).toEqual(expectedWeights.at(-1));
}

describe("crash before and after each write, then restart", () => {
  const plan = albPlan();
  const stepWeights = [
    { [BLUE_TG]: 90, [GREEN_TG]: 10 },
    { [BLUE_TG]: 50, [GREEN_TG]: 50 },
    { [BLUE_TG]: 0, [GREEN_TG]: 100 },
  ];

  for (const point of POINTS) {
    for (const writeNumber of [1, 2, 3]) {
      it(`ALB step write ${writeNumber}, crash ${point}: no double apply, no early step`, async () => {
        const h = new Harness();
        await h.create(plan);
        h.now = T0 - TICK_MS;
        h.aws.crashAt = { point, writeNumber };

        const crashedAt = await runUntilCrash(h, 400 * S);
        expect(crashedAt).not.toBeNull();
        expect(h.aws.writes).toHaveLength(point === "after-write" ? writeNumber : writeNumber - 1);

        h.newProcess();
        // The dead process's lease must run out before anyone else drives the target.
        await h.runner.tick();
        expect(h.aws.writes).toHaveLength(point === "after-write" ? writeNumber : writeNumber - 1);
        await h.runUntil((crashedAt ?? 0) - T0 + LEASE_MS + 400 * S);

        await expectInvariants(h, plan, stepWeights);
      });
    }
  }

  for (const point of POINTS) {
    it(`abort's restoring write, crash ${point}: the baseline weights end up in AWS`, async () => {
      const h = new Harness();
      await h.create(plan);
      await h.runUntil(70 * S);
      await h.command("abort", "bad build");
      h.aws.crashAt = { point, writeNumber: h.aws.writes.length + 1 };

      const crashedAt = await runUntilCrash(h, 80 * S);
      expect(crashedAt).not.toBeNull();
      h.newProcess();
      const rollout = await h.runUntil((crashedAt ?? 0) - T0 + LEASE_MS + 5 * S);

      expect(rollout.status).toBe("aborted");
      expect(h.aws.get(plan.target).weights).toEqual(plan.baselineWeights);
      expect(h.aws.writes.filter((write) => write.wasNoOp)).toEqual([]);
      expect((await h.store.events("r1")).filter((event) => event.kind === "aborted")).toHaveLength(1);
    });
  }

  for (const point of POINTS) {
    for (const writeNumber of [1, 2, 3]) {
      it(`DNS write ${writeNumber} (TTL, then steps), crash ${point}: resumes without skipping the TTL wait`, async () => {
        const h = new Harness();
        const dns = dnsPlan();
        await h.create(dns);
        h.now = T0 - TICK_MS;
        h.aws.crashAt = { point, writeNumber };

        const crashedAt = await runUntilCrash(h, 700 * S);
        expect(crashedAt).not.toBeNull();
        h.newProcess();
        await h.runUntil((crashedAt ?? 0) - T0 + LEASE_MS + 700 * S);

        const events = await h.store.events("r1");
        const lowered = events.find((event) => event.kind === "ttl-lowered");
        const firstStep = events.find((event) => event.kind === "step-applied");
        expect(Date.parse(firstStep?.at ?? "") - Date.parse(lowered?.at ?? "")).toBeGreaterThanOrEqual(
          300 * S,
        );
        expect(h.aws.get(dns.target).ttl).toBe(60);
        await expectInvariants(h, dns, [
          { blue: 204, green: 51 },
          { blue: 0, green: 255 },
        ]);
      });
    }
  }
});
