"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import Link from "next/link";
import { useDeferredValue, useMemo, useRef, useState } from "react";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { filterRows, type RecordFilter } from "@/lib/records-view/filter-rows";
import {
  ROUTING_POLICIES,
  toRecordRow,
  type RecordRow,
  type RoutingPolicy,
} from "@/lib/records-view/record-row";
import type { ResourceRecordSet } from "@/lib/records-view/types";
import { newRolloutHref } from "@/lib/rollouts/planner-target";

import type { RecordSetCursorView } from "./record-types";
import { useStreamedRecords } from "./use-streamed-records";

const ROW_HEIGHT = 40;

const POLICY_TONES: Record<RoutingPolicy, BadgeTone> = {
  simple: "gray",
  weighted: "blue",
  failover: "red",
  geolocation: "green",
  geoproximity: "violet",
  latency: "amber",
  multivalue: "gray",
  cidr: "gray",
};

const COLUMNS =
  "grid grid-cols-[minmax(12rem,2fr)_4rem_7rem_minmax(12rem,1.6fr)_4.5rem_minmax(18rem,3fr)_6rem] gap-3";
// The columns' minimum widths (65.5rem) + six gaps (4.5rem) + the row's padding (2rem): narrower, the box scrolls.
const TABLE_MIN_WIDTH = "min-w-[72rem]";

function ValueCell({ row }: { row: RecordRow }) {
  if (row.alias) {
    return (
      <span className="truncate" title={`Alias to ${row.alias.dnsName} (zone ${row.alias.hostedZoneId})`}>
        <Badge tone="violet">alias</Badge> <span className="font-mono text-xs">{row.alias.dnsName}</span>
        {row.alias.evaluateTargetHealth && (
          <span className="ml-1 text-xs text-slate-500">(evaluates health)</span>
        )}
      </span>
    );
  }
  const text = row.values.join("  ·  ");
  return (
    <span className="truncate font-mono text-xs" title={row.values.join("\n")}>
      {text}
    </span>
  );
}

export function RecordsTable({
  zoneId,
  firstPage,
  next,
  totalHint,
  actions,
  editHrefBase,
  canEdit = true,
  canStartRollouts = true,
}: {
  zoneId: string;
  firstPage: ResourceRecordSet[];
  next?: RecordSetCursorView;
  totalHint?: number;
  actions?: (row: RecordRow) => React.ReactNode;
  /** When set, each row links to `${editHrefBase}?key=<row key>` and to the simulator (server components can't pass `actions`). */
  editHrefBase?: string;
  /** False for a user who may not change DNS: no Edit links (the server refuses the change anyway). */
  canEdit?: boolean;
  /** False for a user who may not run rollouts: no "Start rollout" links. */
  canStartRollouts?: boolean;
}) {
  const { recordSets, isComplete, error } = useStreamedRecords(zoneId, firstPage, next);
  const rows = useMemo(() => recordSets.map(toRecordRow), [recordSets]);
  const types = useMemo(() => Array.from(new Set(rows.map((row) => row.type))).sort(), [rows]);

  const [filter, setFilter] = useState<RecordFilter>({ text: "" });
  const deferredFilter = useDeferredValue(filter);
  const visible = useMemo(() => filterRows(rows, deferredFilter), [rows, deferredFilter]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the virtualiser we chose; its API returns functions by design.
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Record filters">
        <TextField
          id="record-filter"
          label="Filter records"
          type="search"
          placeholder="name, value, set identifier, health check…"
          value={filter.text}
          onChange={(event) => setFilter((current) => ({ ...current, text: event.target.value }))}
          className="min-w-64 flex-1"
        />
        <SelectField
          id="record-type-filter"
          label="Type"
          value={filter.type ?? ""}
          onChange={(event) =>
            setFilter((current) => ({ ...current, type: event.target.value || undefined }))
          }
        >
          <option value="">All types</option>
          {types.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </SelectField>
        <SelectField
          id="record-policy-filter"
          label="Routing policy"
          value={filter.policy ?? ""}
          onChange={(event) =>
            setFilter((current) => ({
              ...current,
              policy: (event.target.value || undefined) as RoutingPolicy | undefined,
            }))
          }
        >
          <option value="">All policies</option>
          {ROUTING_POLICIES.map((policy) => (
            <option key={policy}>{policy}</option>
          ))}
        </SelectField>
        <SelectField
          id="record-health-filter"
          label="Health check"
          value={filter.health ?? ""}
          onChange={(event) =>
            setFilter((current) => ({
              ...current,
              health: (event.target.value || undefined) as RecordFilter["health"],
            }))
          }
        >
          <option value="">Any</option>
          <option value="with">With a health check</option>
          <option value="without">Without</option>
        </SelectField>
      </div>

      <p role="status" aria-live="polite" className="text-sm text-slate-600">
        {visible.length === rows.length
          ? `${rows.length.toLocaleString("en-US")} record sets`
          : `${visible.length.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} record sets match`}
        {!isComplete &&
          ` — loading more${totalHint ? ` (of about ${totalHint.toLocaleString("en-US")})` : ""}…`}
      </p>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}

      {/* One scroll box for header and rows, so they scroll sideways together (the header sticks on top); the grid
          keeps its columns' minimum widths, so nothing is clipped on a narrow screen. */}
      <div
        role="table"
        aria-label="Record sets"
        aria-rowcount={visible.length + 1}
        className="overflow-hidden rounded-lg border border-slate-200 bg-white"
      >
        <div
          ref={scrollRef}
          className="h-[62vh] overflow-auto overscroll-x-contain"
          tabIndex={0}
          aria-label="Record sets, scrollable"
        >
          <div className={TABLE_MIN_WIDTH}>
            <div role="rowgroup" className="sticky top-0 z-10">
              <div
                role="row"
                className={`${COLUMNS} border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs font-medium tracking-wide text-slate-500 uppercase`}
              >
                <span role="columnheader">Name</span>
                <span role="columnheader">Type</span>
                <span role="columnheader">Policy</span>
                <span role="columnheader">Policy details</span>
                <span role="columnheader">TTL</span>
                <span role="columnheader">Value / alias target</span>
                <span role="columnheader">Health check</span>
              </div>
            </div>
            <div role="rowgroup">
              {visible.length === 0 ? (
                <p className="px-4 py-10 text-center text-sm text-slate-500">
                  {rows.length === 0 ? "This zone has no records yet." : "No record matches this filter."}
                </p>
              ) : (
                <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
                  {virtualizer.getVirtualItems().map((item) => {
                    const row = visible[item.index];
                    if (!row) return null;
                    const previous = visible[item.index - 1];
                    const isGroupContinuation = previous?.name === row.name && previous.type === row.type;
                    return (
                      <div
                        key={row.key}
                        role="row"
                        aria-rowindex={item.index + 2}
                        className={`${COLUMNS} absolute inset-x-0 items-center px-4 text-sm ${isGroupContinuation ? "" : "border-t border-slate-100"}`}
                        style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                      >
                        <span role="cell" className="truncate font-medium" title={row.name}>
                          {isGroupContinuation ? (
                            <span className="pl-3 text-slate-400" aria-label={row.name}>
                              ↳
                            </span>
                          ) : (
                            row.name
                          )}
                        </span>
                        <span role="cell" className="font-mono text-xs">
                          {row.type}
                        </span>
                        <span role="cell">
                          <Badge tone={POLICY_TONES[row.policy]}>{row.policy}</Badge>
                        </span>
                        <span role="cell" className="truncate text-xs" title={row.policyDetail}>
                          {row.setIdentifier && (
                            <span className="font-mono text-slate-700">{row.setIdentifier}</span>
                          )}
                          {row.setIdentifier && row.policyDetail && " · "}
                          {row.policyDetail}
                        </span>
                        <span role="cell" className="text-xs tabular-nums">
                          {row.ttl ?? "—"}
                        </span>
                        <span role="cell" className="flex min-w-0 items-center gap-2">
                          <ValueCell row={row} />
                          {actions?.(row)}
                          {editHrefBase && (
                            <span className="ml-auto flex shrink-0 gap-2 text-xs">
                              {canEdit && (
                                <Link
                                  className="text-sky-800 underline"
                                  href={`${editHrefBase}?key=${encodeURIComponent(row.key)}`}
                                  aria-label={`Edit ${row.type} ${row.name}${row.setIdentifier ? ` ${row.setIdentifier}` : ""}`}
                                >
                                  Edit
                                </Link>
                              )}
                              <Link
                                className="text-sky-800 underline"
                                href={`/simulator?zone=${encodeURIComponent(zoneId)}&name=${encodeURIComponent(row.name)}&type=${encodeURIComponent(row.type)}`}
                                aria-label={`Open ${row.type} ${row.name} in the simulator`}
                              >
                                Simulate
                              </Link>
                              {canStartRollouts && row.policy === "weighted" && !isGroupContinuation && (
                                <Link
                                  className="text-sky-800 underline"
                                  href={newRolloutHref({
                                    kind: "route53-weighted",
                                    zoneId,
                                    name: row.name,
                                    type: row.type,
                                  })}
                                  aria-label={`Start rollout on ${row.type} ${row.name}`}
                                >
                                  Start rollout
                                </Link>
                              )}
                            </span>
                          )}
                        </span>
                        <span role="cell" className="truncate font-mono text-xs" title={row.healthCheckId}>
                          {row.healthCheckId ? row.healthCheckId.slice(0, 8) : "—"}
                        </span>
                      </div>
                    );
                  })}
                </div>
              )}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
