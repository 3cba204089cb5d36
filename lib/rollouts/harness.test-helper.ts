// Test harness: a fake clock, the fake AWS, an in-memory store and a runner "process" that can crash and restart.

import { applyOperatorCommand, type OperatorCommand } from "./commands";
import { FakeAws, mortalStore } from "./fake-aws";
import { RolloutRunner } from "./runner";
import { SqliteRolloutStore } from "./sqlite-store";
import type { Rollout, RolloutPlan } from "./types";

export const T0 = Date.parse("2026-12-02T10:00:00.000Z");
export const TICK_MS = 1000;
export const LEASE_MS = 5000;

export class Harness {
  now = T0;
  readonly clock = { now: () => this.now };
  readonly aws = new FakeAws(this.clock);
  readonly store = new SqliteRolloutStore(":memory:");
  runner: RolloutRunner;
  private processNumber = 0;
  readonly logged: unknown[] = [];

  constructor() {
    this.runner = this.newProcess();
  }

  /** A fresh runner process (a restart): new holder id; it must wait out the dead one's lease. */
  newProcess(): RolloutRunner {
    this.processNumber += 1;
    this.aws.isDead = false;
    this.aws.crashAt = null;
    this.runner = new RolloutRunner({
      store: mortalStore(this.store, this.aws),
      ports: this.aws.ports,
      holderId: `process-${this.processNumber}`,
      tickMs: TICK_MS,
      leaseTtlMs: LEASE_MS,
      clock: this.clock,
      sampleEveryMs: 0,
      log: (_message, error) => this.logged.push(error),
    });
    return this.runner;
  }

  async create(plan: RolloutPlan, id = "r1"): Promise<Rollout> {
    this.aws.set(plan.target, plan.baselineWeights, plan.dns?.oldTtl);
    for (const alarm of plan.gates.alarms) if (!this.aws.alarms.has(alarm)) this.aws.alarms.set(alarm, "OK");
    return this.store.create({
      id,
      plan,
      createdBy: "ana",
      reason: "ship v2",
      at: new Date(this.now).toISOString(),
    });
  }

  async rollout(id = "r1"): Promise<Rollout> {
    const rollout = await this.store.get(id);
    if (!rollout) throw new Error(`no rollout ${id}`);
    return rollout;
  }

  /** Moves the clock and runs one tick. */
  async tickAt(offsetMs: number): Promise<Rollout> {
    this.now = T0 + offsetMs;
    await this.runner.tick();
    return this.rollout();
  }

  /** Ticks every TICK_MS from the current time up to `offsetMs`. */
  async runUntil(offsetMs: number): Promise<Rollout> {
    while (this.now < T0 + offsetMs) {
      this.now = Math.min(this.now + TICK_MS, T0 + offsetMs);
      await this.runner.tick();
    }
    return this.rollout();
  }

  async command(command: OperatorCommand, reason = "because", id = "r1"): Promise<Rollout> {
    const rollout = await this.rollout(id);
    const transition = applyOperatorCommand(rollout, command, "ana", reason, this.now);
    if (!transition.ok) throw new Error(transition.message);
    return this.store.update(id, rollout.version, transition.patch, transition.events);
  }

  async eventKinds(id = "r1"): Promise<string[]> {
    return (await this.store.events(id)).map((event) => event.kind);
  }
}
