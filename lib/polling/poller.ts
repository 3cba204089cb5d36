/**
 * A poller that never overlaps: the next read is scheduled only after the previous one has finished, so a read slower
 * than the interval delays the next one instead of cancelling it. The wait grows while nothing changes (and faster
 * after errors), is never shorter than the last read took, and polling stops when the value is final or after
 * `maxDurationMs`. Pure: time and timers come from an injected clock, so tests drive it with a fake one.
 */

export interface PollClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PollPolicy {
  /** The first wait, and the wait again after something changed. */
  intervalMs: number;
  /** The longest wait between two reads. */
  maxIntervalMs: number;
  /** The wait is multiplied by this after each read that changed nothing. */
  backoff: number;
  /** The wait is multiplied by this after each failed read. */
  errorBackoff: number;
  /** Stop (status "gave-up") this long after start. */
  maxDurationMs: number;
}

export type PollStatus = "waiting" | "reading" | "done" | "gave-up" | "stopped";

export interface PollState<T> {
  status: PollStatus;
  /** The last value read successfully. */
  value?: T;
  /** When the last read succeeded (clock time). */
  lastSuccessAt?: number;
  /** The message of the last failed read, cleared by the next success. */
  lastError?: string;
  consecutiveErrors: number;
  /** When the next read is due (only while waiting). */
  nextReadAt?: number;
}

export interface PollerOptions<T> {
  read: () => Promise<T>;
  /** A final value stops polling (e.g. a certificate no longer pending validation). */
  isDone: (value: T) => boolean;
  /** Whether two values differ in a way that matters; a change resets the wait to the interval. */
  isSame?: (a: T, b: T) => boolean;
  onChange: (state: PollState<T>) => void;
  policy: PollPolicy;
  clock: PollClock;
  /** The value already shown when polling starts (e.g. rendered by the server). */
  initial?: T;
  /** When `initial` was read (shown as the last success until the first poll). */
  initialReadAt?: number;
}

export interface Poller {
  start(): void;
  /** Reads now unless a read is in flight (then that read's result is the answer). */
  pollNow(): void;
  stop(): void;
}

/** The browser's timers as a PollClock (call only in the browser: it reaches `window` when a timer is set). */
export const browserPollClock: PollClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/** The wait before the next read: grown by the backoff, at least the last read's duration, at most the maximum. */
export function nextDelay(
  policy: PollPolicy,
  previousDelayMs: number | undefined,
  outcome: "changed" | "unchanged" | "error",
  lastReadMs: number,
): number {
  const grown =
    outcome === "changed" || previousDelayMs === undefined
      ? policy.intervalMs
      : previousDelayMs * (outcome === "error" ? policy.errorBackoff : policy.backoff);
  return Math.min(policy.maxIntervalMs, Math.max(grown, lastReadMs, policy.intervalMs));
}

/** Creates a poller; nothing happens until `start()`. */
export function createPoller<T>(options: PollerOptions<T>): Poller {
  const { clock, policy } = options;
  const isSame = options.isSame ?? ((a: T, b: T) => Object.is(a, b));
  let state: PollState<T> = {
    status: "stopped",
    consecutiveErrors: 0,
    ...(options.initial === undefined ? {} : { value: options.initial }),
    ...(options.initialReadAt === undefined ? {} : { lastSuccessAt: options.initialReadAt }),
  };
  let timer: unknown;
  let delayMs: number | undefined;
  let startedAt = 0;
  // Each start/stop begins a new generation: a read that finishes after stop() is ignored.
  let generation = 0;

  const publish = (patch: Partial<PollState<T>>) => {
    state = { ...state, ...patch };
    options.onChange(state);
  };

  const clearTimer = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };

  const schedule = (ms: number) => {
    clearTimer();
    if (clock.now() + ms - startedAt > policy.maxDurationMs) {
      publish({ status: "gave-up", nextReadAt: undefined });
      return;
    }
    delayMs = ms;
    publish({ status: "waiting", nextReadAt: clock.now() + ms });
    timer = clock.setTimeout(() => {
      timer = undefined;
      void read();
    }, ms);
  };

  const read = async () => {
    if (state.status === "reading" || state.status === "done" || state.status === "stopped") return;
    clearTimer();
    const mine = generation;
    const began = clock.now();
    publish({ status: "reading", nextReadAt: undefined });

    let outcome: "changed" | "unchanged" | "error";
    try {
      const value = await options.read();
      if (mine !== generation) return;
      const changed = state.value === undefined ? true : !isSame(state.value, value);
      outcome = changed ? "changed" : "unchanged";
      publish({ value, lastSuccessAt: clock.now(), lastError: undefined, consecutiveErrors: 0 });
      if (options.isDone(value)) {
        publish({ status: "done" });
        return;
      }
    } catch (error) {
      if (mine !== generation) return;
      outcome = "error";
      publish({
        lastError: error instanceof Error ? error.message : String(error),
        consecutiveErrors: state.consecutiveErrors + 1,
      });
    }
    // Leave "reading" before scheduling so the next timer may read.
    state = { ...state, status: "waiting" };
    schedule(nextDelay(policy, delayMs, outcome, clock.now() - began));
  };

  return {
    start() {
      generation += 1;
      startedAt = clock.now();
      delayMs = undefined;
      if (options.initial !== undefined && options.isDone(options.initial)) {
        publish({ status: "done" });
        return;
      }
      state = { ...state, status: "waiting" };
      schedule(policy.intervalMs);
    },
    pollNow() {
      if (state.status === "reading") return;
      if (state.status === "done" || state.status === "stopped") return;
      if (state.status === "gave-up") startedAt = clock.now();
      state = { ...state, status: "waiting" };
      void read();
    },
    stop() {
      generation += 1;
      clearTimer();
      publish({ status: "stopped", nextReadAt: undefined });
    },
  };
}
