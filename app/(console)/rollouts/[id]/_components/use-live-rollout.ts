"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";

import { isActiveStatus } from "@/lib/rollouts/types";
import {
  browserPollClock,
  createPoller,
  type Poller,
  type PollPolicy,
  type PollState,
} from "@/lib/polling/poller";

import { readLiveRolloutQuery } from "../../actions";
import type { LiveRollout } from "../../_lib/live";

// The store is local (no AWS call per read): poll often while the rollout runs, stop once it has ended.
const POLICY: PollPolicy = {
  intervalMs: 2_000,
  maxIntervalMs: 10_000,
  backoff: 1.2,
  errorBackoff: 2,
  maxDurationMs: 24 * 3_600_000,
};

const versionOf = (live: LiveRollout) => `${live.rollout.version}:${live.samples.length}`;

/** The rollout as the server last read it, polled without overlapping reads; `pollNow` after a command. */
export function useLiveRollout(initial: LiveRollout) {
  const [state, setState] = useState<PollState<LiveRollout>>({
    status: "waiting",
    value: initial,
    consecutiveErrors: 0,
  });
  // How far the browser's clock is ahead of the server's, measured when a read arrives.
  const [clockOffsetMs, setClockOffsetMs] = useState(0);
  const poller = useRef<Poller | undefined>(undefined);

  useEffect(() => {
    let lastSuccessAt: number | undefined;
    const next = createPoller<LiveRollout>({
      read: async () => {
        const result = await readLiveRolloutQuery(undefined, { id: initial.rollout.id });
        if (result.status === "error") throw new Error(result.message);
        if (result.status !== "success") throw new Error("No answer from the server.");
        return result.data;
      },
      isDone: (value) => !isActiveStatus(value.rollout.status) && value.rollout.pendingWrite === null,
      isSame: (a, b) => versionOf(a) === versionOf(b),
      initial,
      initialReadAt: Date.now(),
      onChange: (polled) => {
        setState(polled);
        if (polled.value && polled.lastSuccessAt !== undefined && polled.lastSuccessAt !== lastSuccessAt) {
          lastSuccessAt = polled.lastSuccessAt;
          setClockOffsetMs(polled.lastSuccessAt - Date.parse(polled.value.readAt));
        }
      },
      policy: POLICY,
      clock: browserPollClock,
    });
    poller.current = next;
    next.start();
    return () => next.stop();
  }, [initial]);

  return {
    live: state.value ?? initial,
    poll: state,
    clockOffsetMs,
    pollNow: () => poller.current?.pollNow(),
  };
}

function subscribeToSeconds(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, 1_000);
  return () => window.clearInterval(timer);
}

/**
 * The browser's clock in whole seconds (as ms), ticking every second; null while rendering on the server, so a
 * countdown never renders one time on the server and another in the browser (a hydration mismatch).
 */
export function useNow(): number | null {
  return useSyncExternalStore(
    subscribeToSeconds,
    () => Math.floor(Date.now() / 1000) * 1000,
    () => null,
  );
}
