"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import type { DistributionResult, ResolveInput } from "@/lib/routing";

import type { DistributionRequest, DistributionResponse } from "./distribution-protocol";

export type DistributionState =
  | { status: "idle" }
  | { status: "running"; n: number; previous?: DistributionResult }
  | { status: "done"; result: DistributionResult }
  | { status: "error"; message: string };

/**
 * Distributions computed in a Web Worker. A new run replaces one still in flight: the busy worker is terminated rather
 * than left to finish a million queries nobody will read.
 */
export function useDistribution(): [
  DistributionState,
  (input: Omit<ResolveInput, "random">, n: number) => void,
] {
  const [state, setState] = useState<DistributionState>({ status: "idle" });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const nextId = useRef(0);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const run = useCallback((input: Omit<ResolveInput, "random">, n: number) => {
    if (busy.current) {
      worker.current?.terminate();
      worker.current = null;
    }
    if (!worker.current) {
      const created = new Worker(new URL("./distribution.worker.ts", import.meta.url));
      created.onmessage = (event: MessageEvent<DistributionResponse>) => {
        if (event.data.id !== nextId.current) return;
        busy.current = false;
        const data = event.data;
        setState(
          data.ok ? { status: "done", result: data.result } : { status: "error", message: data.message },
        );
      };
      created.onerror = (event) => {
        busy.current = false;
        setState({ status: "error", message: event.message || "The simulation worker failed." });
      };
      worker.current = created;
    }

    const id = ++nextId.current;
    busy.current = true;
    setState((previous) => ({
      status: "running",
      n,
      previous:
        previous.status === "done"
          ? previous.result
          : previous.status === "running"
            ? previous.previous
            : undefined,
    }));
    const request: DistributionRequest = { id, input, n, seed: 1 };
    worker.current.postMessage(request);
  }, []);

  return [state, run];
}
