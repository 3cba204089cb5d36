"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { idleResult } from "@/lib/action-result";

import { createHostedZoneAction } from "../actions";

export interface VpcChoice {
  region: string;
  id: string;
  label: string;
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

export function CreateZoneForm({
  vpcs,
  vpcErrors,
  submissionId,
}: {
  vpcs: VpcChoice[];
  vpcErrors: string[];
  submissionId: string;
}) {
  const router = useRouter();
  const [result, formAction, isPending] = useActionState(createHostedZoneAction, idleResult);
  const values = result.status === "error" ? result.values : undefined;
  const errors = result.status === "error" ? result.fieldErrors : undefined;
  const [isPrivate, setIsPrivate] = useState(false);
  const [vpc, setVpc] = useState("");
  const [region, vpcId] = vpc ? vpc.split("|") : ["", ""];

  useEffect(() => {
    if (result.status === "success") router.push(`/hosted-zones/${result.data.id}`);
  }, [result, router]);

  const regions = [...new Set(vpcs.map((choice) => choice.region))];

  return (
    <form action={formAction} className="space-y-4" aria-label="Create hosted zone">
      {/* Same id on a retried submit, so AWS's idempotency token returns what the first try created. */}
      <input type="hidden" name="submissionId" value={submissionId} />
      <TextField
        id="name"
        label="Domain name"
        hint="For example example.com or internal.example.com."
        defaultValue={text(values?.name)}
        key={`name-${text(values?.name) ?? ""}`}
        errors={errors?.name}
        required
        autoComplete="off"
      />
      <TextAreaField
        id="comment"
        label="Comment (optional)"
        rows={2}
        defaultValue={text(values?.comment)}
        errors={errors?.comment}
        className="[&_textarea]:font-sans"
      />

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Type</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="zoneType" checked={!isPrivate} onChange={() => setIsPrivate(false)} />{" "}
          Public hosted zone
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="zoneType" checked={isPrivate} onChange={() => setIsPrivate(true)} />{" "}
          Private hosted zone (answers inside a VPC)
        </label>
        <input type="hidden" name="isPrivate" value={isPrivate ? "true" : "false"} />
      </fieldset>

      {isPrivate && (
        <>
          <SelectField
            id="vpc"
            name="vpc"
            label="VPC"
            hint="The VPCs of the console's Regions. You can attach more VPCs later."
            value={vpc}
            onChange={(event) => setVpc(event.target.value)}
            errors={[...(errors?.vpcId ?? []), ...(errors?.vpcRegion ?? [])]}
          >
            <option value="">Choose a VPC…</option>
            {regions.map((name) => (
              <optgroup key={name} label={name}>
                {vpcs
                  .filter((choice) => choice.region === name)
                  .map((choice) => (
                    <option key={`${choice.region}|${choice.id}`} value={`${choice.region}|${choice.id}`}>
                      {choice.id} — {choice.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </SelectField>
          <input type="hidden" name="vpcId" value={vpcId ?? ""} />
          <input type="hidden" name="vpcRegion" value={region ?? ""} />
          {vpcErrors.length > 0 && (
            <p className="text-xs text-amber-800">
              Some Regions&apos; VPCs could not be listed: {vpcErrors.join(" ")}
            </p>
          )}
          {vpcs.length === 0 && vpcErrors.length === 0 && (
            <p className="text-xs text-amber-800">No VPCs in the console&apos;s Regions.</p>
          )}
        </>
      )}

      <FormMessage status={result.status} message={result.status === "idle" ? undefined : result.message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Creating…" : "Create hosted zone"}
        </Button>
      </div>
    </form>
  );
}
