"use client";

import { useMemo, useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import type { CountryFill, MapMarker, MapPick } from "@/components/world-map/lazy-world-map";
import { LazyWorldMap } from "@/components/world-map/lazy-world-map";
import { COUNTRIES, countryByAlpha2, usStateByCode } from "@/lib/geo";
import type { ResolveInput } from "@/lib/routing";
import { clientAtPick } from "@/lib/simulator/locations";
import type { CountryAnswer, LegendEntry } from "@/lib/simulator/map-colours";
import { areaFill, legendOf, percent, wholePercent } from "@/lib/simulator/map-colours";
import type { RecordLocation } from "@/lib/simulator/markers";
import { resolveOne } from "@/lib/simulator/sample";

import { AnswerView } from "./answer-view";

const BY_NAME = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name));

export interface MapSide {
  input: Omit<ResolveInput, "client" | "random">;
  answers: Record<string, CountryAnswer>;
  /** Per US state, when some state gets another answer than the whole country: the map then draws the states. */
  stateAnswers?: Record<string, CountryAnswer>;
  locations: RecordLocation[];
}

/** The world coloured by answer, before and after the draft, with the answer for any clicked point. */
export function MapPanel({
  before,
  after,
  colours,
  isLocationBased,
}: {
  before: MapSide;
  after: MapSide | undefined;
  colours: Record<string, string>;
  isLocationBased: boolean;
}) {
  const [pick, setPick] = useState<MapPick>();

  const picked = useMemo(() => {
    if (!pick) return undefined;
    const { client, where } = clientAtPick(pick);
    return {
      where,
      before: resolveOne({ ...before.input, client }),
      after: after ? resolveOne({ ...after.input, client }) : undefined,
    };
  }, [pick, before.input, after]);

  return (
    <Card
      title="Who gets which answer"
      actions={
        !isLocationBased ? (
          <span className="text-xs text-slate-500">
            This policy does not depend on location: every country gets the same answer or mix.
          </span>
        ) : undefined
      }
    >
      <div className={after ? "grid gap-6 xl:grid-cols-2" : ""}>
        <MapWithLegend
          label={after ? "Before — current zone" : "Current zone"}
          side={before}
          colours={colours}
          pick={pick}
          onPick={setPick}
        />
        {after && (
          <MapWithLegend
            label="After — draft, not applied"
            side={after}
            colours={colours}
            pick={pick}
            onPick={setPick}
            isDraft
          />
        )}
      </div>

      <div className="mt-4 flex flex-wrap items-end gap-4 border-t border-slate-100 pt-4">
        <SelectField
          id="sim-inspect-country"
          label="Inspect a country"
          hint="Or click any point on the map."
          className="max-w-full"
          value={pick?.subdivisionCode ? "" : (pick?.countryCode ?? "")}
          onChange={(event) => {
            const country = countryByAlpha2(event.target.value);
            if (country)
              setPick({
                latitude: country.latitude,
                longitude: country.longitude,
                countryCode: country.alpha2,
              });
          }}
        >
          <option value="">Choose a country…</option>
          {BY_NAME.map((country) => (
            <option key={country.alpha2} value={country.alpha2}>
              {country.name} ({country.alpha2})
            </option>
          ))}
        </SelectField>
      </div>

      {picked && (
        <section aria-label="Answer for the picked location" className="mt-4">
          <h3 className="mb-2 text-sm font-semibold text-slate-800">Answer for {picked.where}</h3>
          <div className={picked.after ? "grid gap-4 lg:grid-cols-2" : ""}>
            <AnswerView
              heading={picked.after ? "Before — current zone" : "Current zone"}
              result={picked.before}
            />
            {picked.after && <AnswerView heading="After — draft" result={picked.after} isDraft />}
          </div>
        </section>
      )}
    </Card>
  );
}

function fillsOf(
  answers: Record<string, CountryAnswer>,
  colours: Record<string, string>,
  nameOf: (code: string) => string,
) {
  const out: Record<string, CountryFill> = {};
  for (const [code, answer] of Object.entries(answers)) out[code] = areaFill(nameOf(code), answer, colours);
  return out;
}

function MapWithLegend({
  label,
  side,
  colours,
  pick,
  onPick,
  isDraft = false,
}: {
  label: string;
  side: MapSide;
  colours: Record<string, string>;
  pick: MapPick | undefined;
  onPick: (pick: MapPick) => void;
  isDraft?: boolean;
}) {
  const fills = useMemo(
    () => fillsOf(side.answers, colours, (code) => countryByAlpha2(code)?.name ?? code),
    [side.answers, colours],
  );
  const stateFills = useMemo(
    () =>
      side.stateAnswers
        ? fillsOf(side.stateAnswers, colours, (code) => usStateByCode(code)?.name ?? code)
        : undefined,
    [side.stateAnswers, colours],
  );

  const markers = useMemo(
    (): MapMarker[] =>
      side.locations.map((location) => ({
        ...location,
        label: location.setIdentifier,
        colour: colours[location.setIdentifier] ?? "#64748B",
      })),
    [side.locations, colours],
  );

  const legend = useMemo(() => legendOf(side.answers, colours), [side.answers, colours]);
  const stateLegend = useMemo(
    () => (side.stateAnswers ? legendOf(side.stateAnswers, colours) : undefined),
    [side.stateAnswers, colours],
  );

  return (
    <figure className="min-w-0">
      <figcaption className="mb-2 flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-800">
        {label}
        {isDraft && <Badge tone="amber">Draft — not applied</Badge>}
      </figcaption>
      <div className="overflow-hidden rounded-md border border-slate-200">
        <LazyWorldMap
          label={`World map, ${label}`}
          fills={fills}
          stateFills={stateFills}
          markers={markers}
          pick={pick}
          onPick={onPick}
        />
      </div>
      <Legend label={`Legend, ${label}`} entries={legend} unit={["country", "countries"]} />
      {stateLegend && (
        <Legend label={`US states legend, ${label}`} entries={stateLegend} unit={["US state", "US states"]} />
      )}
    </figure>
  );
}

function Swatch({ colour, isMixed = false }: { colour: string; isMixed?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-3 shrink-0 rounded-sm ring-1 ring-slate-300"
      style={{
        backgroundColor: colour,
        backgroundImage: isMixed
          ? "repeating-linear-gradient(45deg, rgb(255 255 255 / 0.6) 0 1.5px, transparent 1.5px 4px)"
          : undefined,
      }}
    />
  );
}

/** Each fixed answer with its colour and places; each mix drawn neutral, with every answer's colour and share. */
function Legend({ label, entries, unit }: { label: string; entries: LegendEntry[]; unit: [string, string] }) {
  const places = (count: number): string => `${count} ${count === 1 ? unit[0] : unit[1]}`;
  return (
    <ul aria-label={label} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {entries.map((entry) =>
        entry.isMixed ? (
          <li key={entry.key} className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
            <Swatch colour={entry.colour} isMixed />
            <span>Mix of answers:</span>
            {entry.parts.map((part) => (
              <span key={part.outcome} className="flex items-center gap-1">
                <Swatch colour={part.colour} />
                <span className="font-mono">{part.outcome}</span>
                <span>{wholePercent(part.share)}</span>
              </span>
            ))}
            <span className="text-slate-500">
              of queries · {places(entry.countries)} ({percent(entry.share, 1)})
            </span>
          </li>
        ) : (
          <li key={entry.key} className="flex items-center gap-1.5">
            <Swatch colour={entry.colour} />
            <span className="font-mono">{entry.key}</span>
            <span className="text-slate-500">
              {places(entry.countries)} ({percent(entry.share, 1)})
            </span>
          </li>
        ),
      )}
    </ul>
  );
}
