// What the runner needs from AWS, as interfaces: lib/aws implements them, tests fake them.

import type { CanaryMetrics } from "./analysis";
import type { BackendTargetGroup, RolloutTarget, Weights } from "./types";

export interface WeightsReading {
  weights: Weights;
  /** Route 53: the group's TTL (all records of a weighted group share one). */
  ttl?: number;
}

export interface WriteWeightsRequest {
  /** What the caller believes AWS holds: Route 53 deletes exactly these (a compare-and-swap); ALB re-checks them. */
  expected: Weights;
  weights: Weights;
  /** Route 53: the TTL to write (defaults to the current one). */
  ttl?: number;
  /** Route 53: the TTL the expected records carry (defaults to the current one). */
  expectedTtl?: number;
}

export interface WriteWeightsResult {
  /** Route 53 change id to wait on (GetChange → INSYNC). */
  changeId?: string;
}

/** AWS does not hold the weights the write expected: someone else changed them. */
export class WeightsDriftError extends Error {
  constructor(
    message: string,
    /** What AWS held, when the adapter could read it. */
    readonly actual?: Weights,
  ) {
    super(message);
    this.name = "WeightsDriftError";
  }
}

export type AlarmStateValue = "OK" | "ALARM" | "INSUFFICIENT_DATA";

export interface AlarmReading {
  name: string;
  state: AlarmStateValue;
  reason?: string;
  /** False when no alarm of that name exists. */
  exists: boolean;
}

export interface TargetHealthCount {
  healthy: number;
  total: number;
}

export interface RolloutPorts {
  readWeights(target: RolloutTarget): Promise<WeightsReading>;
  /** One write carrying every weight (ALB: ModifyListener/ModifyRule; Route 53: one DELETE-exact + CREATE batch). */
  writeWeights(target: RolloutTarget, request: WriteWeightsRequest): Promise<WriteWeightsResult>;
  /** Waits until a Route 53 change is INSYNC; false when `timeoutMs` passed first. */
  waitInSync(changeId: string, timeoutMs: number): Promise<boolean>;
  alarmStates(region: string, names: string[]): Promise<AlarmReading[]>;
  /** Healthy / registered targets per target group ARN. */
  targetHealth(targetGroups: BackendTargetGroup[]): Promise<Record<string, TargetHealthCount>>;
  /** Per-target-group sums over [start, end] for the canary analysis. */
  canaryMetrics(input: {
    canary: BackendTargetGroup;
    stable: BackendTargetGroup;
    start: Date;
    end: Date;
  }): Promise<CanaryMetrics>;
}
