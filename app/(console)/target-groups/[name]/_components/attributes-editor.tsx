"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, startTransition, useActionState, useEffect, useState } from "react";

import { ReviewAndApply } from "@/components/target-groups/change-preview";
import { attributeChanges, attributesFormValues, type ChangeRow } from "@/components/target-groups/changes";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { idleResult } from "@/lib/action-result";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { Attributes } from "@/lib/alb/domain";
import { type TargetGroupAttributesInput, targetGroupAttributesSchema } from "@/lib/schemas/target-group";

import { modifyAttributesAction } from "../actions";

function unprefixed(errors: Record<string, string[]> | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([key, list]) => [key.replace(/^attributes\./, ""), list]));
}

/** The form's flat fields as the schema's nested shape. */
function toInput(form: FormData): Record<string, unknown> {
  const value = (key: string) => {
    const raw = form.get(key);
    return typeof raw === "string" && raw.trim() !== "" ? raw : undefined;
  };
  return {
    deregistrationDelaySeconds: value("deregistrationDelaySeconds"),
    slowStartSeconds: value("slowStartSeconds"),
    algorithm: value("algorithm"),
    stickiness: {
      enabled: value("stickinessEnabled") === "on",
      type: value("stickinessType"),
      durationSeconds: value("stickinessDurationSeconds"),
      appCookieName: value("appCookieName"),
    },
  };
}

/** Deregistration delay, stickiness, algorithm and slow start: review the before/after, then apply only what changed. */
export function AttributesEditor({ targetGroupArn, loaded }: { targetGroupArn: string; loaded: Attributes }) {
  const router = useRouter();
  const [result, dispatch, isPending] = useActionState(modifyAttributesAction, idleResult);
  const initial = attributesFormValues(loaded);
  const [isSticky, setIsSticky] = useState(initial.stickiness.enabled);
  const [stickinessType, setStickinessType] = useState(initial.stickiness.type);
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>();
  const [preview, setPreview] = useState<{ input: TargetGroupAttributesInput; rows: ChangeRow[] }>();

  useEffect(() => {
    if (result.status === "success") router.refresh();
  }, [result, router]);

  const errors = localErrors ?? (result.status === "error" ? unprefixed(result.fieldErrors) : undefined);

  const review = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = targetGroupAttributesSchema.safeParse(toInput(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setPreview(undefined);
      setLocalErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setLocalErrors(undefined);
    setPreview({ input: parsed.data, rows: attributeChanges(loaded, parsed.data).rows });
  };

  const apply = () => {
    if (!preview) return;
    startTransition(() => dispatch({ targetGroupArn, loaded, attributes: preview.input }));
    setPreview(undefined);
  };

  return (
    <div className="space-y-4">
      <form onSubmit={review} onChange={() => setPreview(undefined)} aria-label="Target group attributes" noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            id="deregistrationDelaySeconds"
            label="Deregistration delay (seconds)"
            inputMode="numeric"
            defaultValue={String(initial.deregistrationDelaySeconds)}
            hint="0–3600: how long a removed target keeps serving open requests."
            errors={errors?.deregistrationDelaySeconds}
          />
          <SelectField id="algorithm" label="Load-balancing algorithm" defaultValue={initial.algorithm} errors={errors?.algorithm}>
            <option value="round_robin">Round robin</option>
            <option value="least_outstanding_requests">Least outstanding requests</option>
            <option value="weighted_random">Weighted random</option>
          </SelectField>
          <TextField
            id="slowStartSeconds"
            label="Slow start (seconds)"
            inputMode="numeric"
            defaultValue={String(initial.slowStartSeconds)}
            hint="0 (off) or 30–900: ramp up traffic to a new target."
            errors={errors?.slowStartSeconds}
          />
        </div>
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">Stickiness</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="stickinessEnabled" checked={isSticky} onChange={(event) => setIsSticky(event.target.checked)} /> Send a client&apos;s requests to the same target
          </label>
          {isSticky && (
            <div className="grid gap-4 sm:grid-cols-3">
              <SelectField
                id="stickinessType"
                label="Cookie"
                value={stickinessType}
                onChange={(event) => setStickinessType(event.target.value === "app_cookie" ? "app_cookie" : "lb_cookie")}
                errors={errors?.["stickiness.type"]}
              >
                <option value="lb_cookie">Load balancer generated (AWSALB)</option>
                <option value="app_cookie">Application cookie</option>
              </SelectField>
              <TextField
                id="stickinessDurationSeconds"
                label="Duration (seconds)"
                inputMode="numeric"
                defaultValue={String(initial.stickiness.durationSeconds)}
                hint="1–604800 (7 days)"
                errors={errors?.["stickiness.durationSeconds"]}
              />
              {stickinessType === "app_cookie" && (
                <TextField
                  id="appCookieName"
                  label="Application cookie name"
                  defaultValue={initial.stickiness.appCookieName}
                  hint="Not starting with AWSALB, AWSALBAPP or AWSALBTG."
                  errors={errors?.["stickiness.appCookieName"]}
                />
              )}
            </div>
          )}
          {!isSticky && (
            <>
              <input type="hidden" name="stickinessType" value={stickinessType} />
              <input type="hidden" name="stickinessDurationSeconds" value={String(initial.stickiness.durationSeconds)} />
            </>
          )}
        </fieldset>
        {localErrors && (
          <p role="alert" className="text-sm font-medium text-red-700">
            Some fields need attention: nothing was sent to AWS.
          </p>
        )}
        <Button type="submit" variant="secondary" disabled={isPending}>
          Review changes
        </Button>
      </form>

      <ReviewAndApply
        label="Attribute changes to apply"
        caption="Attribute changes"
        rows={preview?.rows}
        isPending={isPending}
        result={result}
        onApply={apply}
        onKeepEditing={() => setPreview(undefined)}
        onReload={() => router.refresh()}
      />
    </div>
  );
}
