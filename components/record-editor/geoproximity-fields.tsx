"use client";

import dynamic from "next/dynamic";

import { SelectField, TextField } from "@/components/ui/field";

import type { ErrorsAt, SetField } from "./field-props";
import type { EditorState } from "./form-state";
import { GEOPROXIMITY_REGION_OPTIONS, LOCAL_ZONE_GROUPS } from "./options";

// The map (d3-geo, topojson and the world atlas) loads only when someone places coordinates.
const CoordinateMap = dynamic(() => import("./coordinate-map"), {
  ssr: false,
  loading: () => <p className="text-xs text-slate-500">Loading the map…</p>,
});

/** Where a geoproximity record's resource is (one of Region, Local Zone group or coordinates) and its bias. */
export function GeoproximityFields({
  state,
  set,
  errorsAt: at,
}: {
  state: EditorState;
  set: SetField;
  errorsAt: ErrorsAt;
}) {
  const locationErrors = at("routing.awsRegion", "routing.localZoneGroup");
  return (
    <div className="mt-4 space-y-4">
      <fieldset className="space-y-2">
        {/* The choices name the kind of place; the control that follows names the place itself (one "AWS Region"). */}
        <legend className="text-sm font-medium text-slate-800">Resource location</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(
            [
              ["region", "In an AWS Region"],
              ["localZone", "In a Local Zone"],
              ["coordinates", "At coordinates"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="proximity-kind"
                value={value}
                checked={state.proximityKind === value}
                onChange={() => set("proximityKind", value)}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 md:grid-cols-3">
        {state.proximityKind === "region" && (
          <SelectField
            id="proximity-region"
            label="AWS Region"
            value={state.awsRegion}
            onChange={(event) => set("awsRegion", event.target.value)}
            errors={locationErrors}
          >
            <option value="">Choose a Region…</option>
            {GEOPROXIMITY_REGION_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        )}
        {state.proximityKind === "localZone" && (
          <>
            <TextField
              id="local-zone-group"
              label="Local Zone group"
              list="local-zone-groups"
              hint="For example us-west-2-den-1."
              value={state.localZoneGroup}
              onChange={(event) => set("localZoneGroup", event.target.value)}
              errors={locationErrors}
              autoComplete="off"
            />
            <datalist id="local-zone-groups">
              {LOCAL_ZONE_GROUPS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </datalist>
          </>
        )}
        {state.proximityKind === "coordinates" && (
          <>
            <TextField
              id="latitude"
              label="Latitude"
              inputMode="decimal"
              hint="−90 to 90, two decimals."
              value={state.latitude}
              onChange={(event) => set("latitude", event.target.value)}
              errors={
                at("routing.coordinates.latitude") ?? (state.latitude === "" ? locationErrors : undefined)
              }
            />
            <TextField
              id="longitude"
              label="Longitude"
              inputMode="decimal"
              hint="−180 to 180, two decimals."
              value={state.longitude}
              onChange={(event) => set("longitude", event.target.value)}
              errors={at("routing.coordinates.longitude", "routing.coordinates")}
            />
          </>
        )}
        <TextField
          id="bias"
          label="Bias"
          inputMode="numeric"
          hint="−99 to 99. Positive grows the area routed here: biased distance = distance × (1 − bias/100)."
          value={state.bias}
          onChange={(event) => set("bias", event.target.value)}
          errors={at("routing.bias")}
        />
      </div>
      {state.proximityKind === "coordinates" && (
        <CoordinateMap
          latitude={state.latitude}
          longitude={state.longitude}
          onPick={(latitude, longitude) => {
            set("latitude", latitude);
            set("longitude", longitude);
          }}
        />
      )}
    </div>
  );
}
