"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import {
  browserPollClock,
  createPoller,
  type Poller,
  type PollPolicy,
  type PollState,
} from "@/lib/polling/poller";

import { readCertificateProgressQuery } from "../actions";
import { type CertificateProgress, progressKey } from "../_lib/progress";

// ACM gives up after 72 h; a browser tab polling for more than 15 minutes is more likely forgotten than useful.
const POLICY: PollPolicy = {
  intervalMs: 5_000,
  maxIntervalMs: 60_000,
  backoff: 1.5,
  errorBackoff: 2,
  maxDurationMs: 15 * 60_000,
};

const timeOf = (at: number | undefined) => (at === undefined ? "" : new Date(at).toLocaleTimeString());

/**
 * Polls the certificate's progress (one DescribeCertificate, not the whole page) while validation is pending: one
 * read at a time with backoff (lib/polling), and `onChanged` once per change so the page re-renders from the server.
 */
function useProgressPoll(certificateArn: string, progress: CertificateProgress, onChanged: () => void) {
  const [state, setState] = useState<PollState<CertificateProgress> | undefined>();
  const poller = useRef<Poller | undefined>(undefined);
  const changed = useRef(onChanged);
  useEffect(() => {
    changed.current = onChanged;
  });

  // The effect restarts when the page shows another progress (after the refresh), not on every render.
  const shown = JSON.stringify(progress);
  useEffect(() => {
    const initial = JSON.parse(shown) as CertificateProgress;
    let shownKey = progressKey(initial);
    const next = createPoller<CertificateProgress>({
      // Awaited by the poller, so it calls the query itself rather than through useAction's fire-and-forget run.
      read: async () => {
        const result = await readCertificateProgressQuery(undefined, { certificateArn });
        if (result.status === "error") throw new Error(result.message);
        if (result.status !== "success") throw new Error("No answer from the server.");
        return result.data;
      },
      isDone: (value) => value.status !== "PENDING_VALIDATION",
      isSame: (a, b) => progressKey(a) === progressKey(b),
      initial,
      initialReadAt: Date.now(),
      onChange: (polled) => {
        setState(polled);
        if (polled.value && progressKey(polled.value) !== shownKey) {
          shownKey = progressKey(polled.value);
          changed.current();
        }
      },
      policy: POLICY,
      clock: browserPollClock,
    });
    poller.current = next;
    next.start();
    return () => next.stop();
  }, [certificateArn, shown]);

  return { state, pollNow: () => poller.current?.pollNow() };
}

/** A Refresh button; while the certificate awaits validation, also checks its status without overlapping reads. */
export function StatusRefresher({
  certificateArn,
  progress,
}: {
  certificateArn: string;
  progress: CertificateProgress;
}) {
  const router = useRouter();
  const [isRefreshing, startRefresh] = useTransition();
  const refresh = () => startRefresh(() => router.refresh());
  const { state, pollNow } = useProgressPoll(certificateArn, progress, refresh);
  const isAwaitingValidation = progress.status === "PENDING_VALIDATION";

  let note: string;
  if (!isAwaitingValidation || !state) note = `Status: ${progress.status.replaceAll("_", " ").toLowerCase()}`;
  else if (state.status === "gave-up") note = "Stopped checking after 15 minutes: Refresh to check again";
  else if (state.lastError)
    note = `Could not check (${state.lastError})${state.nextReadAt ? `; retrying at ${timeOf(state.nextReadAt)}` : ""}`;
  else if (state.status === "reading") note = "Checking the validation status…";
  else
    note = `Waiting for validation${state.nextReadAt ? `; next check at ${timeOf(state.nextReadAt)}` : ""}`;

  return (
    <div className="flex flex-wrap items-center gap-3">
      <p className="text-xs text-slate-500">
        <span className="block">{note}</span>
        {state?.lastSuccessAt !== undefined && (
          <span className="block">Last checked {timeOf(state.lastSuccessAt)}</span>
        )}
      </p>
      <Button
        variant="secondary"
        onClick={() => {
          refresh();
          if (state?.status === "gave-up") pollNow();
        }}
        disabled={isRefreshing}
      >
        {isRefreshing ? "Refreshing…" : "Refresh"}
      </Button>
    </div>
  );
}
