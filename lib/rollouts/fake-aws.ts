// A fake AWS behind the rollout ports, for the controller and runner tests: weights per target, alarm states,
// target health and metrics, with injectable failures and crashes.

import type { CanaryMetrics } from "./analysis";
import {
  type AlarmReading,
  type AlarmStateValue,
  type RolloutPorts,
  type TargetHealthCount,
  WeightsDriftError,
  type WeightsReading,
  type WriteWeightsRequest,
} from "./ports";
import type { RolloutStore } from "./store";
import { type RolloutTarget, targetKey, type Weights } from "./types";
import { weightsEqual } from "./weights";

export class SimulatedCrash extends Error {
  constructor(point: string) {
    super(`simulated crash ${point}`);
    this.name = "SimulatedCrash";
  }
}

export interface FakeWrite {
  at: number;
  targetKey: string;
  weights: Weights;
  ttl?: number;
  /** Whether AWS already held exactly these weights (and TTL) before the write. */
  wasNoOp: boolean;
}

export type CrashPoint = "before-write" | "after-write";

interface GroupState {
  weights: Weights;
  ttl?: number;
}

/** The fake AWS; `ports` is what the runner gets, the rest is for the test to steer and inspect. */
export class FakeAws {
  readonly groups = new Map<string, GroupState>();
  readonly alarms = new Map<string, AlarmStateValue>();
  readonly health = new Map<string, TargetHealthCount>();
  readonly writes: FakeWrite[] = [];
  metrics: CanaryMetrics | Error | null = null;
  /** Errors the next writes throw, in order. */
  writeFailures: Error[] = [];
  /** Writes AWS accepts without applying (the silent failure read-back exists for). */
  silentWrites = 0;
  /** waitInSync answers false this many times first. */
  pendingInSync = 0;
  crashAt: { point: CrashPoint; writeNumber: number } | null = null;
  isDead = false;
  private changeCounter = 0;

  constructor(private readonly clock: { now(): number }) {}

  set(target: RolloutTarget, weights: Weights, ttl?: number): void {
    this.groups.set(targetKey(target), { weights: { ...weights }, ...(ttl !== undefined ? { ttl } : {}) });
  }

  get(target: RolloutTarget): GroupState {
    const group = this.groups.get(targetKey(target));
    if (!group) throw new Error(`no fake group ${targetKey(target)}`);
    return group;
  }

  private guard(): void {
    if (this.isDead) throw new SimulatedCrash("(process is down)");
  }

  readonly ports: RolloutPorts = {
    readWeights: (target) => {
      this.guard();
      const group = this.get(target);
      const reading: WeightsReading = {
        weights: { ...group.weights },
        ...(group.ttl !== undefined ? { ttl: group.ttl } : {}),
      };
      return Promise.resolve(reading);
    },
    writeWeights: (target, request: WriteWeightsRequest) => {
      this.guard();
      const writeNumber = this.writes.length + 1;
      if (this.crashAt?.point === "before-write" && this.crashAt.writeNumber === writeNumber) {
        this.isDead = true;
        return Promise.reject(new SimulatedCrash("before write"));
      }
      const failure = this.writeFailures.shift();
      if (failure) return Promise.reject(failure);

      const group = this.get(target);
      if (
        !weightsEqual(group.weights, request.expected) ||
        (request.expectedTtl !== undefined && request.expectedTtl !== group.ttl)
      ) {
        return Promise.reject(
          new WeightsDriftError("InvalidChangeBatch: the records to delete do not match", {
            ...group.weights,
          }),
        );
      }
      const ttl = request.ttl ?? group.ttl;
      this.writes.push({
        at: this.clock.now(),
        targetKey: targetKey(target),
        weights: { ...request.weights },
        ...(ttl !== undefined ? { ttl } : {}),
        wasNoOp: weightsEqual(group.weights, request.weights) && ttl === group.ttl,
      });
      if (this.silentWrites > 0) {
        this.silentWrites -= 1;
      } else {
        group.weights = { ...request.weights };
        if (ttl !== undefined) group.ttl = ttl;
      }
      if (this.crashAt?.point === "after-write" && this.crashAt.writeNumber === writeNumber) {
        this.isDead = true;
        return Promise.reject(new SimulatedCrash("after write"));
      }
      const changeId = target.kind === "route53-weighted" ? `C${++this.changeCounter}` : undefined;
      return Promise.resolve(changeId ? { changeId } : {});
    },
    waitInSync: () => {
      this.guard();
      if (this.pendingInSync > 0) {
        this.pendingInSync -= 1;
        return Promise.resolve(false);
      }
      return Promise.resolve(true);
    },
    alarmStates: (_region, names) => {
      this.guard();
      const readings: AlarmReading[] = names.map((name) => {
        const state = this.alarms.get(name);
        return { name, state: state ?? "INSUFFICIENT_DATA", exists: state !== undefined };
      });
      return Promise.resolve(readings);
    },
    targetHealth: (groups) => {
      this.guard();
      return Promise.resolve(
        Object.fromEntries(
          groups.map((group) => [
            group.targetGroupArn,
            this.health.get(group.targetGroupArn) ?? { healthy: 2, total: 2 },
          ]),
        ),
      );
    },
    canaryMetrics: ({ start, end }) => {
      this.guard();
      if (this.metrics instanceof Error) return Promise.reject(this.metrics);
      const empty = { requests: 0, errors5xx: 0, averageResponseTimeSeconds: null, datapoints: 0 };
      return Promise.resolve(
        this.metrics ?? {
          windowStart: start.toISOString(),
          windowEnd: end.toISOString(),
          canary: empty,
          stable: empty,
        },
      );
    },
  };
}

/** A store view that dies with the fake process: every call throws once `aws.isDead` is set. */
export function mortalStore(store: RolloutStore, aws: FakeAws): RolloutStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (aws.isDead) return Promise.reject(new SimulatedCrash("(store call after the crash)"));
        return (value as (...inner: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
