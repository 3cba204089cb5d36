"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";

import { useAction } from "@/components/actions/use-action";
import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import { useReview } from "@/components/review/use-review";
import { healthCheckFormValues } from "@/lib/target-groups/changes";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { scopeFieldErrors } from "@/lib/actions/field-errors";
import { formDataToObject } from "@/lib/actions/form-data";
import type { HealthCheckConfig } from "@/lib/alb/domain";

import { modifyHealthCheckAction, previewHealthCheckChangeAction, readHealthCheckAction } from "../actions";

type Draft = Record<string, string>;

/** The operator's edits (fields that differ from what they loaded) laid over the settings as they are now. */
function rebase(draft: Draft, loadedBefore: HealthCheckConfig, loadedNow: HealthCheckConfig): Draft {
  const before = healthCheckFormValues(loadedBefore);
  const now = healthCheckFormValues(loadedNow);
  return Object.fromEntries(
    Object.entries(now).map(([key, value]) => [
      key,
      draft[key] !== before[key] ? (draft[key] ?? value) : value,
    ]),
  );
}

/** Edit → review the before/after (a server preview) → apply. Nothing is sent until Apply. */
export function HealthCheckEditor({
  targetGroupArn,
  loaded,
}: {
  targetGroupArn: string;
  loaded: HealthCheckConfig;
}) {
  const router = useRouter();
  // The settings the draft is based on: the page's, or AWS's own after "Reload and review again".
  const [baseline, setBaseline] = useState(loaded);
  const [pageLoaded, setPageLoaded] = useState(loaded);
  const [draft, setDraft] = useState<Draft>(() => healthCheckFormValues(loaded));
  const [formKey, setFormKey] = useState(0);

  if (pageLoaded !== loaded) {
    // The page re-read AWS (after an apply): that is the new baseline.
    setPageLoaded(loaded);
    setBaseline(loaded);
  }

  const review = useReview({
    preview: previewHealthCheckChangeAction,
    apply: modifyHealthCheckAction,
    onApplied: () => router.refresh(),
  });

  const reload = useAction(readHealthCheckAction, {
    onSuccess: ({ data: current }) => {
      const next = rebase(draft, baseline, current);
      setBaseline(current);
      setDraft(next);
      setFormKey((key) => key + 1);
      review.previewAgain({ targetGroupArn, loaded: current, healthCheck: next });
      router.refresh();
    },
  });

  const errors = scopeFieldErrors(review.allFieldErrors, "healthCheck");

  const requestReview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = formDataToObject(new FormData(event.currentTarget)) as Draft;
    setDraft(next);
    review.requestPreview({ targetGroupArn, loaded: baseline, healthCheck: next });
  };

  const field = (key: string) => draft[key] ?? "";

  return (
    <div className="space-y-4">
      <form
        key={formKey}
        onSubmit={requestReview}
        onChange={() => review.stage === "reviewing" && review.edit()}
        aria-label="Health check settings"
        noValidate
        className="space-y-4"
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            id="hc-protocol"
            name="protocol"
            label="Protocol"
            defaultValue={field("protocol")}
            errors={errors.protocol}
          >
            <option value="HTTP">HTTP</option>
            <option value="HTTPS">HTTPS</option>
          </SelectField>
          <TextField
            id="hc-port"
            name="port"
            label="Port"
            defaultValue={field("port")}
            hint='"traffic-port" or 1–65535'
            errors={errors.port}
          />
          <TextField
            id="hc-path"
            name="path"
            label="Path"
            defaultValue={field("path")}
            errors={errors.path}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-4">
          <TextField
            id="hc-interval"
            name="intervalSeconds"
            label="Interval (seconds)"
            inputMode="numeric"
            defaultValue={field("intervalSeconds")}
            hint="5–300"
            errors={errors.intervalSeconds}
          />
          <TextField
            id="hc-timeout"
            name="timeoutSeconds"
            label="Timeout (seconds)"
            inputMode="numeric"
            defaultValue={field("timeoutSeconds")}
            hint="2–120, less than the interval"
            errors={errors.timeoutSeconds}
          />
          <TextField
            id="hc-healthy"
            name="healthyThreshold"
            label="Healthy threshold"
            inputMode="numeric"
            defaultValue={field("healthyThreshold")}
            hint="2–10 passes"
            errors={errors.healthyThreshold}
          />
          <TextField
            id="hc-unhealthy"
            name="unhealthyThreshold"
            label="Unhealthy threshold"
            inputMode="numeric"
            defaultValue={field("unhealthyThreshold")}
            hint="2–10 failures"
            errors={errors.unhealthyThreshold}
          />
        </div>
        <TextField
          id="hc-matcher"
          name="matcher"
          label="Success codes"
          defaultValue={field("matcher")}
          hint='200–499, e.g. "200", "200-299" or "200,302"'
          errors={errors.matcher}
          className="max-w-sm"
        />
        <Button type="submit" variant="secondary" disabled={review.isPending || reload.isPending}>
          Review changes
        </Button>
      </form>

      <ReviewApplyPanel
        review={review}
        title="Health check changes to apply"
        caption="Health check changes"
        onReviewAgain={() => reload.run({ targetGroupArn })}
      />
    </div>
  );
}
