"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import { useReview } from "@/components/review/use-review";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { scopeFieldErrors } from "@/lib/actions/field-errors";
import type { Attributes } from "@/lib/alb/domain";
import { attributesFormValues } from "@/lib/target-groups/changes";

import { modifyAttributesAction, previewAttributesChangeAction } from "../actions";

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
  const initial = attributesFormValues(loaded);
  const [isSticky, setIsSticky] = useState(initial.stickiness.enabled);
  const [stickinessType, setStickinessType] = useState(initial.stickiness.type);

  const review = useReview({
    preview: previewAttributesChangeAction,
    apply: modifyAttributesAction,
    onApplied: () => router.refresh(),
  });
  const errors = scopeFieldErrors(review.allFieldErrors, "attributes");

  const requestReview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    review.requestPreview({ targetGroupArn, loaded, attributes: toInput(new FormData(event.currentTarget)) });
  };

  return (
    <div className="space-y-4">
      <form
        onSubmit={requestReview}
        onChange={() => review.stage === "reviewing" && review.edit()}
        aria-label="Target group attributes"
        noValidate
        className="space-y-4"
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            id="deregistrationDelaySeconds"
            label="Deregistration delay (seconds)"
            inputMode="numeric"
            defaultValue={String(initial.deregistrationDelaySeconds)}
            hint="0–3600: how long a removed target keeps serving open requests."
            errors={errors.deregistrationDelaySeconds}
          />
          <SelectField
            id="algorithm"
            label="Load-balancing algorithm"
            defaultValue={initial.algorithm}
            errors={errors.algorithm}
          >
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
            errors={errors.slowStartSeconds}
          />
        </div>
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">Stickiness</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="stickinessEnabled"
              checked={isSticky}
              onChange={(event) => setIsSticky(event.target.checked)}
            />{" "}
            Send a client&apos;s requests to the same target
          </label>
          {isSticky && (
            <div className="grid gap-4 sm:grid-cols-3">
              <SelectField
                id="stickinessType"
                label="Cookie"
                value={stickinessType}
                onChange={(event) =>
                  setStickinessType(event.target.value === "app_cookie" ? "app_cookie" : "lb_cookie")
                }
                errors={errors["stickiness.type"]}
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
                errors={errors["stickiness.durationSeconds"]}
              />
              {stickinessType === "app_cookie" && (
                <TextField
                  id="appCookieName"
                  label="Application cookie name"
                  defaultValue={initial.stickiness.appCookieName}
                  hint="Not starting with AWSALB, AWSALBAPP or AWSALBTG."
                  errors={errors["stickiness.appCookieName"]}
                />
              )}
            </div>
          )}
          {!isSticky && (
            <>
              <input type="hidden" name="stickinessType" value={stickinessType} />
              <input
                type="hidden"
                name="stickinessDurationSeconds"
                value={String(initial.stickiness.durationSeconds)}
              />
            </>
          )}
        </fieldset>
        <Button type="submit" variant="secondary" disabled={review.isPending}>
          Review changes
        </Button>
      </form>

      <ReviewApplyPanel
        review={review}
        title="Attribute changes to apply"
        caption="Attribute changes"
        onReviewAgain={() => {
          review.edit();
          router.refresh();
        }}
      />
    </div>
  );
}
