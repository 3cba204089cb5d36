// The controller of this Node process: started once (Next's instrumentation hook calls startRolloutController),
// ticking every ROUTEBOARD_ROLLOUT_TICK_MS (default 5 s).

import { randomUUID } from "node:crypto";
import os from "node:os";

import { awsRolloutPorts } from "./aws-ports";
import { rolloutStore } from "./index";
import { RolloutRunner } from "./runner";

const DEFAULT_TICK_MS = 5_000;
const MIN_TICK_MS = 100;

/** The tick interval from ROUTEBOARD_ROLLOUT_TICK_MS (milliseconds), default 5 s. */
export function rolloutTickMs(env: Record<string, string | undefined> = process.env): number {
  const raw = Number(env.ROUTEBOARD_ROLLOUT_TICK_MS);
  return Number.isFinite(raw) && raw >= MIN_TICK_MS ? Math.round(raw) : DEFAULT_TICK_MS;
}

// On globalThis so that a module loaded twice (Next bundles server code per runtime/route) still shares one loop.
const KEY = Symbol.for("routeboard.rolloutController");
const SIGNALS_KEY = Symbol.for("routeboard.rolloutController.signals");
type Holder = { [KEY]?: RolloutRunner; [SIGNALS_KEY]?: boolean };
const holder = globalThis as Holder;

/** Starts this process's rollout controller; calling it again does nothing. */
export function startRolloutController(): RolloutRunner {
  const existing = holder[KEY];
  if (existing) return existing;

  const runner = new RolloutRunner({
    store: rolloutStore(),
    ports: awsRolloutPorts(),
    holderId: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    tickMs: rolloutTickMs(),
  });
  holder[KEY] = runner;
  runner.start();
  stopOnSignals();
  return runner;
}

/** On SIGTERM / SIGINT, release the leases first; registered once per process. */
function stopOnSignals(): void {
  if (holder[SIGNALS_KEY]) return;
  holder[SIGNALS_KEY] = true;
  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const) {
    process.once(signal, () => {
      // Release the leases, then leave exiting to whoever else listens (Next's server does); exit if nobody does.
      void stopRolloutController().finally(() => {
        if (process.listenerCount(signal) === 0) process.exit(code);
      });
    });
  }
}

/** Stops the loop after the tick in flight and releases its leases (another process takes over at once). */
export async function stopRolloutController(): Promise<void> {
  const runner = holder[KEY];
  holder[KEY] = undefined;
  await runner?.stop();
}

/** Runs a tick now, if the controller runs in this process (after an operator command). */
export function wakeRolloutController(): void {
  holder[KEY]?.wake();
}
