"use client";

import { SelectField, TextField } from "@/components/ui/field";

import type { StepProps } from "./step-props";

export function DnsStep({ state, update, errors, context }: StepProps) {
  const zone = context.hostedZones.find((candidate) => candidate.id === state.hostedZoneId);
  return (
    <div className="space-y-5">
      <label className="flex items-start gap-2.5 text-sm">
        <input
          type="checkbox"
          checked={state.aliasEnabled}
          onChange={(event) => update({ aliasEnabled: event.target.checked })}
          className="mt-0.5 accent-sky-700"
        />
        <span>
          <span className="font-medium">Create a DNS name for the load balancer</span>
          <span className="block text-xs text-slate-600">
            An alias A record (and AAAA for dualstack) in a Route 53 zone, pointing at the load
            balancer&apos;s DNS name. Alias queries are free and follow the load balancer&apos;s changing IP
            addresses.
          </span>
        </span>
      </label>
      {state.aliasEnabled && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="alias-zone"
            label="Hosted zone"
            value={state.hostedZoneId}
            onChange={(event) => update({ hostedZoneId: event.target.value })}
            errors={errors["alias.hostedZoneId"]}
          >
            {context.hostedZones.length === 0 && <option value="">No hosted zones</option>}
            {context.hostedZones.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name} {item.isPrivate ? "(private)" : "(public)"}
              </option>
            ))}
          </SelectField>
          <TextField
            id="alias-name"
            label="Record name"
            value={state.recordName}
            onChange={(event) => update({ recordName: event.target.value })}
            errors={errors["alias.recordName"]}
            hint={
              zone
                ? `A name in ${zone.name.replace(/\.$/, "")}, e.g. images.${zone.name.replace(/\.$/, "")}. It must not exist yet.`
                : undefined
            }
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}
    </div>
  );
}
