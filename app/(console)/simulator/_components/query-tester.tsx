"use client";

import type { ReactNode } from "react";

import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { CONTINENTS, COUNTRIES, US_STATES } from "@/lib/geo";
import { AWS_REGIONS } from "@/lib/routing";
import type { ResolveResult } from "@/lib/routing";
import type { LocationSpec } from "@/lib/simulator/locations";
import { clampDegrees, defaultSpec, EXAMPLE_SUBNETS } from "@/lib/simulator/locations";
import type { HealthTarget } from "@/lib/simulator/records";

import { AnswerView } from "./answer-view";

const REGIONS = Object.values(AWS_REGIONS).filter((region) => region.kind === "region");
const AREAS = [...new Set(EXAMPLE_SUBNETS.map((entry) => entry.area))];

const MODES: { mode: LocationSpec["mode"]; label: string }[] = [
  { mode: "country", label: "Country or US state" },
  { mode: "subnet", label: "EDNS client subnet" },
  { mode: "coordinates", label: "Latitude / longitude" },
  { mode: "resolver", label: "No client subnet (resolver's location)" },
];

export interface TesterState {
  location: LocationSpec;
  resolverRegion: string;
  /** Health checks and alias targets marked failing for every view (now and draft). */
  unhealthy: string[];
  /** Measured latency per Region from the client, ms. */
  latencyMs: Record<string, number>;
}

/** The query tester: where the query comes from, what is failing, and the answer now and with the draft. */
export function QueryTester({
  state,
  onChange,
  healthTargets,
  latencyRegions,
  estimatedLatencyMs,
  description,
  before,
  after,
}: {
  state: TesterState;
  onChange: (state: TesterState) => void;
  healthTargets: HealthTarget[];
  latencyRegions: string[];
  estimatedLatencyMs: Record<string, number>;
  description: string;
  before: ResolveResult;
  after: ResolveResult | undefined;
}) {
  const { location } = state;
  const setLocation = (next: LocationSpec) => onChange({ ...state, location: next });

  return (
    <Card title="Query tester">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <form className="space-y-4" onSubmit={(event) => event.preventDefault()}>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">Client location</legend>
            <div className="grid gap-1">
              {MODES.map((entry) => (
                <label key={entry.mode} className="flex items-center gap-2 text-sm text-slate-700">
                  <input
                    type="radio"
                    name="sim-location-mode"
                    checked={location.mode === entry.mode}
                    onChange={() => setLocation(defaultSpec(entry.mode, location))}
                  />
                  {entry.label}
                </label>
              ))}
            </div>

            {location.mode === "country" && (
              <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
                <SelectField
                  id="sim-country"
                  label="Country"
                  value={location.country}
                  onChange={(event) => setLocation({ mode: "country", country: event.target.value })}
                >
                  {CONTINENTS.map((continent) => (
                    <optgroup key={continent.code} label={continent.name}>
                      {COUNTRIES.filter((country) => country.continent === continent.code)
                        .sort((a, b) => a.name.localeCompare(b.name))
                        .map((country) => (
                          <option key={country.alpha2} value={country.alpha2}>
                            {country.name} ({country.alpha2})
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </SelectField>
                <SelectField
                  id="sim-subdivision"
                  label="US state"
                  disabled={location.country !== "US"}
                  hint={
                    location.country !== "US"
                      ? "Route 53 subdivisions are offered for the United States."
                      : undefined
                  }
                  value={location.subdivision ?? ""}
                  onChange={(event) =>
                    setLocation({ ...location, subdivision: event.target.value || undefined })
                  }
                >
                  <option value="">Whole country</option>
                  {US_STATES.map((state) => (
                    <option key={state.code} value={state.code}>
                      {state.name} ({state.code})
                    </option>
                  ))}
                </SelectField>
              </div>
            )}

            {location.mode === "subnet" && (
              <SelectField
                id="sim-subnet"
                label="Example client subnet"
                hint="Illustrative only: documentation prefixes placed by a small example table, not a GeoIP database."
                value={location.subnet}
                onChange={(event) => setLocation({ mode: "subnet", subnet: event.target.value })}
              >
                {AREAS.map((area) => (
                  <optgroup key={area} label={area}>
                    {EXAMPLE_SUBNETS.filter((entry) => entry.area === area).map((entry) => (
                      <option key={entry.subnet} value={entry.subnet}>
                        {entry.subnet} — {entry.city} ({entry.country})
                      </option>
                    ))}
                  </optgroup>
                ))}
              </SelectField>
            )}

            {location.mode === "coordinates" && (
              <div className="grid grid-cols-2 gap-3">
                <TextField
                  id="sim-latitude"
                  label="Latitude"
                  type="number"
                  step="0.01"
                  min={-90}
                  max={90}
                  value={Number.isFinite(location.latitude) ? location.latitude : ""}
                  onChange={(event) =>
                    setLocation({ ...location, latitude: clampDegrees(event.target.valueAsNumber, 90) })
                  }
                />
                <TextField
                  id="sim-longitude"
                  label="Longitude"
                  type="number"
                  step="0.01"
                  min={-180}
                  max={180}
                  value={Number.isFinite(location.longitude) ? location.longitude : ""}
                  onChange={(event) =>
                    setLocation({ ...location, longitude: clampDegrees(event.target.valueAsNumber, 180) })
                  }
                />
              </div>
            )}
          </fieldset>

          <SelectField
            id="sim-resolver"
            label="Resolver Region"
            hint="Where the recursive resolver is. Route 53 uses it only when the resolver sends no EDNS client subnet."
            value={state.resolverRegion}
            onChange={(event) => onChange({ ...state, resolverRegion: event.target.value })}
          >
            {REGIONS.map((region) => (
              <option key={region.code} value={region.code}>
                {region.code} — {region.name}
              </option>
            ))}
          </SelectField>

          {healthTargets.length > 0 && (
            <Fieldset
              legend="Health overrides"
              hint="Applies to every view on this page, now and in the draft."
            >
              {healthTargets.map((target) => (
                <label key={target.id} className="flex items-start gap-2 text-sm text-slate-700">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={state.unhealthy.includes(target.id)}
                    onChange={(event) =>
                      onChange({
                        ...state,
                        unhealthy: event.target.checked
                          ? [...state.unhealthy, target.id]
                          : state.unhealthy.filter((id) => id !== target.id),
                      })
                    }
                  />
                  <span className="min-w-0">
                    Mark unhealthy: <span className="font-mono text-xs break-all">{target.id}</span>
                    <span className="block text-xs text-slate-500">
                      {target.kind === "health-check" ? "Health check" : "Alias target"} of{" "}
                      {target.usedBy.join(", ")}
                    </span>
                  </span>
                </label>
              ))}
            </Fieldset>
          )}

          {latencyRegions.length > 0 && (
            <Fieldset
              legend="Latency overrides (optional)"
              hint="Measured latency from this client. Left empty, latency is estimated from great-circle distance."
            >
              <div className="grid grid-cols-2 gap-3">
                {latencyRegions.map((region) => (
                  <TextField
                    key={region}
                    id={`sim-latency-${region}`}
                    label={`${region} (ms)`}
                    type="number"
                    min={0}
                    placeholder={`≈ ${Math.round(estimatedLatencyMs[region] ?? 0)}`}
                    value={state.latencyMs[region] ?? ""}
                    onChange={(event) => {
                      const next = { ...state.latencyMs };
                      if (Number.isFinite(event.target.valueAsNumber))
                        next[region] = Math.max(0, event.target.valueAsNumber);
                      else delete next[region];
                      onChange({ ...state, latencyMs: next });
                    }}
                  />
                ))}
              </div>
            </Fieldset>
          )}
        </form>

        <section aria-label="Query tester answer" className="min-w-0 space-y-3" aria-live="polite">
          <p className="text-sm text-slate-600">
            Query from <span className="font-medium text-slate-900">{description}</span>
          </p>
          <AnswerView heading={after ? "Before — current zone" : "Answer"} result={before} />
          {after && <AnswerView heading="After — draft" result={after} isDraft />}
        </section>
      </div>
    </Card>
  );
}

function Fieldset({ legend, hint, children }: { legend: string; hint: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <p className="text-xs text-slate-500">{hint}</p>
      {children}
    </fieldset>
  );
}
