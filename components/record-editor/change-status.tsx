"use client";

import { useEffect, useState } from "react";

import { Badge } from "@/components/ui/badge";

const POLL_MS = 2_000;

/** A Route 53 change's propagation, polled every 2 s from PENDING until INSYNC (usually within 60 s). */
export function ChangeStatus({ changeId, initialStatus }: { changeId: string; initialStatus: string }) {
  const [status, setStatus] = useState(initialStatus);
  const [problem, setProblem] = useState<string | undefined>();
  const [polls, setPolls] = useState(0);

  useEffect(() => {
    if (status === "INSYNC") return;
    let isCancelled = false;
    const timer = setTimeout(() => {
      fetch(`/api/route53/changes/${encodeURIComponent(changeId)}`, { cache: "no-store" })
        .then((response) => response.json() as Promise<{ status?: string; error?: { message: string } }>)
        .then((body) => {
          if (isCancelled) return;
          if (body.status) setStatus(body.status);
          setProblem(body.status ? undefined : (body.error?.message ?? "Could not read the change status."));
        })
        .catch(() => {
          if (!isCancelled) setProblem("Could not reach the console to read the change status.");
        })
        .finally(() => {
          if (!isCancelled) setPolls((count) => count + 1);
        });
    }, POLL_MS);
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
  }, [changeId, status, polls]);

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-mono text-xs">{changeId}</span>
      <Badge tone={status === "INSYNC" ? "green" : "amber"}>
        {status === "INSYNC" ? "INSYNC — on every Route 53 name server" : `${status} — propagating`}
      </Badge>
      {problem && <span className="text-xs text-red-700">{problem}</span>}
    </span>
  );
}
