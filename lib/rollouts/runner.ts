// The loop that drives active rollouts: per rollout, hold the target's lease, observe AWS through the ports,
// let the pure controller decide, record the decision with a conditional update, then carry out its commands
// (fenced by the lease token). Every decision is recorded before the AWS call it leads to.

import { decide } from "./controller";
import type {
  Command,
  Observation,
  ObservationPlan,
  PortFailure,
  Reading,
  WriteOutcome,
} from "./observation";
import { observationPlan } from "./observation";
import { type RolloutPorts, WeightsDriftError, type WeightsReading } from "./ports";
import { type RolloutStore, RolloutVersionConflictError } from "./store";
import { isActiveStatus, type Rollout, type RolloutSample } from "./types";

export interface Clock {
  now(): number;
}

export interface RunnerOptions {
  store: RolloutStore;
  ports: RolloutPorts;
  /** Unique per process: who holds a lease. */
  holderId: string;
  tickMs: number;
  leaseTtlMs?: number;
  clock?: Clock;
  /** How long one tick waits for a Route 53 change to be INSYNC before moving on (checked again next tick). */
  insyncTimeoutMs?: number;
  /** Decisions in a row for one rollout within a tick (start → first step → verified needs three). */
  maxDecisionsPerTick?: number;
  /** Minimum gap between two chart samples of one rollout (a change of weights is always sampled). */
  sampleEveryMs?: number;
  log?: (message: string, error?: unknown) => void;
}

const systemClock: Clock = { now: () => Date.now() };

function toFailure(error: unknown): PortFailure {
  const candidate = error as { code?: unknown; message?: unknown; retryable?: unknown; name?: unknown };
  return {
    code:
      typeof candidate.code === "string"
        ? candidate.code
        : typeof candidate.name === "string"
          ? candidate.name
          : "Error",
    message: typeof candidate.message === "string" ? candidate.message : String(error),
    retryable: candidate.retryable === true,
  };
}

async function read<T>(call: () => Promise<T>): Promise<Reading<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error: toFailure(error) };
  }
}

/** Drives every active rollout; `tick()` is one pass (tests call it with a fake clock). */
export class RolloutRunner {
  private readonly options: Required<Omit<RunnerOptions, "log">> & { log: NonNullable<RunnerOptions["log"]> };
  private readonly tokens = new Map<string, number>();
  private readonly lastSampleAt = new Map<string, { at: number; weights: string }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private isStopped = true;
  /** The earliest step due time (or retry time) seen in the last tick: the next tick is not later than it. */
  private nextDueAt: number | null = null;

  constructor(options: RunnerOptions) {
    this.options = {
      ...options,
      leaseTtlMs: options.leaseTtlMs ?? Math.min(30_000, Math.max(5_000, options.tickMs * 3)),
      clock: options.clock ?? systemClock,
      insyncTimeoutMs: options.insyncTimeoutMs ?? 30_000,
      maxDecisionsPerTick: options.maxDecisionsPerTick ?? 6,
      sampleEveryMs: options.sampleEveryMs ?? 10_000,
      log: options.log ?? ((message, error) => console.error(`[rollouts] ${message}`, error ?? "")),
    };
  }

  /** Starts ticking every `tickMs` (the first tick right away). */
  start(): void {
    if (!this.isStopped) return;
    this.isStopped = false;
    this.schedule(0);
  }

  /** Runs a tick now (e.g. after an operator command) instead of waiting for the next one. */
  wake(): void {
    if (this.isStopped) return;
    if (this.running) return;
    this.schedule(0);
  }

  /** Stops after the tick in flight and releases the leases so another process can take over at once. */
  async stop(): Promise<void> {
    this.isStopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    for (const [key, token] of this.tokens)
      await this.options.store.releaseLease(key, this.options.holderId, token);
    this.tokens.clear();
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.tick()
        .catch((error: unknown) => this.options.log("tick failed", error))
        .finally(() => {
          this.running = undefined;
          if (!this.isStopped) this.schedule(this.delayToNextTick());
        });
    }, delayMs);
    // The loop never keeps a process alive by itself (scripts end; a server has its own handles).
    this.timer.unref();
  }

  /** A step falling due between two ticks is applied when due, not at the next regular tick. */
  private delayToNextTick(): number {
    const { tickMs, clock } = this.options;
    if (this.nextDueAt === null) return tickMs;
    return Math.min(tickMs, Math.max(0, this.nextDueAt - clock.now() + 1));
  }

  /** One pass over the active rollouts. */
  async tick(): Promise<void> {
    const active: Rollout[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.options.store.list({ scope: "active", limit: 200, cursor });
      active.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    const driven = await Promise.all(
      active.map((rollout) =>
        this.drive(rollout).catch((error: unknown) => {
          this.options.log(`rollout ${rollout.id} failed this tick`, error);
          return null;
        }),
      ),
    );
    const now = this.options.clock.now();
    const dueTimes = driven
      .flatMap((rollout) =>
        rollout
          ? [
              rollout.status === "running" || rollout.status === "preparing" ? rollout.stepDueAt : null,
              rollout.lastError?.nextRetryAt ?? null,
            ]
          : [],
      )
      .flatMap((at) => (at ? [Date.parse(at)] : []))
      .filter((at) => at > now);
    this.nextDueAt = dueTimes.length ? Math.min(...dueTimes) : null;
  }

  private async holdLease(key: string): Promise<number | null> {
    const { store, holderId, leaseTtlMs, clock } = this.options;
    const token = this.tokens.get(key);
    if (token !== undefined && (await store.renewLease(key, holderId, token, leaseTtlMs, clock.now())))
      return token;
    this.tokens.delete(key);
    const lease = await store.acquireLease(key, holderId, leaseTtlMs, clock.now());
    if (!lease) return null;
    this.tokens.set(key, lease.token);
    return lease.token;
  }

  /** Drives one rollout as far as it can go now; returns it as last recorded (null when another process holds it). */
  private async drive(initial: Rollout): Promise<Rollout | null> {
    const { store, clock, maxDecisionsPerTick } = this.options;
    const token = await this.holdLease(initial.targetKey);
    if (token === null) return null;

    let rollout = initial;
    let lastWrite: WriteOutcome | undefined;
    let readBack: Reading<WeightsReading> | undefined;
    for (let index = 0; index < maxDecisionsPerTick; index++) {
      const observation = await this.observe(
        rollout,
        observationPlan(rollout, clock.now()),
        lastWrite,
        readBack,
      );
      const decision = decide(rollout, observation, clock.now());
      const hasRecord = decision.patch !== null || decision.events.length > 0;

      if (hasRecord) {
        try {
          rollout = await store.update(rollout.id, rollout.version, decision.patch ?? {}, decision.events);
        } catch (error) {
          if (error instanceof RolloutVersionConflictError) return null; // someone else moved it: next tick re-reads.
          throw error;
        }
      }
      await this.sample(rollout, observation);

      if (decision.commands.length === 0) {
        if (!isActiveStatus(rollout.status)) {
          // Finished: free the target at once for the next rollout, whichever process starts it.
          this.tokens.delete(rollout.targetKey);
          await store.releaseLease(rollout.targetKey, this.options.holderId, token);
          return rollout;
        }
        if (!hasRecord || !decision.patch?.status) return rollout;
        lastWrite = undefined;
        readBack = undefined;
        continue; // a status change may lead straight to the next decision (start → first step).
      }
      if (!(await store.isLeaseCurrent(rollout.targetKey, token, clock.now()))) {
        this.tokens.delete(rollout.targetKey);
        return null; // fenced out: another process holds the target now.
      }
      ({ lastWrite, readBack } = await this.perform(rollout, decision.commands, lastWrite));
    }
    return rollout;
  }

  private async perform(
    rollout: Rollout,
    commands: Command[],
    previous: WriteOutcome | undefined,
  ): Promise<{ lastWrite: WriteOutcome | undefined; readBack: Reading<WeightsReading> | undefined }> {
    const { ports, insyncTimeoutMs } = this.options;
    const target = rollout.plan.target;
    let lastWrite = previous;
    let readBack: Reading<WeightsReading> | undefined;

    for (const command of commands) {
      if (command.kind === "write-weights") {
        try {
          const result = await ports.writeWeights(target, command.request);
          lastWrite = { ok: true, changeId: result.changeId, insync: result.changeId ? false : null };
        } catch (error) {
          lastWrite = {
            ok: false,
            error: toFailure(error),
            isDrift: error instanceof WeightsDriftError,
            actual: error instanceof WeightsDriftError ? error.actual : undefined,
          };
          return { lastWrite, readBack: undefined };
        }
      } else if (command.kind === "wait-insync") {
        const changeId = command.changeId ?? (lastWrite?.ok ? lastWrite.changeId : undefined);
        if (!changeId) continue;
        try {
          const insync = await ports.waitInSync(changeId, insyncTimeoutMs);
          lastWrite = { ok: true, changeId, insync };
        } catch (error) {
          lastWrite = { ok: false, error: toFailure(error), isDrift: false };
          return { lastWrite, readBack: undefined };
        }
      } else {
        readBack = await read(() => ports.readWeights(target));
      }
    }
    return { lastWrite, readBack };
  }

  private async observe(
    rollout: Rollout,
    plan: ObservationPlan,
    lastWrite: WriteOutcome | undefined,
    readBack: Reading<WeightsReading> | undefined,
  ): Promise<Observation> {
    const { ports } = this.options;
    const [weights, alarms, health, metrics] = await Promise.all([
      readBack ?? read(() => ports.readWeights(rollout.plan.target)),
      plan.alarms
        ? read(() => ports.alarmStates(plan.alarms?.region ?? "", plan.alarms?.names ?? []))
        : undefined,
      plan.targetGroups.length ? read(() => ports.targetHealth(plan.targetGroups)) : undefined,
      plan.metrics
        ? read(() => ports.canaryMetrics(plan.metrics as NonNullable<ObservationPlan["metrics"]>))
        : undefined,
    ]);
    return {
      weights,
      ...(alarms ? { alarms } : {}),
      ...(health ? { health } : {}),
      ...(metrics ? { metrics } : {}),
      ...(lastWrite ? { lastWrite } : {}),
    };
  }

  /** A chart point when the weights changed or `sampleEveryMs` passed. Samples never block a decision. */
  private async sample(rollout: Rollout, observation: Observation): Promise<void> {
    if (!observation.weights.ok) return;
    const now = this.options.clock.now();
    const weights = observation.weights.value.weights;
    const previous = this.lastSampleAt.get(rollout.id);
    const key = JSON.stringify(weights);
    if (previous && previous.weights === key && now - previous.at < this.options.sampleEveryMs) return;
    this.lastSampleAt.set(rollout.id, { at: now, weights: key });

    const sample: RolloutSample = { at: new Date(now).toISOString(), weights };
    if (observation.alarms?.ok)
      sample.alarms = observation.alarms.value.map((alarm) => ({
        name: alarm.name,
        state: alarm.exists ? alarm.state : "MISSING",
      }));
    if (observation.health?.ok) {
      const health = observation.health.value;
      sample.healthy = Object.fromEntries(
        rollout.plan.backends.flatMap((backend) =>
          backend.targetGroup ? [[backend.id, health[backend.targetGroup.targetGroupArn]?.healthy ?? 0]] : [],
        ),
      );
    }
    const analysis = rollout.lastGateResults.find((result) => result.gate === "analysis");
    if (observation.metrics?.ok && analysis) {
      const { canary, stable } = observation.metrics.value;
      sample.analysis = {
        canaryErrorRate: canary.requests > 0 ? canary.errors5xx / canary.requests : null,
        stableErrorRate: stable.requests > 0 ? stable.errors5xx / stable.requests : null,
        canaryLatencyMs:
          canary.averageResponseTimeSeconds === null ? null : canary.averageResponseTimeSeconds * 1000,
        stableLatencyMs:
          stable.averageResponseTimeSeconds === null ? null : stable.averageResponseTimeSeconds * 1000,
        canaryRequests: canary.requests,
        stableRequests: stable.requests,
      };
    }
    try {
      await this.options.store.recordSample(rollout.id, sample);
    } catch (error) {
      this.options.log(`could not record a sample of ${rollout.id}`, error);
    }
  }
}
