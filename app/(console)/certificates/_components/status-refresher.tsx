"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";

import { Button } from "@/components/ui/button";

const POLL_MS = 5_000;
// ACM gives up after 72 h; a browser tab polling for more than 15 minutes is more likely forgotten than useful.
const POLL_LIMIT_MS = 15 * 60_000;

/** A Refresh button; while the certificate awaits validation, also re-reads the page every 5 s. */
export function StatusRefresher({ isPending: isAwaitingValidation, status }: { isPending: boolean; status: string }) {
  const router = useRouter();
  const [isRefreshing, startRefresh] = useTransition();
  const [checkedAt, setCheckedAt] = useState<string>();
  const [startedAt] = useState(() => Date.now());

  const refresh = () =>
    startRefresh(() => {
      router.refresh();
      setCheckedAt(new Date().toLocaleTimeString());
    });

  useEffect(() => {
    if (!isAwaitingValidation) return;
    const timer = setInterval(() => {
      if (Date.now() - startedAt > POLL_LIMIT_MS) return;
      startRefresh(() => {
        router.refresh();
        setCheckedAt(new Date().toLocaleTimeString());
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [isAwaitingValidation, router, startedAt]);

  return (
    <div className="flex items-center gap-3">
      <p aria-live="polite" className="text-xs text-slate-500">
        {isAwaitingValidation ? "Checking every 5 s while validation is pending" : `Status: ${status.replaceAll("_", " ").toLowerCase()}`}
        {checkedAt ? ` · last checked ${checkedAt}` : ""}
      </p>
      <Button variant="secondary" onClick={refresh} disabled={isRefreshing}>
        {isRefreshing ? "Refreshing…" : "Refresh"}
      </Button>
    </div>
  );
}
