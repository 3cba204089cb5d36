"use client";

import { useMemo, useState } from "react";

import { Badge } from "@/components/ui/badge";
import { SelectField } from "@/components/ui/field";
import { AWS_REGIONS, estimateLatencyMs, greatCircleKm } from "@/lib/routing";
import type { ResolveInput, ResourceRecordSet } from "@/lib/routing";
import { carryLinks } from "@/lib/simulator/carry";
import { describeChange, isLocationBased, isMixPolicy, policyHint } from "@/lib/simulator/describe";
import { createDraft, draftChanges } from "@/lib/simulator/draft";
import { clientFor } from "@/lib/simulator/locations";
import { mapAnswers, outcomeColours, outcomesOf } from "@/lib/simulator/map-colours";
import { recordLocations } from "@/lib/simulator/markers";
import type { RoutedName, SimulatorTarget } from "@/lib/simulator/records";
import { groupKey, groupRecords, healthTargets, latencyRegions, policyOf } from "@/lib/simulator/records";
import { resolveOne } from "@/lib/simulator/sample";

import { DistributionPanel } from "./distribution-panel";
import { DraftBanner, DraftEditor } from "./draft-editor";
import { MapPanel } from "./map-panel";
import type { TesterState } from "./query-tester";
import { QueryTester } from "./query-tester";

/** The routing simulator for one zone: record picker, draft, map, query tester and distribution. */
export function Simulator({
  zoneId,
  recordSets,
  names,
  initial,
  notice,
}: {
  zoneId: string;
  recordSets: ResourceRecordSet[];
  names: RoutedName[];
  initial: RoutedName;
  /** Why the simulator shows what it shows when that is not what was asked for (a simple record, a missing one). */
  notice?: SimulatorTarget["notice"];
}) {
  const [selected, setSelected] = useState(initial);
  const [draft, setDraft] = useState(() => createDraft(recordSets));
  const [tester, setTester] = useState<TesterState>({
    location: { mode: "country", country: "US" },
    resolverRegion: "us-east-1",
    unhealthy: [],
    latencyMs: {},
  });

  const { name, type } = selected;
  const query = useMemo(() => ({ name, type }), [name, type]);
  const policy = useMemo(() => {
    const first = groupRecords(recordSets, name, type)[0];
    return first ? policyOf(first) : selected.policy;
  }, [recordSets, name, type, selected.policy]);

  const changes = useMemo(() => draftChanges(recordSets, draft, name, type), [recordSets, draft, name, type]);
  const hasDraft = changes.length > 0;
  const links = useMemo(
    () => carryLinks(zoneId, name, type, draft.recordSets, changes),
    [zoneId, name, type, draft.recordSets, changes],
  );

  // What is failing: the tester's overrides everywhere, plus what the draft marks failing on the draft side.
  const afterUnhealthy = useMemo(
    () => [...new Set([...tester.unhealthy, ...draft.unhealthy])],
    [tester.unhealthy, draft.unhealthy],
  );

  const beforeMap = useMemo(
    () => ({ recordSets, query, unhealthy: tester.unhealthy }),
    [recordSets, query, tester.unhealthy],
  );
  const afterMap = useMemo(
    () => (hasDraft ? { recordSets: draft.recordSets, query, unhealthy: afterUnhealthy } : undefined),
    [hasDraft, draft.recordSets, query, afterUnhealthy],
  );
  const before = useMemo(() => mapAnswers(beforeMap), [beforeMap]);
  const after = useMemo(() => (afterMap ? mapAnswers(afterMap) : undefined), [afterMap]);

  const colours = useMemo(() => {
    const ids = [
      ...groupRecords(recordSets, name, type),
      ...groupRecords(draft.recordSets, name, type),
    ].flatMap((record) => (record.SetIdentifier ? [record.SetIdentifier] : []));
    const outcomes = [before, after].flatMap((side) =>
      side ? [...outcomesOf(side.answers), ...outcomesOf(side.stateAnswers ?? {})] : [],
    );
    return outcomeColours([...new Set(ids)], outcomes);
  }, [recordSets, draft.recordSets, name, type, before, after]);

  const located = useMemo(
    () => clientFor(tester.location, tester.resolverRegion),
    [tester.location, tester.resolverRegion],
  );
  const beforeQuery = useMemo(
    (): Omit<ResolveInput, "random"> => ({
      recordSets,
      query,
      client: located.client,
      unhealthy: tester.unhealthy,
      latencyMs: tester.latencyMs,
    }),
    [recordSets, query, located.client, tester.unhealthy, tester.latencyMs],
  );
  const afterQuery = useMemo(
    (): Omit<ResolveInput, "random"> | undefined =>
      hasDraft
        ? {
            recordSets: draft.recordSets,
            query,
            client: located.client,
            unhealthy: afterUnhealthy,
            latencyMs: tester.latencyMs,
          }
        : undefined,
    [hasDraft, draft.recordSets, query, located.client, afterUnhealthy, tester.latencyMs],
  );
  const beforeAnswer = useMemo(() => resolveOne(beforeQuery), [beforeQuery]);
  const afterAnswer = useMemo(() => (afterQuery ? resolveOne(afterQuery) : undefined), [afterQuery]);

  const targets = useMemo(() => healthTargets(recordSets, name, type), [recordSets, name, type]);
  const regions = useMemo(
    () => latencyRegions(groupRecords(draft.recordSets, name, type)),
    [draft.recordSets, name, type],
  );
  const estimated = useMemo(() => {
    const out: Record<string, number> = {};
    for (const region of regions) {
      const at = AWS_REGIONS[region];
      if (at)
        out[region] = estimateLatencyMs(
          greatCircleKm(located.client.latitude, located.client.longitude, at.latitude, at.longitude),
        );
    }
    return out;
  }, [regions, located.client]);

  const beforeLocations = useMemo(
    () => recordLocations(groupRecords(recordSets, name, type)),
    [recordSets, name, type],
  );
  const afterLocations = useMemo(
    () => recordLocations(groupRecords(draft.recordSets, name, type)),
    [draft.recordSets, name, type],
  );

  const isSimple = policy === "simple";
  const shownNotice =
    notice && groupKey(name, type) === groupKey(initial.name, initial.type) ? notice : undefined;

  const choose = (key: string): void => {
    const next = names.find((entry) => groupKey(entry.name, entry.type) === key);
    if (!next) return;
    setSelected(next);
    const params = new URLSearchParams({ zone: zoneId, name: next.name, type: next.type });
    window.history.replaceState(null, "", `?${params.toString()}`);
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <SelectField
          id="sim-record"
          label="Record"
          className="min-w-72"
          value={groupKey(name, type)}
          onChange={(event) => choose(event.target.value)}
        >
          {names.map((entry) => (
            <option key={groupKey(entry.name, entry.type)} value={groupKey(entry.name, entry.type)}>
              {entry.name} {entry.type} — {entry.policy} ({entry.recordCount})
            </option>
          ))}
        </SelectField>
        <div className="flex items-center gap-2 pb-1.5 text-sm text-slate-600">
          <Badge tone="blue">{policy}</Badge>
          <span>{policyHint(policy)}</span>
        </div>
      </div>

      {shownNotice && (
        <p
          role="note"
          className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-2.5 text-sm text-sky-900"
        >
          {shownNotice.text}
        </p>
      )}

      {isSimple ? null : hasDraft ? (
        <DraftBanner
          changes={changes.map((change) => ({ text: describeChange(change) }))}
          links={links}
          onDiscard={() => setDraft(createDraft(recordSets))}
        />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-2.5 text-sm text-slate-600">
          Edit weights, bias or health in the what-if draft, or add and remove records, to compare before and
          after. Nothing is sent to AWS.
        </p>
      )}

      <MapPanel
        before={{ input: beforeMap, ...before, locations: beforeLocations }}
        after={afterMap && after ? { input: afterMap, ...after, locations: afterLocations } : undefined}
        colours={colours}
        isLocationBased={isLocationBased(policy)}
      />

      {!isSimple && (
        <div className="grid gap-6 xl:grid-cols-2">
          <DraftEditor draft={draft} onChange={setDraft} name={name} type={type} policy={policy} />
          {isMixPolicy(policy) ? (
            <DistributionPanel before={beforeQuery} after={afterQuery} colours={colours} />
          ) : (
            <HowItDecides />
          )}
        </div>
      )}

      <QueryTester
        state={tester}
        onChange={setTester}
        healthTargets={targets}
        latencyRegions={regions}
        estimatedLatencyMs={estimated}
        description={located.description}
        before={beforeAnswer}
        after={afterAnswer}
      />

      {(isSimple || isMixPolicy(policy)) && <HowItDecides />}
    </div>
  );
}

/** How the simulator decides, stated so an operator can check it against the Route 53 Developer Guide. */
function HowItDecides() {
  return (
    <section
      aria-label="How the simulator decides"
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm"
    >
      <h2 className="text-sm font-semibold text-slate-800">How the simulator decides</h2>
      <ul className="mt-2 list-disc space-y-1.5 pl-5">
        <li>
          Geoproximity: biased distance = distance × (1 − bias / 100), as in the current Route 53 Developer
          Guide (150 km with bias +50 → 75 km; with −50 → 225 km).
        </li>
        <li>
          Latency: a Region without a measured value is estimated from great-circle distance (about 1.5× the
          great circle in fibre, plus a few ms).
        </li>
        <li>
          Geolocation uses the EDNS client subnet&apos;s location when the resolver sends one, else the
          resolver&apos;s.
        </li>
        <li>
          Countries and US states are coloured from a representative point. Where a client gets a mix of
          answers (weighted, multivalue) the area is drawn in a neutral hatch and the legend gives each
          answer&apos;s share of queries.
        </li>
        <li>US states are drawn when one of them gets another answer than the United States as a whole.</li>
        <li>
          Health follows Route 53: an unhealthy record is skipped; when nothing is healthy, all are treated as
          healthy.
        </li>
      </ul>
    </section>
  );
}
