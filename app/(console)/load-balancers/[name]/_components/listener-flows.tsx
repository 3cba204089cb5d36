"use client";

import { useState } from "react";

import { useAction } from "@/components/actions/use-action";
import type { ActionError } from "@/lib/action-result";
import { fieldErrorsOfResult, messagesFor, scopeFieldErrors } from "@/lib/actions/field-errors";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { ListenerSummary } from "@/lib/alb/domain";
import { actionDraftFrom, actionInputFrom, type ActionDraft } from "@/lib/alb/edit/drafts";
import { listenerView, listenerWithSettings, rulesView } from "@/lib/alb/edit/model";
import { DEFAULT_SSL_POLICY } from "@/lib/aws/elbv2/ssl-policy-order";
import { diffViews } from "@/lib/diff/diff";
import type { DiffRow } from "@/lib/diff/diff-row";
import { listenerCertificatesSchemaFor, listenerSchemaFor } from "@/lib/schemas/listener";

import {
  addListenerCertificateAction,
  deleteListenerAction,
  removeListenerCertificateAction,
  updateListenerAction,
} from "../actions";
import { ActionEditor } from "./action-editor";
import { certificateStatuses, type EditContext, type ListenerWithRules } from "./edit-context";
import { CertificateSelect, FlowForm, PolicySelect } from "./listener-fields";
import { ReviewPanel } from "./review-panel";

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
  const [stage, setStage] = useState<"edit" | "review">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [changes, setChanges] = useState<DiffRow[]>([]);
  const { isPending, result, run, reset } = useAction(updateListenerAction, {
    onSuccess: (done) => onClose(done.message),
    onError: (failed) => fieldErrorsOfResult(failed) && setStage("edit"),
  });
  const errors = { ...scopeFieldErrors(fieldErrorsOfResult(result), "settings"), ...clientErrors };
  const title = `Listener ${listener.protocol}:${listener.port} settings`;
  const settings = {
    sslPolicy: isHttps ? sslPolicy || undefined : undefined,
    certificateArn: isHttps ? certificateArn || undefined : undefined,
    defaultAction: actionInputFrom(action),
  };

  function review() {
    reset();
    const parsed = listenerSchemaFor({
      certificates: isHttps ? { statuses: certificateStatuses(context) } : undefined,
    }).safeParse({ protocol: listener.protocol, port: listener.port, ...settings });
    if (!parsed.success) return setClientErrors(fieldErrorsOf(parsed.error));
    setClientErrors({});
    const after = listenerWithSettings(listener, parsed.data);
    setChanges(diffViews(listenerView(listener, context.domains), listenerView(after, context.domains)));
    setStage("review");
  }

  if (stage === "review") {
    return (
      <ReviewPanel
        title={title}
        changes={changes}
        result={result}
        isPending={isPending}
        note={
          isHttps && context.sslPolicies.find((policy) => policy.name === sslPolicy)?.isLegacy ? (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
              {sslPolicy} is a legacy policy: it accepts TLS 1.0 and 1.1. Choose it only if old clients must
              still connect.
            </p>
          ) : undefined
        }
        onBack={() => setStage("edit")}
        onReload={() => onClose()}
        onApply={() =>
          run({
            region: context.region,
            loadBalancerName: context.loadBalancerName,
            listenerArn: listener.arn,
            expected: listenerView(listener),
            settings: settings as never,
          })
        }
      />
    );
  }
  return (
    <FlowForm title={title} errors={errors} onReview={review} onCancel={() => onClose()}>
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
  const { isPending, result, run } = useAction(deleteListenerAction, {
    onSuccess: (done) => onClose(done.message),
  });
  const ruleCount = listener.rules.filter((rule) => !rule.isDefault).length;
  return (
    <ReviewPanel
      title={`Delete listener ${listener.protocol}:${listener.port}`}
      changes={diffViews(
        {
          ...listenerView(listener, context.domains),
          Rules: Object.values(rulesView(listener.rules)).flat(),
        },
        {},
      )}
      result={result}
      isPending={isPending}
      tone="danger"
      applyLabel="Delete listener"
      note={
        <p className="text-sm text-red-800">
          Clients connecting to port {listener.port} will be refused.{" "}
          {ruleCount > 0 ? `Its ${ruleCount} rule${ruleCount === 1 ? "" : "s"} go with it.` : ""}
        </p>
      }
      onBack={() => onClose()}
      onReload={() => onClose()}
      onApply={() =>
        run({
          region: context.region,
          loadBalancerName: context.loadBalancerName,
          listenerArn: listener.arn,
          expected: listenerView(listener),
        })
      }
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
  const [stage, setStage] = useState<"edit" | "review">(remove ? "review" : "edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const callbacks = {
    onSuccess: (done: { message?: string }) => onClose(done.message),
    onError: (failed: ActionError) => fieldErrorsOfResult(failed) && setStage("edit"),
  };
  const add = useAction(addListenerCertificateAction, callbacks);
  const drop = useAction(removeListenerCertificateAction, callbacks);
  const flow = remove ? drop : add;
  const errors = { ...fieldErrorsOfResult(flow.result), ...clientErrors };
  const extra = listener.certificates.filter((certificate) => !certificate.isDefault);
  const target = remove ?? certificateArn;
  const after: ListenerSummary = remove
    ? {
        ...listener,
        certificates: listener.certificates.filter((certificate) => certificate.certificateArn !== remove),
      }
    : { ...listener, certificates: [...listener.certificates, { certificateArn, isDefault: false }] };
  const title = remove
    ? `Remove a certificate from ${listener.protocol}:${listener.port}`
    : `Add a certificate to ${listener.protocol}:${listener.port}`;

  function review() {
    flow.reset();
    const parsed = listenerCertificatesSchemaFor({
      certificates: { statuses: certificateStatuses(context) },
      existingCount: extra.length,
    }).safeParse({ certificateArns: certificateArn ? [certificateArn] : [] });
    if (!parsed.success)
      return setClientErrors({ certificateArn: parsed.error.issues.map((issue) => issue.message) });
    setClientErrors({});
    setStage("review");
  }

  if (stage === "review") {
    return (
      <ReviewPanel
        title={title}
        changes={diffViews(listenerView(listener, context.domains), listenerView(after, context.domains))}
        result={flow.result}
        isPending={flow.isPending}
        tone={remove ? "danger" : "primary"}
        applyLabel={remove ? "Remove certificate" : "Add certificate"}
        note={
          remove ? (
            <p className="text-sm text-slate-700">
              Clients asking for this certificate&apos;s names (SNI) will get the default certificate instead.
            </p>
          ) : undefined
        }
        onBack={() => (remove ? onClose() : setStage("edit"))}
        onReload={() => onClose()}
        onApply={() =>
          flow.run({
            region: context.region,
            loadBalancerName: context.loadBalancerName,
            listenerArn: listener.arn,
            expected: listenerView(listener),
            certificateArn: target,
          })
        }
      />
    );
  }
  return (
    <FlowForm title={title} errors={errors} onReview={review} onCancel={() => onClose()}>
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
