"use client";

import { useState } from "react";

import { useAction } from "@/components/actions/use-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";

import { createAliasAction, previewAliasAction } from "../alias-actions";
import { AliasTargetIntro } from "./alias-target-intro";

interface Props {
  zones: { id: string; name: string }[];
  region: string;
  /** Names that already point at the load balancer: never suggested again. */
  takenNames?: string[];
  loadBalancer: { name: string; dnsName: string; canonicalHostedZoneId: string; isDualstack: boolean };
}

/** "images-alb" → "images": the label the record name starts with. */
function suggestedLabel(loadBalancerName: string): string {
  return loadBalancerName.replace(/-(alb|elb|lb)(-[0-9]+)?$/i, "") || loadBalancerName;
}

const bare = (zoneName: string) => zoneName.replace(/\.$/, "");

/** "images.example.com", or "images-2.example.com" when that name already points here, and so on. */
function suggestedName(loadBalancerName: string, zoneName: string, takenNames: readonly string[]): string {
  const taken = new Set(takenNames.map((name) => bare(name).toLowerCase()));
  const label = suggestedLabel(loadBalancerName);
  for (let n = 1; ; n++) {
    const candidate = `${n === 1 ? label : `${label}-${n}`}.${bare(zoneName)}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export function CreateAliasFormFields({ zones, region, loadBalancer, takenNames = [] }: Props) {
  const [zoneId, setZoneId] = useState(zones[0]?.id ?? "");
  const zoneName = zones.find((zone) => zone.id === zoneId)?.name ?? "";
  const [name, setName] = useState(suggestedName(loadBalancer.name, zones[0]?.name ?? "", takenNames));
  const [isNameEdited, setIsNameEdited] = useState(false);
  const [evaluateTargetHealth, setEvaluateTargetHealth] = useState(true);
  const [includeAaaa, setIncludeAaaa] = useState(loadBalancer.isDualstack);
  const previewCall = useAction(previewAliasAction);
  const createCall = useAction(createAliasAction);
  const preview = previewCall.result;
  const created = createCall.result;
  const isPending = previewCall.isPending || createCall.isPending;

  const reset = () => {
    previewCall.reset();
    createCall.reset();
  };
  const payload = () => ({
    zoneId,
    name,
    region,
    loadBalancerName: loadBalancer.name,
    evaluateTargetHealth,
    includeAaaa,
  });
  const errors =
    preview.status === "error"
      ? preview.fieldErrors
      : created.status === "error"
        ? created.fieldErrors
        : undefined;
  const conflicts = preview.status === "success" ? preview.data.conflicts : [];

  return (
    <div className="space-y-4">
      <AliasTargetIntro loadBalancer={loadBalancer} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id="alias-zone"
          name="zoneId"
          label="Hosted zone"
          value={zoneId}
          errors={errors?.zoneId}
          onChange={(event) => {
            reset();
            const next = zones.find((zone) => zone.id === event.target.value);
            setZoneId(event.target.value);
            if (next && !isNameEdited) setName(suggestedName(loadBalancer.name, next.name, takenNames));
          }}
        >
          {zones.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="alias-name"
          name="name"
          label="Record name"
          value={name}
          errors={errors?.name}
          hint={`Must end in ${bare(zoneName)}.`}
          onChange={(event) => {
            reset();
            setIsNameEdited(true);
            setName(event.target.value);
          }}
          autoComplete="off"
        />
      </div>
      <div className="flex flex-wrap gap-6 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={evaluateTargetHealth}
            onChange={(event) => {
              reset();
              setEvaluateTargetHealth(event.target.checked);
            }}
          />
          Evaluate target health
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={includeAaaa}
            onChange={(event) => {
              reset();
              setIncludeAaaa(event.target.checked);
            }}
          />
          Also an AAAA (IPv6) alias{loadBalancer.isDualstack ? "" : " — this load balancer is IPv4 only"}
        </label>
      </div>

      {preview.status === "success" && (
        <section aria-label="Alias preview" className="space-y-2 rounded-md border border-slate-200 p-3">
          <h3 className="text-sm font-semibold text-slate-800">
            {conflicts.length > 0 ? "Can't be created" : "Will be created"} in {preview.data.zoneName}
          </h3>
          <ul className="space-y-1 text-sm">
            {preview.data.records.map((record) => (
              <li key={record.Type} className="flex flex-wrap items-center gap-2">
                <Badge tone="green">create</Badge>
                <span className="font-medium">{record.Name}</span>
                <span className="font-mono text-xs">{record.Type}</span>
                <Badge tone="violet">alias</Badge>
                <span className="font-mono text-xs">
                  → {record.AliasTarget?.DNSName} ({record.AliasTarget?.HostedZoneId}), evaluate target health{" "}
                  {String(record.AliasTarget?.EvaluateTargetHealth)}
                </span>
              </li>
            ))}
          </ul>
          {conflicts.length > 0 && (
            <p role="alert" className="text-sm font-medium text-red-700">
              {conflicts.map((r) => `${r.Name ?? ""} ${r.Type ?? ""}`).join(", ")} already exists: choose
              another name, or edit that record in the zone.
            </p>
          )}
        </section>
      )}

      <FormMessage
        status={created.status !== "idle" ? created.status : preview.status === "error" ? "error" : "idle"}
        message={
          created.status !== "idle"
            ? created.message
            : preview.status === "error"
              ? preview.message
              : undefined
        }
      />
      <div className="flex gap-2">
        <Button
          variant={preview.status === "success" ? "secondary" : "primary"}
          disabled={isPending}
          onClick={() => previewCall.run(payload())}
        >
          Preview alias record
        </Button>
        {preview.status === "success" && conflicts.length === 0 && created.status !== "success" && (
          <Button disabled={isPending} onClick={() => createCall.run(payload())}>
            {isPending ? "Creating…" : "Create alias record"}
          </Button>
        )}
      </div>
    </div>
  );
}
