"use client";

import { useMemo, useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import type { CountryFill, MapMarker, MapPick } from "@/components/world-map/lazy-world-map";
import { LazyWorldMap } from "@/components/world-map/lazy-world-map";
import { COUNTRIES, countryByAlpha2 } from "@/lib/geo";
import { resolve } from "@/lib/routing";
import type { ResolveInput } from "@/lib/routing";
import { formatLatLon, nearestCountryCode } from "@/lib/simulator/locations";
import type { CountryAnswer } from "@/lib/simulator/map-colours";
import { legendOf, percent } from "@/lib/simulator/map-colours";
import type { RecordLocation } from "@/lib/simulator/markers";

import { AnswerView } from "./answer-view";

const BY_NAME = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name));

export interface MapSide {
  input: Omit<ResolveInput, "client" | "random">;
  answers: Record<string, CountryAnswer>;
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
    const code = pick.countryCode ?? nearestCountryCode(pick.latitude, pick.longitude);
    const country = code ? countryByAlpha2(code) : undefined;
    const client: ResolveInput["client"] = {
      latitude: pick.latitude,
      longitude: pick.longitude,
      countryCode: country?.alpha2,
      continentCode: country?.continent,
    };
    const where = `${country ? `${country.name}${pick.countryCode ? "" : " (nearest country)"}` : "Unknown country"} at ${formatLatLon(pick.latitude, pick.longitude)}`;
    return {
      where,
      before: resolve({ ...before.input, client }),
      after: after ? resolve({ ...after.input, client }) : undefined,
    };
  }, [pick, before.input, after]);

  return (
    <Card
      title="Who gets which answer"
      actions={
        !isLocationBased ? (
          <span className="text-xs text-slate-500">This policy does not depend on location: every country gets the same mix.</span>
        ) : undefined
      }
    >
      <div className={after ? "grid gap-6 xl:grid-cols-2" : ""}>
        <MapWithLegend label={after ? "Before — current zone" : "Current zone"} side={before} colours={colours} pick={pick} onPick={setPick} />
        {after && <MapWithLegend label="After — draft, not applied" side={after} colours={colours} pick={pick} onPick={setPick} isDraft />}
      </div>

      <div className="mt-4 flex flex-wrap items-end gap-4 border-t border-slate-100 pt-4">
        <SelectField
          id="sim-inspect-country"
          label="Inspect a country"
          hint="Or click any point on the map."
          value={pick?.countryCode ?? ""}
          onChange={(event) => {
            const country = countryByAlpha2(event.target.value);
            if (country) setPick({ latitude: country.latitude, longitude: country.longitude, countryCode: country.alpha2 });
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
            <AnswerView heading={picked.after ? "Before — current zone" : "Current zone"} result={picked.before} />
            {picked.after && <AnswerView heading="After — draft" result={picked.after} isDraft />}
          </div>
        </section>
      )}
    </Card>
  );
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
  const fills = useMemo(() => {
    const out: Record<string, CountryFill> = {};
    for (const [code, answer] of Object.entries(side.answers)) {
      const name = countryByAlpha2(code)?.name ?? code;
      out[code] = {
        colour: colours[answer.outcome] ?? "#CBD5E1",
        title: `${name}: ${answer.outcome}${answer.share < 1 ? ` (${percent(answer.share, 1)} of queries)` : ""}`,
        isMixed: answer.share < 1,
      };
    }
    return out;
  }, [side.answers, colours]);

  const markers = useMemo(
    (): MapMarker[] =>
      side.locations.map((location) => ({ ...location, label: location.setIdentifier, colour: colours[location.setIdentifier] ?? "#64748B" })),
    [side.locations, colours],
  );

  const legend = useMemo(() => legendOf(side.answers, colours), [side.answers, colours]);

  return (
    <figure className="min-w-0">
      <figcaption className="mb-2 flex items-center gap-2 text-sm font-semibold text-slate-800">
        {label}
        {isDraft && <Badge tone="amber">Draft — not applied</Badge>}
      </figcaption>
      <div className="overflow-hidden rounded-md border border-slate-200">
        <LazyWorldMap label={`World map, ${label}`} fills={fills} markers={markers} pick={pick} onPick={onPick} />
      </div>
      <ul aria-label={`Legend, ${label}`} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {legend.map((entry) => (
          <li key={entry.outcome} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block size-3 rounded-sm ring-1 ring-slate-300" style={{ backgroundColor: entry.colour }} />
            <span className="font-mono">{entry.outcome}</span>
            <span className="text-slate-500">
              {entry.countries} {entry.countries === 1 ? "country" : "countries"} ({percent(entry.share, 1)})
              {entry.isMixed ? ", most frequent of a mix" : ""}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
