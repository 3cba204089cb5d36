"use client";

import { useState } from "react";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import {
  invalidDraft,
  localPreview,
  type ReviewPreview,
  reviewRows,
  useReview,
} from "@/components/review/use-review";
import { Button } from "@/components/ui/button";
import { CheckboxField, FormMessage, SelectField, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { scopeFieldErrors } from "@/lib/actions/field-errors";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { Attributes } from "@/lib/alb/domain";
import { attributesView, changedAttributes, editableAttributes } from "@/lib/alb/edit/model";
import { diffViews } from "@/lib/diff/diff";
import {
  type LoadBalancerAttributesInput,
  loadBalancerAttributesSchema,
  loadBalancerAttributesToAws,
} from "@/lib/schemas/load-balancer";

import { updateAttributesAction } from "../actions";
import { useAlbReviewProps } from "./alb-review-props";

interface Draft {
  idleTimeoutSeconds: string;
  deletionProtection: boolean;
  http2Enabled: boolean;
  dropInvalidHeaderFields: boolean;
  desyncMitigationMode: string;
  accessLogsEnabled: boolean;
  bucket: string;
  prefix: string;
}

function draftFrom(attributes: Attributes): Draft {
  const values = editableAttributes(attributes);
  return {
    idleTimeoutSeconds: values["idle_timeout.timeout_seconds"],
    deletionProtection: values["deletion_protection.enabled"] === "true",
    http2Enabled: values["routing.http2.enabled"] === "true",
    dropInvalidHeaderFields: values["routing.http.drop_invalid_header_fields.enabled"] === "true",
    desyncMitigationMode: values["routing.http.desync_mitigation_mode"],
    accessLogsEnabled: values["access_logs.s3.enabled"] === "true",
    bucket: values["access_logs.s3.bucket"],
    prefix: values["access_logs.s3.prefix"],
  };
}

function inputFrom(draft: Draft) {
  return {
    idleTimeoutSeconds: draft.idleTimeoutSeconds.trim(),
    deletionProtection: draft.deletionProtection,
    http2Enabled: draft.http2Enabled,
    dropInvalidHeaderFields: draft.dropInvalidHeaderFields,
    desyncMitigationMode: draft.desyncMitigationMode as LoadBalancerAttributesInput["desyncMitigationMode"],
    accessLogs: {
      enabled: draft.accessLogsEnabled,
      bucket: draft.bucket.trim() || undefined,
      prefix: draft.prefix.trim() || undefined,
    },
  };
}

type AttributesPayload = {
  region: string;
  loadBalancerName: string;
  expected: Record<string, string>;
  attributes: ReturnType<typeof inputFrom>;
};

/** The attribute changes the draft makes to what was loaded, or its field errors. */
function previewAttributes({ expected, attributes }: AttributesPayload): ActionResult<ReviewPreview> {
  const parsed = loadBalancerAttributesSchema.safeParse(attributes);
  if (!parsed.success) return invalidDraft(fieldErrorsOf(parsed.error), "attributes");
  const after = { ...expected, ...changedAttributes(expected, loadBalancerAttributesToAws(parsed.data)) };
  return reviewRows(diffViews(attributesView(expected), attributesView(after)));
}

/**
 * The attributes' edit form and its review, loaded when "Edit attributes" is opened (see lazy-flows.tsx). It starts
 * from `current`, what the page shows, and hands what it applied back to the view.
 */
export function AttributesForm({
  region,
  loadBalancerName,
  current,
  onApplied,
  onClose,
}: {
  region: string;
  loadBalancerName: string;
  current: Attributes;
  onApplied: (next: Attributes, message: string | undefined) => void;
  onClose: () => void;
}) {
  const reviewProps = useAlbReviewProps(onClose);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(current));
  const values = editableAttributes(current);
  const review = useReview({
    preview: localPreview(previewAttributes),
    apply: updateAttributesAction,
    onApplied: (done) => {
      const parsed = loadBalancerAttributesSchema.safeParse(inputFrom(draft));
      onApplied(
        parsed.success
          ? { ...current, ...changedAttributes(values, loadBalancerAttributesToAws(parsed.data)) }
          : current,
        done.message,
      );
    },
  });

  const errors = scopeFieldErrors(review.allFieldErrors, "attributes");

  if (!review.isEditing) {
    return <ReviewApplyPanel review={review} {...reviewProps} title="Review attribute changes" />;
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  return (
    <form
      aria-label="Edit attributes"
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        review.requestPreview({
          region,
          loadBalancerName,
          expected: values,
          attributes: inputFrom(draft),
        });
      }}
    >
      <TextField
        id="attr-idle-timeout"
        label="Idle timeout (seconds)"
        inputMode="numeric"
        value={draft.idleTimeoutSeconds}
        onChange={(event) => set("idleTimeoutSeconds", event.target.value)}
        hint="1–4000. Keep it below the targets' keep-alive timeout, or they close connections the load balancer still uses (502s)."
        errors={errors.idleTimeoutSeconds}
        className="max-w-xs"
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <CheckboxField
          id="attr-deletion-protection"
          label="Deletion protection"
          hint="While on, the load balancer cannot be deleted."
          checked={draft.deletionProtection}
          onChange={(event) => set("deletionProtection", event.target.checked)}
        />
        <CheckboxField
          id="attr-http2"
          label="HTTP/2"
          hint="Clients may use HTTP/2 (on by default)."
          checked={draft.http2Enabled}
          onChange={(event) => set("http2Enabled", event.target.checked)}
        />
        <CheckboxField
          id="attr-drop-invalid"
          label="Drop invalid header fields"
          hint="Removes headers whose names are not valid HTTP before forwarding."
          checked={draft.dropInvalidHeaderFields}
          onChange={(event) => set("dropInvalidHeaderFields", event.target.checked)}
        />
      </div>
      <SelectField
        id="attr-desync"
        label="Desync mitigation mode"
        value={draft.desyncMitigationMode}
        onChange={(event) => set("desyncMitigationMode", event.target.value)}
        errors={errors.desyncMitigationMode}
        hint="Defensive is AWS's default; monitor lets ambiguous requests through."
        className="max-w-xs"
      >
        <option value="defensive">defensive</option>
        <option value="strictest">strictest</option>
        <option value="monitor">monitor</option>
      </SelectField>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">Access logs</legend>
        <CheckboxField
          id="attr-access-logs"
          label="Write access logs to S3"
          checked={draft.accessLogsEnabled}
          onChange={(event) => set("accessLogsEnabled", event.target.checked)}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id="attr-log-bucket"
            label="Bucket"
            value={draft.bucket}
            onChange={(event) => set("bucket", event.target.value)}
            disabled={!draft.accessLogsEnabled}
            errors={errors["accessLogs.bucket"]}
            hint="Its bucket policy must let the load balancer write."
          />
          <TextField
            id="attr-log-prefix"
            label="Prefix (optional)"
            value={draft.prefix}
            onChange={(event) => set("prefix", event.target.value)}
            disabled={!draft.accessLogsEnabled}
            errors={errors["accessLogs.prefix"]}
          />
        </div>
      </fieldset>
      <FormMessage
        status={Object.keys(errors).length ? "error" : "idle"}
        message={
          Object.keys(errors).length ? "Some fields need attention: nothing was sent to AWS." : undefined
        }
      />
      <div className="flex gap-2">
        <Button type="submit">Review changes</Button>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
