"use client";

import type { ResourceRecordSet } from "@/lib/records-view/types";
import { useEffect, useState } from "react";

import type { RecordSetCursorView } from "./record-types";
import { readNdjson } from "./read-ndjson";

type StreamLine = { recordSets: ResourceRecordSet[] } | { error: { code: string; message: string } };

export interface StreamedRecords {
  recordSets: ResourceRecordSet[];
  isComplete: boolean;
  error?: string;
}

/** The zone's record sets: the server-rendered first page, then the rest streamed in page by page. */
export function useStreamedRecords(
  zoneId: string,
  firstPage: ResourceRecordSet[],
  next?: RecordSetCursorView,
): StreamedRecords {
  const [state, setState] = useState<StreamedRecords>({ recordSets: firstPage, isComplete: !next });

  // The parent keys this component by zone, so the state starts fresh for each zone.
  useEffect(() => {
    if (!next) return;

    const controller = new AbortController();
    const params = new URLSearchParams({ name: next.name, type: next.type });
    if (next.identifier) params.set("identifier", next.identifier);

    const load = async () => {
      const response = await fetch(
        `/api/hosted-zones/${encodeURIComponent(zoneId)}/records?${params.toString()}`,
        {
          signal: controller.signal,
          cache: "no-store",
        },
      );
      await readNdjson<StreamLine>(response, (line) => {
        if ("error" in line) {
          setState((current) => ({ ...current, isComplete: true, error: line.error.message }));
          return;
        }
        setState((current) => ({ ...current, recordSets: current.recordSets.concat(line.recordSets) }));
      });
      setState((current) => ({ ...current, isComplete: true }));
    };
    load().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      setState((current) => ({ ...current, isComplete: true, error: `Loading stopped: ${String(error)}` }));
    });
    return () => controller.abort();
  }, [zoneId, next]);

  return state;
}
