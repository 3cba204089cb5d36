import { describe, expect, it } from "vitest";

import { createPoller, nextDelay, type PollClock, type PollPolicy, type PollState } from "./poller";

/** A fake clock: timers fire only when the test advances time. */
function fakeClock() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: PollClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      nextId += 1;
      timers.set(nextId, { at: now + ms, callback });
      return nextId;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  return {
    clock,
    pending: () => timers.size,
    /** Moves time forward, firing due timers in order and letting their promises settle. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
        await flush();
      }
      now = until;
      await flush();
    },
  };
}

const flush = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

const POLICY: PollPolicy = {
  intervalMs: 5_000,
  maxIntervalMs: 30_000,
  backoff: 1.5,
  errorBackoff: 2,
  maxDurationMs: 15 * 60_000,
};

/** A read whose answers the test resolves by hand, to make it as slow as it likes. */
function manualRead<T>() {
  const calls: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  return {
    calls,
    read: () =>
      new Promise<T>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  };
}

function setUp(options: { initial?: string; isDone?: (value: string) => boolean } = {}) {
  const time = fakeClock();
  const source = manualRead<string>();
  const states: PollState<string>[] = [];
  const poller = createPoller<string>({
    read: source.read,
    isDone: options.isDone ?? ((value) => value === "ISSUED"),
    onChange: (state) => states.push(state),
    policy: POLICY,
    clock: time.clock,
    ...(options.initial === undefined ? {} : { initial: options.initial }),
  });
  const last = () => states[states.length - 1];
  return { time, source, poller, states, last };
}

describe("nextDelay", () => {
  it("starts at the interval, grows while nothing changes, faster after errors, and caps", () => {
    expect(nextDelay(POLICY, undefined, "unchanged", 10)).toBe(5_000);
    expect(nextDelay(POLICY, 5_000, "unchanged", 10)).toBe(7_500);
    expect(nextDelay(POLICY, 5_000, "error", 10)).toBe(10_000);
    expect(nextDelay(POLICY, 25_000, "unchanged", 10)).toBe(30_000);
    expect(nextDelay(POLICY, 20_000, "changed", 10)).toBe(5_000);
  });

  it("never waits less than the last read took", () => {
    expect(nextDelay(POLICY, undefined, "unchanged", 12_000)).toBe(12_000);
  });
});

describe("createPoller", () => {
  it("never starts a read while one is in flight, however slow it is", async () => {
    const { time, source, poller, last } = setUp({ initial: "PENDING_VALIDATION" });
    poller.start();
    await time.advance(5_000);
    expect(source.calls).toHaveLength(1);
    expect(last()?.status).toBe("reading");

    // The read takes a minute: no second read meanwhile, no timer pending.
    await time.advance(60_000);
    expect(source.calls).toHaveLength(1);
    expect(time.pending()).toBe(0);
    poller.pollNow();
    expect(source.calls).toHaveLength(1);

    source.calls[0]?.resolve("PENDING_VALIDATION");
    await time.advance(0);
    expect(last()).toMatchObject({ status: "waiting", lastSuccessAt: 65_000, value: "PENDING_VALIDATION" });
    // The next wait is at least as long as that read took (capped at the maximum).
    expect(last()?.nextReadAt).toBe(65_000 + 30_000);
  });

  it("backs off while nothing changes and stops once the value is final, recording when it last succeeded", async () => {
    const { time, source, poller, last } = setUp({ initial: "PENDING_VALIDATION" });
    poller.start();
    await time.advance(5_000);
    source.calls[0]?.resolve("PENDING_VALIDATION");
    await time.advance(0);
    expect(last()?.nextReadAt).toBe(5_000 + 7_500);

    await time.advance(7_500);
    expect(source.calls).toHaveLength(2);
    source.calls[1]?.resolve("PENDING_VALIDATION");
    await time.advance(0);
    expect(last()?.nextReadAt).toBe(12_500 + 11_250);

    await time.advance(11_250);
    source.calls[2]?.resolve("ISSUED");
    await time.advance(0);
    expect(last()).toMatchObject({ status: "done", value: "ISSUED", lastSuccessAt: 23_750 });
    await time.advance(120_000);
    expect(source.calls).toHaveLength(3);
    expect(time.pending()).toBe(0);
  });

  it("backs off on errors, keeps the last good value and clears the error on the next success", async () => {
    const { time, source, poller, last } = setUp({ initial: "PENDING_VALIDATION" });
    poller.start();
    await time.advance(5_000);
    source.calls[0]?.reject(new Error("Throttling"));
    await time.advance(0);
    expect(last()).toMatchObject({
      status: "waiting",
      lastError: "Throttling",
      consecutiveErrors: 1,
      value: "PENDING_VALIDATION",
      nextReadAt: 5_000 + 10_000,
    });
    expect(last()?.lastSuccessAt).toBeUndefined();

    await time.advance(10_000);
    source.calls[1]?.reject(new Error("Throttling"));
    await time.advance(0);
    expect(last()).toMatchObject({ consecutiveErrors: 2, nextReadAt: 15_000 + 20_000 });

    await time.advance(20_000);
    source.calls[2]?.resolve("PENDING_VALIDATION");
    await time.advance(0);
    expect(last()).toMatchObject({ consecutiveErrors: 0, lastSuccessAt: 35_000 });
    expect(last()?.lastError).toBeUndefined();
  });

  it("a change resets the wait to the interval", async () => {
    const { time, source, poller, last } = setUp({ initial: "a" });
    poller.start();
    await time.advance(5_000);
    source.calls[0]?.resolve("a");
    await time.advance(0);
    await time.advance(7_500);
    source.calls[1]?.resolve("b");
    await time.advance(0);
    expect(last()).toMatchObject({ value: "b", nextReadAt: 12_500 + 5_000 });
  });

  it("gives up after the maximum duration, and pollNow starts again", async () => {
    const { time, source, poller, last } = setUp({ initial: "PENDING_VALIDATION" });
    poller.start();
    for (let i = 0; i < 100 && last()?.status !== "gave-up"; i += 1) {
      await time.advance(30_000);
      source.calls.at(-1)?.resolve("PENDING_VALIDATION");
      await time.advance(0);
    }
    expect(last()?.status).toBe("gave-up");
    const reads = source.calls.length;
    expect(time.pending()).toBe(0);

    poller.pollNow();
    expect(source.calls).toHaveLength(reads + 1);
    source.calls.at(-1)?.resolve("ISSUED");
    await time.advance(0);
    expect(last()?.status).toBe("done");
  });

  it("ignores a read that finishes after stop", async () => {
    const { time, source, poller, last } = setUp({ initial: "PENDING_VALIDATION" });
    poller.start();
    await time.advance(5_000);
    poller.stop();
    source.calls[0]?.resolve("ISSUED");
    await time.advance(60_000);
    expect(last()?.status).toBe("stopped");
    expect(last()?.value).toBe("PENDING_VALIDATION");
    expect(source.calls).toHaveLength(1);
  });

  it("does not poll a value that is already final", async () => {
    const { time, source, poller, last } = setUp({ initial: "ISSUED" });
    poller.start();
    await time.advance(60_000);
    expect(source.calls).toHaveLength(0);
    expect(last()?.status).toBe("done");
  });
});
