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
import { SelectField, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { messagesFor, scopeFieldErrors } from "@/lib/actions/field-errors";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { ListenerSummary } from "@/lib/alb/domain";
import { actionInputFrom, emptyActionDraft, type ActionDraft } from "@/lib/alb/edit/drafts";
import { listenersView, listenerView } from "@/lib/alb/edit/model";
import { DEFAULT_SSL_POLICY } from "@/lib/aws/elbv2/ssl-policy-order";
import { diffViews } from "@/lib/diff/diff";
import { listenerSchemaFor } from "@/lib/schemas/listener";

import { addListenerAction } from "../actions";
import { ActionEditor } from "./action-editor";
import { certificateStatuses, type EditContext, loadBalancerOf } from "./edit-context";
import { CertificateSelect, FlowForm, PolicySelect } from "./listener-fields";
import { useAlbReviewProps } from "./alb-review-props";

/** Add a listener: protocol, port, certificate and policy for HTTPS, default action. */
export function AddListenerFlow({
  context,
  listeners,
  onClose,
}: {
  context: EditContext;
  listeners: ListenerSummary[];
  onClose: (message?: string) => void;
}) {
  const hasHttp = listeners.some((listener) => listener.port === 80);
  const [protocol, setProtocol] = useState<"HTTP" | "HTTPS">(hasHttp ? "HTTPS" : "HTTP");
  const [port, setPort] = useState(
    hasHttp ? (listeners.some((listener) => listener.port === 443) ? "8443" : "443") : "80",
  );
  const [sslPolicy, setSslPolicy] = useState(DEFAULT_SSL_POLICY);
  const [certificateArn, setCertificateArn] = useState("");
  const [action, setAction] = useState<ActionDraft>(() => emptyActionDraft(context.targetGroups[0]?.arn));
  const isHttps = protocol === "HTTPS";
  const reviewProps = useAlbReviewProps(() => onClose());
  const review = useReview({
    preview: localPreview((payload: { listener: unknown }): ActionResult<ReviewPreview> => {
      const parsed = listenerSchemaFor({
        certificates: isHttps ? { statuses: certificateStatuses(context) } : undefined,
        usedPorts: listeners.map((candidate) => candidate.port),
      }).safeParse(payload.listener);
      if (!parsed.success) return invalidDraft(fieldErrorsOf(parsed.error), "listener");
      const summary: ListenerSummary = {
        arn: "",
        loadBalancerArn: "",
        protocol: parsed.data.protocol,
        port: parsed.data.port,
        sslPolicy: parsed.data.sslPolicy,
        certificates: parsed.data.certificateArn
          ? [{ certificateArn: parsed.data.certificateArn, isDefault: true }]
          : [],
        defaultActions: [
          { type: parsed.data.defaultAction.type, summary: "", spec: parsed.data.defaultAction },
        ],
      };
      return reviewRows(diffViews({}, listenerView(summary, context.domains)));
    }),
    apply: addListenerAction,
    toApply: (payload: { listener: unknown }) => ({
      ...loadBalancerOf(context),
      expected: listenersView(listeners),
      listener: payload.listener as never,
    }),
    onApplied: (done) => onClose(done.message),
  });
  const errors = scopeFieldErrors(review.allFieldErrors, "listener");
  const listener = {
    protocol,
    port: port.trim(),
    certificateArn: isHttps ? certificateArn || undefined : undefined,
    sslPolicy: isHttps ? sslPolicy || undefined : undefined,
    defaultAction: actionInputFrom(action),
  };

  if (!review.isEditing) {
    return (
      <ReviewApplyPanel
        review={review}
        {...reviewProps}
        title="Add a listener"
        applyLabel={() => "Add listener"}
      />
    );
  }
  const actionErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith("defaultAction."))
      .map(([key, value]) => [key.slice("defaultAction.".length), value]),
  );
  return (
    <FlowForm
      title="Add a listener"
      errors={errors}
      onReview={() => review.requestPreview({ listener })}
      onCancel={() => onClose()}
    >
      <div className="grid gap-3 sm:grid-cols-[10rem_10rem]">
        <SelectField
          id="new-listener-protocol"
          label="Protocol"
          value={protocol}
          onChange={(event) => setProtocol(event.target.value as "HTTP" | "HTTPS")}
          errors={messagesFor(errors, "protocol")}
        >
          <option>HTTP</option>
          <option>HTTPS</option>
        </SelectField>
        <TextField
          id="new-listener-port"
          label="Port"
          inputMode="numeric"
          value={port}
          onChange={(event) => setPort(event.target.value)}
          errors={messagesFor(errors, "port")}
        />
      </div>
      {isHttps && (
        <div className="grid gap-3 md:grid-cols-2">
          <CertificateSelect
            id="new-listener-cert"
            label="Default certificate"
            context={context}
            value={certificateArn}
            onChange={setCertificateArn}
            errors={messagesFor(errors, "certificateArn")}
          />
          <PolicySelect
            id="new-listener-policy"
            context={context}
            value={sslPolicy}
            onChange={setSslPolicy}
            errors={messagesFor(errors, "sslPolicy")}
          />
        </div>
      )}
      <ActionEditor
        idPrefix="new-listener-action"
        legend="Default action"
        draft={action}
        onChange={setAction}
        errors={actionErrors}
        targetGroups={context.targetGroups}
        listenerProtocol={protocol}
      />
    </FlowForm>
  );
}
