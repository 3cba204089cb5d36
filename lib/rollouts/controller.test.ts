import { describe, expect, it } from "vitest";

import { AwsError } from "@/lib/aws/errors";

import { Harness } from "./harness.test-helper";
import { ALB_ARN, BLUE_TG, GREEN_TG, albPlan, dnsPlan } from "./test-fixtures";

const S = 1000;
const W = (blue: number, green: number) => ({ [BLUE_TG]: blue, [GREEN_TG]: green });

function throttled(): AwsError {
  return new AwsError({ kind: "throttled", code: "Throttling", message: "AWS is throttling requests" });
}

describe("controller: steps", () => {
  it("applies each step when due in one write carrying every weight, verified before it counts, then succeeds", async () => {
    const h = new Harness();
    await h.create(albPlan());

    let rollout = await h.tickAt(0);
    expect(rollout).toMatchObject({ status: "running", stepIndex: 0, desiredWeights: W(90, 10) });
    expect(rollout.stepDueAt).toBe(new Date(h.now + 60 * S).toISOString());
    expect(h.aws.writes).toHaveLength(1);
    expect(h.aws.writes[0]?.weights).toEqual(W(90, 10));

    rollout = await h.runUntil(59 * S);
    expect(rollout.stepIndex).toBe(0);
    expect(h.aws.writes).toHaveLength(1);

    rollout = await h.runUntil(60 * S);
    expect(rollout).toMatchObject({ stepIndex: 1, desiredWeights: W(50, 50) });
    rollout = await h.runUntil(120 * S);
    expect(rollout).toMatchObject({ stepIndex: 2, desiredWeights: W(0, 100) });
    rollout = await h.runUntil(180 * S);
    expect(rollout.status).toBe("succeeded");

    expect(h.aws.writes.map((write) => write.weights)).toEqual([W(90, 10), W(50, 50), W(0, 100)]);
    expect(await h.eventKinds()).toEqual([
      "created",
      "started",
      "step-writing",
      "step-applied",
      "step-writing",
      "step-applied",
      "step-writing",
      "step-applied",
      "succeeded",
    ]);
    const samples = await h.store.samples("r1");
    expect(samples.length).toBeGreaterThan(3);
  });

  it("applies a step that fell due while the controller was down on start, then bakes it in full", async () => {
    const h = new Harness();
    await h.create(albPlan());
    await h.tickAt(0);

    h.newProcess();
    let rollout = await h.tickAt(300 * S);
    expect(rollout.stepIndex).toBe(1);
    expect(rollout.stepStartedAt).toBe(new Date(T(300)).toISOString());

    rollout = await h.runUntil(359 * S);
    expect(rollout.stepIndex).toBe(1);
    rollout = await h.runUntil(360 * S);
    expect(rollout.stepIndex).toBe(2);
  });

  it("waits for an approval before a step that needs one", async () => {
    const h = new Harness();
    const plan = albPlan();
    plan.steps[1] = { canaryPercent: 50, bakeSeconds: 60, requiresApproval: true };
    await h.create(plan);
    await h.tickAt(0);

    let rollout = await h.runUntil(90 * S);
    expect(rollout).toMatchObject({ status: "awaiting-approval", stepIndex: 0 });
    expect(h.aws.writes).toHaveLength(1);

    await h.command("approve", "looks good");
    rollout = await h.tickAt(91 * S);
    expect(rollout).toMatchObject({ status: "running", stepIndex: 1, desiredWeights: W(50, 50) });
    const approved = (await h.store.events("r1")).find((event) => event.kind === "approved");
    expect(approved).toMatchObject({ actor: "ana", reason: "looks good" });
  });

  it("pause stops the clock of the bake, resume extends the due time, promote and promote-full skip ahead", async () => {
    const h = new Harness();
    await h.create(
      albPlan({
        steps: [10, 20, 30, 100].map((canaryPercent) => ({
          canaryPercent,
          bakeSeconds: 60,
          requiresApproval: false,
        })),
      }),
    );
    await h.tickAt(0);

    h.now = T(30);
    await h.command("pause", "investigating");
    let rollout = await h.runUntil(200 * S);
    expect(rollout).toMatchObject({ status: "paused", stepIndex: 0 });

    await h.command("resume", "fine");
    rollout = await h.rollout();
    expect(rollout.stepDueAt).toBe(new Date(T(230)).toISOString());
    rollout = await h.runUntil(229 * S);
    expect(rollout.stepIndex).toBe(0);
    rollout = await h.runUntil(230 * S);
    expect(rollout.stepIndex).toBe(1);

    await h.command("promote", "skip the bake");
    rollout = await h.tickAt(231 * S);
    expect(rollout).toMatchObject({ stepIndex: 2, desiredWeights: W(70, 30) });

    await h.command("promote-full", "all in");
    rollout = await h.tickAt(232 * S);
    expect(rollout).toMatchObject({ status: "succeeded", stepIndex: 3, desiredWeights: W(0, 100) });
    expect(h.aws.get(albPlan().target).weights).toEqual(W(0, 100));
  });

  it("abort restores the baseline weights and records the actor and reason", async () => {
    const h = new Harness();
    await h.create(albPlan());
    await h.runUntil(61 * S);

    await h.command("abort", "wrong build");
    const rollout = await h.tickAt(62 * S);
    expect(rollout).toMatchObject({ status: "aborted", desiredWeights: W(100, 0) });
    expect(rollout.outcome?.summary).toBe("Aborted by ana: wrong build");
    expect(h.aws.get(albPlan().target).weights).toEqual(W(100, 0));
    expect(await h.eventKinds()).toContain("abort-requested");
    expect((await h.eventKinds()).at(-1)).toBe("aborted");
    expect(await h.store.activeFor(rollout.targetKey)).toBeNull();
  });

  it("refuses commands that do not fit the status, and commands without a reason", async () => {
    const h = new Harness();
    await h.create(albPlan());
    await expect(h.command("resume")).rejects.toThrow(/Cannot resume a rollout that is planned/);
    await expect(h.command("pause", "  ")).rejects.toThrow(/needs a reason/);
  });
});

describe("controller: gates and rollback", () => {
  it("rolls back within one tick of an alarm in ALARM and records the gate and its values", async () => {
    const h = new Harness();
    h.aws.alarms.set("images-5xx", "OK");
    await h.create(albPlan());
    await h.runUntil(70 * S);

    h.aws.alarms.set("images-5xx", "ALARM");
    const rollout = await h.tickAt(71 * S);
    expect(rollout.status).toBe("rolled-back");
    expect(rollout.outcome).toMatchObject({ gate: "alarms", values: { states: { "images-5xx": "ALARM" } } });
    expect(h.aws.get(albPlan().target).weights).toEqual(W(100, 0));
    expect(h.aws.writes.at(-1)?.at).toBe(T(71));
    expect(await h.eventKinds()).toEqual(
      expect.arrayContaining(["gate-failed", "rollback-started", "rolled-back"]),
    );
  });

  it("never moves weight onto a canary without healthy targets, and rolls back when a canary with traffic loses them", async () => {
    const h = new Harness();
    h.aws.health.set(GREEN_TG, { healthy: 0, total: 2 });
    await h.create(albPlan());

    let rollout = await h.runUntil(10 * S);
    expect(rollout).toMatchObject({ status: "running", stepIndex: -1 });
    expect(h.aws.writes).toHaveLength(0);
    expect(rollout.lastGateResults.find((result) => result.gate === "target-health")).toMatchObject({
      status: "pending",
    });

    h.aws.health.set(GREEN_TG, { healthy: 2, total: 2 });
    rollout = await h.runUntil(11 * S);
    expect(rollout.stepIndex).toBe(0);

    h.aws.health.set(GREEN_TG, { healthy: 0, total: 2 });
    rollout = await h.runUntil(12 * S);
    expect(rollout).toMatchObject({
      status: "rolled-back",
      outcome: { gate: "target-health", values: { healthy: { [GREEN_TG]: 0 } } },
    });
  });

  it("rolls back on a failed canary analysis with the compared values", async () => {
    const h = new Harness();
    const analysis = {
      maxErrorRateIncrease: 0.01,
      maxLatencyIncreasePercent: 50,
      minRequests: 100,
      noDataPolicy: "pause" as const,
      intervalSeconds: 30,
    };
    await h.create(albPlan({ gates: { alarms: [], minHealthyTargets: 1, analysis } }));
    await h.tickAt(0);

    h.aws.metrics = {
      windowStart: "a",
      windowEnd: "b",
      canary: { requests: 500, errors5xx: 40, averageResponseTimeSeconds: 0.08, datapoints: 1 },
      stable: { requests: 4500, errors5xx: 9, averageResponseTimeSeconds: 0.08, datapoints: 1 },
    };
    let rollout = await h.runUntil(29 * S);
    expect(rollout.status).toBe("running");
    rollout = await h.runUntil(30 * S);
    expect(rollout.status).toBe("rolled-back");
    expect(rollout.outcome?.gate).toBe("analysis");
    expect(rollout.outcome?.values).toMatchObject({
      verdict: "fail",
      requests: { canary: 500, stable: 4500 },
    });
    expect(ALB_ARN).toContain("loadbalancer/app/");
  });

  it("applies the no-data policy at the end of a step: pause, fail, or pass", async () => {
    const base = {
      maxErrorRateIncrease: 0.01,
      maxLatencyIncreasePercent: 50,
      minRequests: 100,
      intervalSeconds: 30,
    };
    for (const [policy, expected] of [
      ["pause", "paused"],
      ["fail", "rolled-back"],
      ["pass", "running"],
    ] as const) {
      const h = new Harness();
      await h.create(
        albPlan({ gates: { alarms: [], minHealthyTargets: 1, analysis: { ...base, noDataPolicy: policy } } }),
      );
      const rollout = await h.runUntil(61 * S);
      expect(rollout.status, policy).toBe(expected);
      if (policy === "pass") expect(rollout.stepIndex).toBe(1);
      if (policy === "pause") expect((await h.store.events("r1")).at(-1)?.reason).toMatch(/no-data policy/);
    }
  });
});

describe("controller: drift, errors and verification", () => {
  it("pauses on weights changed outside with the difference, and adopts them only when told", async () => {
    const h = new Harness();
    await h.create(albPlan());
    await h.runUntil(10 * S);

    h.aws.set(albPlan().target, W(80, 20));
    let rollout = await h.tickAt(11 * S);
    expect(rollout.status).toBe("drifted");
    expect(rollout.drift).toMatchObject({ expected: W(90, 10), actual: W(80, 20), from: "running" });
    const drift = (await h.store.events("r1")).at(-1);
    expect(drift?.details?.differences).toEqual([
      { backendId: BLUE_TG, expected: 90, actual: 80 },
      { backendId: GREEN_TG, expected: 10, actual: 20 },
    ]);

    rollout = await h.runUntil(200 * S);
    expect(rollout.status).toBe("drifted");
    expect(h.aws.writes).toHaveLength(1);

    await h.command("adopt-drift", "ops moved it on purpose");
    rollout = await h.tickAt(201 * S);
    expect(rollout.desiredWeights).toEqual(W(50, 50));
    expect(h.aws.writes).toHaveLength(2);
  });

  it("restores the planned weights when told to", async () => {
    const h = new Harness();
    await h.create(albPlan());
    await h.runUntil(10 * S);
    h.aws.set(albPlan().target, W(80, 20));
    await h.tickAt(11 * S);

    await h.command("restore-planned", "that was a mistake");
    const rollout = await h.tickAt(12 * S);
    expect(rollout).toMatchObject({ status: "running", stepIndex: 0, pendingWrite: null });
    expect(h.aws.get(albPlan().target).weights).toEqual(W(90, 10));
    expect((await h.eventKinds()).at(-1)).toBe("drift-restored");
  });

  it("refuses to start from weights other than the planned baseline", async () => {
    const h = new Harness();
    await h.create(albPlan());
    h.aws.set(albPlan().target, W(70, 30));
    const rollout = await h.tickAt(0);
    expect(rollout).toMatchObject({ status: "drifted", drift: { from: "planned" } });
    expect(h.aws.writes).toHaveLength(0);
  });

  it("retries throttled writes with backoff, shows the error, and never advances meanwhile", async () => {
    const h = new Harness();
    await h.create(albPlan());
    h.aws.writeFailures = [throttled(), throttled()];

    let rollout = await h.tickAt(0);
    expect(rollout).toMatchObject({ stepIndex: -1, lastError: { code: "Throttling", attempts: 1 } });
    expect(rollout.lastError?.nextRetryAt).toBe(new Date(T(1)).toISOString());

    rollout = await h.tickAt(1 * S);
    expect(rollout).toMatchObject({ stepIndex: -1, lastError: { attempts: 2 } });
    expect(rollout.lastError?.nextRetryAt).toBe(new Date(T(3)).toISOString());
    rollout = await h.tickAt(2 * S);
    expect(rollout.stepIndex).toBe(-1);

    rollout = await h.tickAt(3 * S);
    expect(rollout).toMatchObject({ stepIndex: 0, lastError: null });
    expect((await h.eventKinds()).filter((kind) => kind === "write-failed")).toHaveLength(2);
  });

  it("does not count a write AWS accepted but does not show on read-back", async () => {
    const h = new Harness();
    await h.create(albPlan());
    h.aws.silentWrites = 1;

    let rollout = await h.tickAt(0);
    expect(rollout).toMatchObject({ stepIndex: -1, lastError: { code: "Unverified" } });
    rollout = await h.tickAt(1 * S);
    expect(rollout).toMatchObject({ stepIndex: 0, lastError: null });
    expect(h.aws.writes).toHaveLength(2);
  });

  it("lets only one of two processes drive a rollout", async () => {
    const h = new Harness();
    await h.create(albPlan());
    const first = h.runner;
    const second = h.newProcess();
    h.now = T(0);
    await Promise.all([first.tick(), second.tick()]);
    expect(h.aws.writes).toHaveLength(1);
  });
});

describe("controller: DNS level", () => {
  it("lowers the TTL first, waits out the old TTL, then steps with INSYNC before counting", async () => {
    const h = new Harness();
    await h.create(dnsPlan());

    let rollout = await h.tickAt(0);
    expect(rollout).toMatchObject({ status: "preparing", ttlLoweredAt: new Date(T(0)).toISOString() });
    expect(h.aws.writes).toEqual([expect.objectContaining({ weights: { blue: 255, green: 0 }, ttl: 60 })]);

    rollout = await h.runUntil(299 * S);
    expect(rollout.status).toBe("preparing");
    expect(h.aws.writes).toHaveLength(1);

    h.aws.pendingInSync = 1;
    rollout = await h.runUntil(300 * S);
    expect(rollout).toMatchObject({ status: "running", stepIndex: -1, lastError: { code: "NotInSync" } });
    expect(rollout.pendingWrite?.changeId).toBe("C2");

    rollout = await h.runUntil(301 * S);
    expect(rollout).toMatchObject({ stepIndex: 0, desiredWeights: { blue: 204, green: 51 } });
    expect(h.aws.writes).toHaveLength(2);

    rollout = await h.runUntil(421 * S);
    expect(rollout).toMatchObject({ stepIndex: 1, desiredWeights: { blue: 0, green: 255 } });
    rollout = await h.runUntil(541 * S);
    expect(rollout.status).toBe("succeeded");
  });

  it("treats a compare-and-swap refused by Route 53 (stale DELETE) as drift", async () => {
    const h = new Harness();
    await h.create(dnsPlan({ dns: undefined }));
    await h.tickAt(0);
    // Changed between the read and the write: the fake refuses the stale DELETE.
    const ports = h.aws.ports;
    const original = ports.writeWeights;
    ports.writeWeights = (target, request) => {
      h.aws.set(target, { blue: 1, green: 1 });
      return original(target, request);
    };
    const rollout = await h.runUntil(121 * S);
    expect(rollout).toMatchObject({ status: "drifted", drift: { actual: { blue: 1, green: 1 } } });
  });
});

function T(seconds: number): number {
  return Date.parse("2026-12-02T10:00:00.000Z") + seconds * S;
}

describe("runner: leases", () => {
  it("frees the target's lease as soon as a rollout ends, so another process can start the next one at once", async () => {
    const h = new Harness();
    await h.create(albPlan({ steps: [{ canaryPercent: 100, bakeSeconds: 0, requiresApproval: false }] }));
    const rollout = await h.runUntil(2 * S);
    expect(rollout.status).toBe("succeeded");
    expect(await h.store.acquireLease(rollout.targetKey, "another-process", 5000, h.now)).not.toBeNull();
  });
});
