"use client";

import { useState } from "react";

import { ActionEditor } from "@/components/alb-edit/action-editor";
import { actionDraftFrom, actionInputFrom, emptyActionDraft, nextPriority, ruleDraftFrom, ruleInputFrom, type ActionDraft, type RuleDraft } from "@/lib/alb/edit/drafts";
import { listenersView, listenerView, ruleContent, rulesView, ruleView } from "@/lib/alb/edit/model";
import { ReviewPanel } from "@/components/alb-edit/review-panel";
import { RuleFields } from "@/components/alb-edit/rule-editor";
import { errorsUnder, messagesFor, useApply } from "@/components/alb-edit/use-apply";
import { diffViews, type FieldChange } from "@/components/change-preview/diff";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { DEFAULT_SSL_POLICY } from "@/lib/aws/elbv2/ssl-policy-order";
import type { ActionSpec, ListenerRule, ListenerSummary } from "@/lib/alb/domain";
import { listenerCertificatesSchemaFor, listenerSchemaFor, ruleSchemaFor } from "@/lib/schemas/listener";

import {
  addListenerAction,
  addListenerCertificateAction,
  deleteListenerAction,
  deleteRuleAction,
  removeListenerCertificateAction,
  saveRuleAction,
  updateListenerAction,
} from "../actions";
import { certificateStatuses, type EditContext, type ListenerWithRules } from "./edit-context";

const INVALID = "Some fields need attention: nothing was sent to AWS.";

function FormShell({ label, errors, onCancel, children, submitLabel = "Review changes" }: { label: string; errors: Record<string, string[]>; onCancel: () => void; children: React.ReactNode; submitLabel?: string }) {
  return (
    <>
      {children}
      <FormMessage status={Object.keys(errors).length ? "error" : "idle"} message={Object.keys(errors).length ? INVALID : undefined} />
      <div className="flex gap-2">
        <Button type="submit" aria-describedby={undefined}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel} aria-label={`Cancel: ${label}`}>
          Cancel
        </Button>
      </div>
    </>
  );
}

function usedPriorities(rules: ListenerRule[], except?: string): number[] {
  return rules
    .filter((rule) => !rule.isDefault && rule.arn !== except)
    .map((rule) => rule.priority)
    .filter((priority): priority is number => typeof priority === "number");
}

/** Add a rule (no `rule`) or edit one: form → preview → apply. */
export function RuleFlow({ context, listener, rule, onClose }: { context: EditContext; listener: ListenerWithRules; rule?: ListenerRule; onClose: (message?: string) => void }) {
  const before = rule ? ruleContent(rule) : undefined;
  const [draft, setDraft] = useState<RuleDraft>(() =>
    ruleDraftFrom(before, { priority: nextPriority(usedPriorities(listener.rules)), targetGroupArn: context.targetGroups[0]?.arn }),
  );
  const [stage, setStage] = useState<"edit" | "review">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [changes, setChanges] = useState<FieldChange[]>([]);
  const { isPending, result, apply, reset } = useApply(saveRuleAction);
  const expected = rule ? ruleView(ruleContent(rule)) : rulesView(listener.rules);
  const errors = { ...errorsUnder(result, "rule"), ...clientErrors };
  const title = rule ? `Edit rule ${String(rule.priority)} on ${listener.protocol}:${listener.port}` : `Add a rule to ${listener.protocol}:${listener.port}`;

  function review() {
    reset();
    const parsed = ruleSchemaFor({ listenerProtocol: listener.protocol === "HTTPS" ? "HTTPS" : "HTTP", usedPriorities: usedPriorities(listener.rules, rule?.arn) }).safeParse(ruleInputFrom(draft));
    if (!parsed.success) return setClientErrors(fieldErrorsOf(parsed.error));
    setClientErrors({});
    const after = ruleView({ priority: parsed.data.priority, conditions: parsed.data.conditions, action: parsed.data.action });
    setChanges(diffViews(before ? ruleView(before) : {}, after));
    setStage("review");
  }

  if (stage === "review") {
    return (
      <ReviewPanel
        title={title}
        changes={changes}
        result={result}
        isPending={isPending}
        applyLabel={rule ? "Apply changes" : "Add rule"}
        onBack={() => setStage("edit")}
        onReload={() => onClose()}
        onApply={() =>
          apply(
            { region: context.region, loadBalancerName: context.loadBalancerName, listenerArn: listener.arn, ruleArn: rule?.arn, expected, rule: ruleInputFrom(draft) as never },
            (done) => onClose(done.message),
            () => setStage("edit"),
          )
        }
      />
    );
  }
  return (
    <form
      aria-label={title}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        review();
      }}
    >
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <FormShell label={title} errors={errors} onCancel={() => onClose()}>
        <RuleFields idPrefix={`rule-${rule?.arn.split("/").pop() ?? "new"}`} draft={draft} onChange={setDraft} errors={errors} targetGroups={context.targetGroups} />
      </FormShell>
    </form>
  );
}

/** Delete a rule: preview of what goes, then apply. */
export function DeleteRuleFlow({ context, listener, rule, onClose }: { context: EditContext; listener: ListenerSummary; rule: ListenerRule; onClose: (message?: string) => void }) {
  const { isPending, result, apply } = useApply(deleteRuleAction);
  const before = ruleView(ruleContent(rule));
  return (
    <ReviewPanel
      title={`Delete rule ${String(rule.priority)} from ${listener.protocol}:${listener.port}`}
      changes={diffViews(before, {})}
      result={result}
      isPending={isPending}
      tone="danger"
      applyLabel="Delete rule"
      onBack={() => onClose()}
      onReload={() => onClose()}
      onApply={() => apply({ region: context.region, loadBalancerName: context.loadBalancerName, listenerArn: listener.arn, ruleArn: rule.arn, expected: before }, (done) => onClose(done.message))}
    />
  );
}

function policyLabel(policy: EditContext["sslPolicies"][number]): string {
  if (policy.isLegacy) return `${policy.name} — legacy: accepts TLS 1.0/1.1`;
  return policy.supportsTls13 ? `${policy.name} — TLS 1.3` : `${policy.name} — min ${policy.minimumProtocol}`;
}

function PolicySelect({ id, context, value, onChange, errors }: { id: string; context: EditContext; value: string; onChange: (value: string) => void; errors?: string[] }) {
  const selected = context.sslPolicies.find((policy) => policy.name === value);
  return (
    <SelectField
      id={id}
      label="Security policy"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      errors={errors}
      hint={selected?.isLegacy ? "Legacy policy: it still accepts TLS 1.0/1.1, which browsers have dropped. Prefer a TLS 1.3 policy." : `TLS 1.3 policies first; ${DEFAULT_SSL_POLICY} is the recommended default.`}
    >
      <option value="">Choose a policy…</option>
      <optgroup label="TLS 1.3">
        {context.sslPolicies.filter((policy) => policy.supportsTls13 && !policy.isLegacy).map((policy) => (
          <option key={policy.name} value={policy.name}>{policyLabel(policy)}</option>
        ))}
      </optgroup>
      <optgroup label="TLS 1.2">
        {context.sslPolicies.filter((policy) => !policy.supportsTls13 && !policy.isLegacy).map((policy) => (
          <option key={policy.name} value={policy.name}>{policyLabel(policy)}</option>
        ))}
      </optgroup>
      <optgroup label="Legacy (not recommended)">
        {context.sslPolicies.filter((policy) => policy.isLegacy).map((policy) => (
          <option key={policy.name} value={policy.name}>{policyLabel(policy)}</option>
        ))}
      </optgroup>
    </SelectField>
  );
}

function CertificateSelect({ id, label, context, value, onChange, errors, exclude = [] }: { id: string; label: string; context: EditContext; value: string; onChange: (value: string) => void; errors?: string[]; exclude?: string[] }) {
  return (
    <SelectField id={id} label={label} value={value} onChange={(event) => onChange(event.target.value)} errors={errors} hint="Only issued ACM certificates of this Region can go on a listener.">
      <option value="">Choose a certificate…</option>
      {context.certificates
        .filter((certificate) => !exclude.includes(certificate.arn))
        .map((certificate) => (
          <option key={certificate.arn} value={certificate.arn} disabled={certificate.status !== "ISSUED"}>
            {certificate.domainName} ({certificate.arn.split("/").pop()?.slice(0, 8)}){certificate.status !== "ISSUED" ? ` — ${certificate.status.toLowerCase().replace(/_/g, " ")}` : ""}
            {certificate.type === "IMPORTED" ? " — imported" : ""}
          </option>
        ))}
    </SelectField>
  );
}

function withDefaultAction(listener: ListenerSummary, spec: ActionSpec): ListenerSummary {
  return { ...listener, defaultActions: [{ type: spec.type, summary: "", spec }] };
}

/** Security policy, default certificate (replace) and default action of a listener. */
export function ListenerSettingsFlow({ context, listener, onClose }: { context: EditContext; listener: ListenerWithRules; onClose: (message?: string) => void }) {
  const isHttps = listener.protocol === "HTTPS";
  const currentDefault = listener.certificates.find((certificate) => certificate.isDefault)?.certificateArn ?? "";
  const [sslPolicy, setSslPolicy] = useState(listener.sslPolicy ?? DEFAULT_SSL_POLICY);
  const [certificateArn, setCertificateArn] = useState(currentDefault);
  const [action, setAction] = useState<ActionDraft>(() => actionDraftFrom(listener.defaultActions.find((candidate) => candidate.spec)?.spec, context.targetGroups[0]?.arn));
  const [stage, setStage] = useState<"edit" | "review">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [changes, setChanges] = useState<FieldChange[]>([]);
  const { isPending, result, apply, reset } = useApply(updateListenerAction);
  const errors = { ...errorsUnder(result, "settings"), ...clientErrors };
  const title = `Listener ${listener.protocol}:${listener.port} settings`;
  const settings = { sslPolicy: isHttps ? sslPolicy || undefined : undefined, certificateArn: isHttps ? certificateArn || undefined : undefined, defaultAction: actionInputFrom(action) };

  function review() {
    reset();
    const parsed = listenerSchemaFor({
      certificates: isHttps ? { statuses: certificateStatuses(context) } : undefined,
    }).safeParse({ protocol: listener.protocol, port: listener.port, ...settings });
    if (!parsed.success) return setClientErrors(fieldErrorsOf(parsed.error));
    setClientErrors({});
    const after: ListenerSummary = {
      ...withDefaultAction(listener, parsed.data.defaultAction),
      sslPolicy: isHttps ? parsed.data.sslPolicy : listener.sslPolicy,
      certificates: isHttps
        ? [{ certificateArn, isDefault: true }, ...listener.certificates.filter((certificate) => !certificate.isDefault && certificate.certificateArn !== certificateArn)]
        : listener.certificates,
    };
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
              {sslPolicy} is a legacy policy: it accepts TLS 1.0 and 1.1. Choose it only if old clients must still connect.
            </p>
          ) : undefined
        }
        onBack={() => setStage("edit")}
        onReload={() => onClose()}
        onApply={() =>
          apply({ region: context.region, loadBalancerName: context.loadBalancerName, listenerArn: listener.arn, expected: listenerView(listener), settings: settings as never }, (done) => onClose(done.message), () => setStage("edit"))
        }
      />
    );
  }
  return (
    <form aria-label={title} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4" onSubmit={(event) => { event.preventDefault(); review(); }}>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <FormShell label={title} errors={errors} onCancel={() => onClose()}>
        {isHttps && (
          <div className="grid gap-3 md:grid-cols-2">
            <PolicySelect id={`policy-${listener.port}`} context={context} value={sslPolicy} onChange={setSslPolicy} errors={messagesFor(errors, "sslPolicy")} />
            <CertificateSelect id={`default-cert-${listener.port}`} label="Default certificate" context={context} value={certificateArn} onChange={setCertificateArn} errors={messagesFor(errors, "certificateArn")} />
          </div>
        )}
        <ActionEditor idPrefix={`default-action-${listener.port}`} legend="Default action (when no rule matches)" draft={action} onChange={setAction} errors={Object.fromEntries(Object.entries(errors).filter(([key]) => key.startsWith("defaultAction.")).map(([key, value]) => [key.slice("defaultAction.".length), value]))} targetGroups={context.targetGroups} listenerProtocol={listener.protocol === "HTTPS" ? "HTTPS" : "HTTP"} />
      </FormShell>
    </form>
  );
}

/** Delete a listener (and its rules) after a preview. */
export function DeleteListenerFlow({ context, listener, onClose }: { context: EditContext; listener: ListenerWithRules; onClose: (message?: string) => void }) {
  const { isPending, result, apply } = useApply(deleteListenerAction);
  const ruleCount = listener.rules.filter((rule) => !rule.isDefault).length;
  return (
    <ReviewPanel
      title={`Delete listener ${listener.protocol}:${listener.port}`}
      changes={diffViews({ ...listenerView(listener, context.domains), Rules: Object.values(rulesView(listener.rules)).flat() }, {})}
      result={result}
      isPending={isPending}
      tone="danger"
      applyLabel="Delete listener"
      note={<p className="text-sm text-red-800">Clients connecting to port {listener.port} will be refused. {ruleCount > 0 ? `Its ${ruleCount} rule${ruleCount === 1 ? "" : "s"} go with it.` : ""}</p>}
      onBack={() => onClose()}
      onReload={() => onClose()}
      onApply={() => apply({ region: context.region, loadBalancerName: context.loadBalancerName, listenerArn: listener.arn, expected: listenerView(listener) }, (done) => onClose(done.message))}
    />
  );
}

/** Add an SNI certificate, or (with `remove`) remove one that is not the default. */
export function CertificateFlow({ context, listener, remove, onClose }: { context: EditContext; listener: ListenerWithRules; remove?: string; onClose: (message?: string) => void }) {
  const [certificateArn, setCertificateArn] = useState("");
  const [stage, setStage] = useState<"edit" | "review">(remove ? "review" : "edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const add = useApply(addListenerCertificateAction);
  const drop = useApply(removeListenerCertificateAction);
  const flow = remove ? drop : add;
  const errors = { ...(flow.result.status === "error" && flow.result.fieldErrors ? flow.result.fieldErrors : {}), ...clientErrors };
  const extra = listener.certificates.filter((certificate) => !certificate.isDefault);
  const target = remove ?? certificateArn;
  const after: ListenerSummary = remove
    ? { ...listener, certificates: listener.certificates.filter((certificate) => certificate.certificateArn !== remove) }
    : { ...listener, certificates: [...listener.certificates, { certificateArn, isDefault: false }] };
  const title = remove ? `Remove a certificate from ${listener.protocol}:${listener.port}` : `Add a certificate to ${listener.protocol}:${listener.port}`;

  function review() {
    flow.reset();
    const parsed = listenerCertificatesSchemaFor({ certificates: { statuses: certificateStatuses(context) }, existingCount: extra.length }).safeParse({ certificateArns: certificateArn ? [certificateArn] : [] });
    if (!parsed.success) return setClientErrors({ certificateArn: parsed.error.issues.map((issue) => issue.message) });
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
        note={remove ? <p className="text-sm text-slate-700">Clients asking for this certificate&apos;s names (SNI) will get the default certificate instead.</p> : undefined}
        onBack={() => (remove ? onClose() : setStage("edit"))}
        onReload={() => onClose()}
        onApply={() =>
          flow.apply({ region: context.region, loadBalancerName: context.loadBalancerName, listenerArn: listener.arn, expected: listenerView(listener), certificateArn: target }, (done) => onClose(done.message), () => setStage("edit"))
        }
      />
    );
  }
  return (
    <form aria-label={title} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4" onSubmit={(event) => { event.preventDefault(); review(); }}>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <FormShell label={title} errors={errors} onCancel={() => onClose()}>
        <CertificateSelect id={`add-cert-${listener.port}`} label="Additional certificate (SNI)" context={context} value={certificateArn} onChange={setCertificateArn} errors={errors.certificateArn} exclude={listener.certificates.map((certificate) => certificate.certificateArn)} />
      </FormShell>
    </form>
  );
}

/** Add a listener: protocol, port, certificate and policy for HTTPS, default action. */
export function AddListenerFlow({ context, listeners, onClose }: { context: EditContext; listeners: ListenerSummary[]; onClose: (message?: string) => void }) {
  const hasHttp = listeners.some((listener) => listener.port === 80);
  const [protocol, setProtocol] = useState<"HTTP" | "HTTPS">(hasHttp ? "HTTPS" : "HTTP");
  const [port, setPort] = useState(hasHttp ? (listeners.some((listener) => listener.port === 443) ? "8443" : "443") : "80");
  const [sslPolicy, setSslPolicy] = useState(DEFAULT_SSL_POLICY);
  const [certificateArn, setCertificateArn] = useState("");
  const [action, setAction] = useState<ActionDraft>(() => emptyActionDraft(context.targetGroups[0]?.arn));
  const [stage, setStage] = useState<"edit" | "review">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [changes, setChanges] = useState<FieldChange[]>([]);
  const { isPending, result, apply, reset } = useApply(addListenerAction);
  const errors = { ...errorsUnder(result, "listener"), ...clientErrors };
  const isHttps = protocol === "HTTPS";
  const listener = { protocol, port: port.trim(), certificateArn: isHttps ? certificateArn || undefined : undefined, sslPolicy: isHttps ? sslPolicy || undefined : undefined, defaultAction: actionInputFrom(action) };

  function review() {
    reset();
    const parsed = listenerSchemaFor({ certificates: isHttps ? { statuses: certificateStatuses(context) } : undefined, usedPorts: listeners.map((candidate) => candidate.port) }).safeParse(listener);
    if (!parsed.success) return setClientErrors(fieldErrorsOf(parsed.error));
    setClientErrors({});
    const summary: ListenerSummary = {
      arn: "",
      loadBalancerArn: "",
      protocol: parsed.data.protocol,
      port: parsed.data.port,
      sslPolicy: parsed.data.sslPolicy,
      certificates: parsed.data.certificateArn ? [{ certificateArn: parsed.data.certificateArn, isDefault: true }] : [],
      defaultActions: [{ type: parsed.data.defaultAction.type, summary: "", spec: parsed.data.defaultAction }],
    };
    setChanges(diffViews({}, listenerView(summary, context.domains)));
    setStage("review");
  }

  if (stage === "review") {
    return (
      <ReviewPanel
        title="Add a listener"
        changes={changes}
        result={result}
        isPending={isPending}
        applyLabel="Add listener"
        onBack={() => setStage("edit")}
        onReload={() => onClose()}
        onApply={() => apply({ region: context.region, loadBalancerName: context.loadBalancerName, expected: listenersView(listeners), listener: listener as never }, (done) => onClose(done.message), () => setStage("edit"))}
      />
    );
  }
  const actionErrors = Object.fromEntries(Object.entries(errors).filter(([key]) => key.startsWith("defaultAction.")).map(([key, value]) => [key.slice("defaultAction.".length), value]));
  return (
    <form aria-label="Add a listener" noValidate className="space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4" onSubmit={(event) => { event.preventDefault(); review(); }}>
      <h3 className="text-sm font-semibold text-slate-900">Add a listener</h3>
      <FormShell label="Add a listener" errors={errors} onCancel={() => onClose()}>
        <div className="grid gap-3 sm:grid-cols-[10rem_10rem]">
          <SelectField id="new-listener-protocol" label="Protocol" value={protocol} onChange={(event) => setProtocol(event.target.value as "HTTP" | "HTTPS")} errors={messagesFor(errors, "protocol")}>
            <option>HTTP</option>
            <option>HTTPS</option>
          </SelectField>
          <TextField id="new-listener-port" label="Port" inputMode="numeric" value={port} onChange={(event) => setPort(event.target.value)} errors={messagesFor(errors, "port")} />
        </div>
        {isHttps && (
          <div className="grid gap-3 md:grid-cols-2">
            <CertificateSelect id="new-listener-cert" label="Default certificate" context={context} value={certificateArn} onChange={setCertificateArn} errors={messagesFor(errors, "certificateArn")} />
            <PolicySelect id="new-listener-policy" context={context} value={sslPolicy} onChange={setSslPolicy} errors={messagesFor(errors, "sslPolicy")} />
          </div>
        )}
        <ActionEditor idPrefix="new-listener-action" legend="Default action" draft={action} onChange={setAction} errors={actionErrors} targetGroups={context.targetGroups} listenerProtocol={protocol} />
      </FormShell>
    </form>
  );
}
