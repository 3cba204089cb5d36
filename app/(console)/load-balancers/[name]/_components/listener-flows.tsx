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
import type { ActionResult } from "@/lib/action-result";
import { messagesFor, scopeFieldErrors } from "@/lib/actions/field-errors";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { actionDraftFrom, actionInputFrom, type ActionDraft } from "@/lib/alb/edit/drafts";
import { listenerView, listenerWithSettings, rulesView } from "@/lib/alb/edit/model";
import { DEFAULT_SSL_POLICY } from "@/lib/aws/elbv2/ssl-policy-order";
import { diffViews } from "@/lib/diff/diff";
import { listenerCertificatesSchemaFor, listenerSchemaFor } from "@/lib/schemas/listener";

import {
  addListenerCertificateAction,
  deleteListenerAction,
  removeListenerCertificateAction,
  updateListenerAction,
} from "../actions";
import { ActionEditor } from "./action-editor";
import {
  certificateStatuses,
  type EditContext,
  type ListenerWithRules,
  loadBalancerOf,
} from "./edit-context";
import { CertificateSelect, FlowForm, PolicySelect } from "./listener-fields";
import { useAlbDeletion, useAlbReviewProps } from "./alb-review-props";

/** Security policy, default certificate (replace) and default action of a listener. */
export function ListenerSettingsFlow({
  context,
  listener,
  onClose,
}: {
  context: EditContext;
  listener: ListenerWithRules;
  onClose: (message?: string) => void;
}) {
  const isHttps = listener.protocol === "HTTPS";
  const currentDefault =
    listener.certificates.find((certificate) => certificate.isDefault)?.certificateArn ?? "";
  const [sslPolicy, setSslPolicy] = useState(listener.sslPolicy ?? DEFAULT_SSL_POLICY);
  const [certificateArn, setCertificateArn] = useState(currentDefault);
  const [action, setAction] = useState<ActionDraft>(() =>
    actionDraftFrom(
      listener.defaultActions.find((candidate) => candidate.spec)?.spec,
      context.targetGroups[0]?.arn,
    ),
  );
  const title = `Listener ${listener.protocol}:${listener.port} settings`;
  const settings = {
    sslPolicy: isHttps ? sslPolicy || undefined : undefined,
    certificateArn: isHttps ? certificateArn || undefined : undefined,
    defaultAction: actionInputFrom(action),
  };
  const reviewProps = useAlbReviewProps(() => onClose());
  const review = useReview({
    preview: localPreview((payload: { settings: typeof settings }): ActionResult<ReviewPreview> => {
      const parsed = listenerSchemaFor({
        certificates: isHttps ? { statuses: certificateStatuses(context) } : undefined,
      }).safeParse({ protocol: listener.protocol, port: listener.port, ...payload.settings });
      if (!parsed.success) return invalidDraft(fieldErrorsOf(parsed.error), "settings");
      const after = listenerWithSettings(listener, parsed.data);
      const rows = diffViews(listenerView(listener, context.domains), listenerView(after, context.domains));
      return reviewRows(rows);
    }),
    apply: updateListenerAction,
    toApply: (payload: { settings: typeof settings }) => ({
      ...loadBalancerOf(context),
      listenerArn: listener.arn,
      expected: listenerView(listener),
      settings: payload.settings as never,
    }),
    onApplied: (done) => onClose(done.message),
  });
  const errors = scopeFieldErrors(review.allFieldErrors, "settings");
  const isLegacy = context.sslPolicies.find((policy) => policy.name === sslPolicy)?.isLegacy;

  if (!review.isEditing) {
    return (
      <ReviewApplyPanel
        review={review}
        {...reviewProps}
        title={title}
        note={
          isHttps && isLegacy ? (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
              {sslPolicy} is a legacy policy: it accepts TLS 1.0 and 1.1. Choose it only if old clients must
              still connect.
            </p>
          ) : undefined
        }
      />
    );
  }
  return (
    <FlowForm
      title={title}
      errors={errors}
      onReview={() => review.requestPreview({ settings })}
      onCancel={() => onClose()}
    >
      {isHttps && (
        <div className="grid gap-3 md:grid-cols-2">
          <PolicySelect
            id={`policy-${listener.port}`}
            context={context}
            value={sslPolicy}
            onChange={setSslPolicy}
            errors={messagesFor(errors, "sslPolicy")}
          />
          <CertificateSelect
            id={`default-cert-${listener.port}`}
            label="Default certificate"
            context={context}
            value={certificateArn}
            onChange={setCertificateArn}
            errors={messagesFor(errors, "certificateArn")}
          />
        </div>
      )}
      <ActionEditor
        idPrefix={`default-action-${listener.port}`}
        legend="Default action (when no rule matches)"
        draft={action}
        onChange={setAction}
        errors={Object.fromEntries(
          Object.entries(errors)
            .filter(([key]) => key.startsWith("defaultAction."))
            .map(([key, value]) => [key.slice("defaultAction.".length), value]),
        )}
        targetGroups={context.targetGroups}
        listenerProtocol={listener.protocol === "HTTPS" ? "HTTPS" : "HTTP"}
      />
    </FlowForm>
  );
}

/** Delete a listener (and its rules) after a preview. */
export function DeleteListenerFlow({
  context,
  listener,
  onClose,
}: {
  context: EditContext;
  listener: ListenerWithRules;
  onClose: (message?: string) => void;
}) {
  const ruleCount = listener.rules.filter((rule) => !rule.isDefault).length;
  const before = {
    ...listenerView(listener, context.domains),
    Rules: Object.values(rulesView(listener.rules)).flat(),
  };
  const reviewProps = useAlbReviewProps(() => onClose());
  const review = useAlbDeletion(
    deleteListenerAction,
    { ...loadBalancerOf(context), listenerArn: listener.arn, expected: listenerView(listener) },
    before,
    onClose,
  );
  return (
    <ReviewApplyPanel
      review={review}
      {...reviewProps}
      title={`Delete listener ${listener.protocol}:${listener.port}`}
      tone="danger"
      applyLabel={() => "Delete listener"}
      note={
        <p className="text-sm text-red-800">
          Clients connecting to port {listener.port} will be refused.{" "}
          {ruleCount > 0 ? `Its ${ruleCount} rule${ruleCount === 1 ? "" : "s"} go with it.` : ""}
        </p>
      }
      onBack={() => onClose()}
    />
  );
}

/** Add an SNI certificate, or (with `remove`) remove one that is not the default. */
export function CertificateFlow({
  context,
  listener,
  remove,
  onClose,
}: {
  context: EditContext;
  listener: ListenerWithRules;
  remove?: string;
  onClose: (message?: string) => void;
}) {
  const [certificateArn, setCertificateArn] = useState("");
  const extra = listener.certificates.filter((certificate) => !certificate.isDefault);
  const title = remove
    ? `Remove a certificate from ${listener.protocol}:${listener.port}`
    : `Add a certificate to ${listener.protocol}:${listener.port}`;
  const reviewProps = useAlbReviewProps(() => onClose());
  const payload = (arn: string) => ({
    ...loadBalancerOf(context),
    listenerArn: listener.arn,
    expected: listenerView(listener),
    certificateArn: arn,
  });
  const review = useReview({
    preview: localPreview((draft: ReturnType<typeof payload>): ActionResult<ReviewPreview> => {
      if (!remove) {
        const parsed = listenerCertificatesSchemaFor({
          certificates: { statuses: certificateStatuses(context) },
          existingCount: extra.length,
        }).safeParse({ certificateArns: draft.certificateArn ? [draft.certificateArn] : [] });
        if (!parsed.success)
          return invalidDraft({ certificateArn: parsed.error.issues.map((issue) => issue.message) });
      }
      const certificates = remove
        ? listener.certificates.filter((certificate) => certificate.certificateArn !== remove)
        : [...listener.certificates, { certificateArn: draft.certificateArn, isDefault: false }];
      const rows = diffViews(
        listenerView(listener, context.domains),
        listenerView({ ...listener, certificates }, context.domains),
      );
      return reviewRows(rows);
    }),
    apply: remove ? removeListenerCertificateAction : addListenerCertificateAction,
    startWith: remove ? payload(remove) : undefined,
    onApplied: (done) => onClose(done.message),
  });
  const errors = review.allFieldErrors ?? {};

  if (!review.isEditing || remove) {
    return (
      <ReviewApplyPanel
        review={review}
        {...reviewProps}
        title={title}
        tone={remove ? "danger" : "primary"}
        applyLabel={() => (remove ? "Remove certificate" : "Add certificate")}
        note={
          remove ? (
            <p className="text-sm text-slate-700">
              Clients asking for this certificate&apos;s names (SNI) will get the default certificate instead.
            </p>
          ) : undefined
        }
        onBack={remove ? () => onClose() : undefined}
      />
    );
  }
  return (
    <FlowForm
      title={title}
      errors={errors}
      onReview={() => review.requestPreview(payload(certificateArn))}
      onCancel={() => onClose()}
    >
      <CertificateSelect
        id={`add-cert-${listener.port}`}
        label="Additional certificate (SNI)"
        context={context}
        value={certificateArn}
        onChange={setCertificateArn}
        errors={errors.certificateArn}
        exclude={listener.certificates.map((certificate) => certificate.certificateArn)}
      />
    </FlowForm>
  );
}
