import type { NewRolloutEvent, Rollout, RolloutEvent, RolloutPlan, RolloutSample } from "./types";

/** Fields an update may change; id, version, targetKey, createdBy and createdAt are the store's. */
export type RolloutPatch = Partial<
  Omit<Rollout, "id" | "version" | "targetKey" | "createdBy" | "createdAt" | "updatedAt">
>;

export interface NewRollout {
  /** Generated when omitted. */
  id?: string;
  plan: RolloutPlan;
  createdBy: string;
  reason: string;
  at?: string;
}

export interface RolloutListQuery {
  scope: "active" | "past";
  limit?: number;
  /** From the previous page's `nextCursor`. */
  cursor?: string;
}

export interface RolloutPage {
  items: Rollout[];
  nextCursor: string | null;
}

export interface Lease {
  targetKey: string;
  holderId: string;
  /** Fencing token: every new acquisition of a key gets a larger one. */
  token: number;
  expiresAt: number;
}

/** A second active rollout on the same target: refused, naming the first. */
export class ActiveRolloutExistsError extends Error {
  constructor(
    readonly targetKey: string,
    readonly existingRolloutId: string,
  ) {
    super(`Rollout ${existingRolloutId} is already active on this target; finish or abort it first.`);
    this.name = "ActiveRolloutExistsError";
  }
}

/** The rollout changed since it was read (a conditional write lost): re-read and decide again. */
export class RolloutVersionConflictError extends Error {
  constructor(
    readonly rolloutId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | null,
  ) {
    super(
      `Rollout ${rolloutId} changed meanwhile (expected version ${expectedVersion}, found ${actualVersion ?? "none"}).`,
    );
    this.name = "RolloutVersionConflictError";
  }
}

export class RolloutNotFoundError extends Error {
  constructor(readonly rolloutId: string) {
    super(`No rollout ${rolloutId}.`);
    this.name = "RolloutNotFoundError";
  }
}

/**
 * Where rollouts live. Async and free of SQL so that a store shared by several console instances (DynamoDB:
 * conditional writes on a version attribute, lease items with a token attribute) can implement it too.
 */
export interface RolloutStore {
  /** Creates a rollout in status "planned"; throws ActiveRolloutExistsError if its target has an active one. */
  create(input: NewRollout): Promise<Rollout>;
  get(id: string): Promise<Rollout | null>;
  /** Active rollouts (oldest first) or past ones (newest first), paged. */
  list(query: RolloutListQuery): Promise<RolloutPage>;
  /** The active rollout on a target, if any. */
  activeFor(targetKey: string): Promise<Rollout | null>;
  /**
   * Conditional write: applies the patch and appends the events only if the rollout is still at
   * `expectedVersion`; else throws RolloutVersionConflictError. Releases the target when the status becomes
   * terminal. Returns the rollout at its new version.
   */
  update(
    id: string,
    expectedVersion: number,
    patch: RolloutPatch,
    events: NewRolloutEvent[],
  ): Promise<Rollout>;
  /** The rollout's history in order. */
  events(id: string): Promise<RolloutEvent[]>;
  /** Appends a chart point (not versioned: samples are observations, not decisions). */
  recordSample(id: string, sample: RolloutSample): Promise<void>;
  /** Chart points in time order, optionally from a time on (ISO) and at most `limit` (the newest). */
  samples(id: string, options?: { since?: string; limit?: number }): Promise<RolloutSample[]>;

  /**
   * Takes the lease on a target for `ttlMs` if it is free, expired, or already this holder's. A new
   * acquisition gets a larger token than any before; re-acquiring one's own live lease keeps its token.
   */
  acquireLease(
    targetKey: string,
    holderId: string,
    ttlMs: number,
    nowMs?: number,
  ): Promise<{ token: number } | null>;
  /** Extends a lease still held with this token; false when it was lost. */
  renewLease(
    targetKey: string,
    holderId: string,
    token: number,
    ttlMs: number,
    nowMs?: number,
  ): Promise<boolean>;
  releaseLease(targetKey: string, holderId: string, token: number): Promise<void>;
  /** True when `token` is still the current, unexpired lease on the target: checked before every AWS write. */
  isLeaseCurrent(targetKey: string, token: number, nowMs?: number): Promise<boolean>;
}
