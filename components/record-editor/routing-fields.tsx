"use client";

import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";

import type { ErrorsAt, SetField } from "./field-props";
import type { EditorState } from "./form-state";
import { GeoproximityFields } from "./geoproximity-fields";
import { GEOLOCATION_GROUPS, LATENCY_REGION_OPTIONS, type POLICY_OPTIONS } from "./options";
import type { HealthCheckOption } from "./types";

/** The fields of every routing policy but simple: record ID, the policy's own fields and the health check. */
export function RoutingFields({
  policy,
  state,
  set,
  errorsAt: at,
  healthChecks,
}: {
  policy: (typeof POLICY_OPTIONS)[number] | undefined;
  state: EditorState;
  set: SetField;
  errorsAt: ErrorsAt;
  healthChecks: HealthCheckOption[];
}) {
  return (
    <Card title={`${policy?.label ?? ""} routing`}>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id="set-identifier"
          label="Record ID"
          hint="Tells this record apart from the others with the same name and type (set identifier)."
          value={state.setIdentifier}
          onChange={(event) => set("setIdentifier", event.target.value)}
          errors={at("routing.setIdentifier")}
          autoComplete="off"
        />
        {state.policy === "weighted" && (
          <TextField
            id="weight"
            label="Weight"
            inputMode="numeric"
            hint="0–255; this record's share is its weight divided by the sum of the group's weights."
            value={state.weight}
            onChange={(event) => set("weight", event.target.value)}
            errors={at("routing.weight")}
          />
        )}
        {state.policy === "failover" && (
          <SelectField
            id="failover"
            label="Failover role"
            value={state.failover}
            onChange={(event) => set("failover", event.target.value as EditorState["failover"])}
            errors={at("routing.failover")}
          >
            <option value="PRIMARY">Primary</option>
            <option value="SECONDARY">Secondary</option>
          </SelectField>
        )}
        {state.policy === "geolocation" && (
          <SelectField
            id="geolocation"
            label="Location"
            value={state.geoLocation}
            onChange={(event) => set("geoLocation", event.target.value)}
            hint="The most specific match wins: US state, then country, then continent, then the default."
            errors={at("routing.continentCode", "routing.countryCode", "routing.subdivisionCode")}
          >
            <option value="">Choose a location…</option>
            {GEOLOCATION_GROUPS.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        )}
        {state.policy === "latency" && (
          <SelectField
            id="latency-region"
            label="Latency Region"
            value={state.region}
            onChange={(event) => set("region", event.target.value)}
            hint="The AWS Region of the resource this record points to."
            errors={at("routing.region")}
          >
            <option value="">Choose a Region…</option>
            {LATENCY_REGION_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        )}
      </div>

      {state.policy === "geoproximity" && <GeoproximityFields state={state} set={set} errorsAt={at} />}

      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <SelectField
          id="health-check"
          label="Health check"
          value={state.healthCheckId}
          onChange={(event) => set("healthCheckId", event.target.value)}
          hint={
            state.policy === "failover"
              ? "Failover needs a health check on the primary to notice it is down."
              : "Route 53 skips this record while the health check fails."
          }
          errors={at("healthCheckId")}
        >
          <option value="">No health check</option>
          {healthChecks.map((check) => (
            <option key={check.id} value={check.id}>
              {check.label}
            </option>
          ))}
          {state.healthCheckId && !healthChecks.some((check) => check.id === state.healthCheckId) && (
            <option value={state.healthCheckId}>{state.healthCheckId} (not in the list)</option>
          )}
        </SelectField>
      </div>
    </Card>
  );
}
