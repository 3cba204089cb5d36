"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, startTransition, useActionState, useEffect, useState } from "react";

import { ReviewAndApply } from "@/components/target-groups/change-preview";
import { type ChangeRow, healthCheckChanges, healthCheckFormValues } from "@/components/target-groups/changes";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { idleResult } from "@/lib/action-result";
import { formDataToObject } from "@/lib/actions/form-data";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { HealthCheckConfig } from "@/lib/aws/elbv2/types";
import { type HealthCheckInput, healthCheckSchema } from "@/lib/schemas/target-group";

import { modifyHealthCheckAction } from "../actions";

/** Server field errors arrive as "healthCheck.timeoutSeconds": show them on the form's own field names. */
function unprefixed(errors: Record<string, string[]> | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([key, list]) => [key.replace(/^healthCheck\./, ""), list]));
}

/** Edit → review the before/after → apply. Nothing is sent until Apply, and never with a field in error. */
export function HealthCheckEditor({ targetGroupArn, loaded }: { targetGroupArn: string; loaded: HealthCheckConfig }) {
  const router = useRouter();
  const [result, dispatch, isPending] = useActionState(modifyHealthCheckAction, idleResult);
  const [draft, setDraft] = useState<Record<string, string>>(() => healthCheckFormValues(loaded));
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>();
  const [preview, setPreview] = useState<{ input: HealthCheckInput; rows: ChangeRow[] }>();

  useEffect(() => {
    if (result.status === "success") router.refresh();
  }, [result, router]);

  const errors = localErrors ?? (result.status === "error" ? unprefixed(result.fieldErrors) : undefined);

  const review = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const raw = formDataToObject(new FormData(event.currentTarget));
    setDraft(raw as Record<string, string>);
    const parsed = healthCheckSchema.safeParse(raw);
    if (!parsed.success) {
      setPreview(undefined);
      setLocalErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setLocalErrors(undefined);
    setPreview({ input: parsed.data, rows: healthCheckChanges(loaded, parsed.data) });
  };

  const apply = () => {
    if (!preview) return;
    startTransition(() => dispatch({ targetGroupArn, loaded, healthCheck: preview.input }));
    setPreview(undefined);
  };

  const field = (key: string) => draft[key] ?? "";

  return (
    <div className="space-y-4">
      <form onSubmit={review} onChange={() => setPreview(undefined)} aria-label="Health check settings" noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField id="hc-protocol" name="protocol" label="Protocol" defaultValue={field("protocol")} errors={errors?.protocol}>
            <option value="HTTP">HTTP</option>
            <option value="HTTPS">HTTPS</option>
          </SelectField>
          <TextField id="hc-port" name="port" label="Port" defaultValue={field("port")} hint='"traffic-port" or 1–65535' errors={errors?.port} />
          <TextField id="hc-path" name="path" label="Path" defaultValue={field("path")} errors={errors?.path} />
        </div>
        <div className="grid gap-4 sm:grid-cols-4">
          <TextField id="hc-interval" name="intervalSeconds" label="Interval (seconds)" inputMode="numeric" defaultValue={field("intervalSeconds")} hint="5–300" errors={errors?.intervalSeconds} />
          <TextField id="hc-timeout" name="timeoutSeconds" label="Timeout (seconds)" inputMode="numeric" defaultValue={field("timeoutSeconds")} hint="2–120, less than the interval" errors={errors?.timeoutSeconds} />
          <TextField id="hc-healthy" name="healthyThreshold" label="Healthy threshold" inputMode="numeric" defaultValue={field("healthyThreshold")} hint="2–10 passes" errors={errors?.healthyThreshold} />
          <TextField id="hc-unhealthy" name="unhealthyThreshold" label="Unhealthy threshold" inputMode="numeric" defaultValue={field("unhealthyThreshold")} hint="2–10 failures" errors={errors?.unhealthyThreshold} />
        </div>
        <TextField id="hc-matcher" name="matcher" label="Success codes" defaultValue={field("matcher")} hint='200–499, e.g. "200", "200-299" or "200,302"' errors={errors?.matcher} className="max-w-sm" />
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
        label="Health check changes to apply"
        caption="Health check changes"
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
