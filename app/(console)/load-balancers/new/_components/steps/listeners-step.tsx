"use client";

import { AlbActionFields } from "@/components/alb-action-fields/alb-action-fields";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { listenerDraft, type ListenerDraft } from "@/lib/alb/create-flow/wizard-state";

import type { StepProps } from "./step-props";

function certificateNote(status: string): string | undefined {
  switch (status) {
    case "ISSUED":
      return undefined;
    case "PENDING_VALIDATION":
      return "pending validation: create its DNS validation record first";
    case "EXPIRED":
      return "expired";
    case "VALIDATION_TIMED_OUT":
      return "validation timed out";
    default:
      return status.toLowerCase().replace(/_/g, " ");
  }
}

function ListenerRow({
  listener,
  index,
  state,
  update,
  errors,
  context,
}: StepProps & { listener: ListenerDraft; index: number }) {
  const path = `listeners.${index}`;
  const set = (patch: Partial<ListenerDraft>) =>
    update({
      listeners: state.listeners.map((item) => (item.key === listener.key ? { ...item, ...patch } : item)),
    });
  const id = `listener-${listener.key}`;
  const unusable = context.certificates.filter((cert) => cert.status !== "ISSUED");
  const chosenPolicy = context.sslPolicies.find((policy) => policy.name === listener.sslPolicy);
  const chosenCertificate = context.certificates.find((cert) => cert.arn === listener.certificateArn);

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">
        Listener {index + 1}: {listener.protocol}:{listener.port || "?"}
      </legend>
      <div className="grid gap-3 sm:grid-cols-[8rem_8rem_1fr_auto] sm:items-start">
        <SelectField
          id={`${id}-protocol`}
          label="Protocol"
          value={listener.protocol}
          onChange={(event) => {
            const protocol = event.target.value as ListenerDraft["protocol"];
            set(
              protocol === "HTTPS"
                ? {
                    protocol,
                    port: listener.port === "80" ? "443" : listener.port,
                    // HTTP→HTTPS was this listener's redirect; on HTTPS itself it would loop.
                    action: listener.action === "redirect" ? "forward" : listener.action,
                    sslPolicy: listener.sslPolicy || (context.sslPolicies[0]?.name ?? ""),
                  }
                : {
                    protocol,
                    port: listener.port === "443" ? "80" : listener.port,
                    certificateArn: "",
                    sslPolicy: "",
                  },
            );
          }}
          errors={errors[`${path}.protocol`]}
        >
          <option value="HTTP">HTTP</option>
          <option value="HTTPS">HTTPS</option>
        </SelectField>
        <TextField
          id={`${id}-port`}
          label="Port"
          inputMode="numeric"
          value={listener.port}
          onChange={(event) => set({ port: event.target.value })}
          errors={errors[`${path}.port`]}
        />
        <SelectField
          id={`${id}-action`}
          label="Default action"
          value={listener.action}
          onChange={(event) => set({ action: event.target.value as ListenerDraft["action"] })}
          errors={errors[`${path}.defaultAction`] ?? errors[`${path}.defaultAction.type`]}
        >
          <option value="forward">Forward to the target group</option>
          <option value="redirect">Redirect</option>
          <option value="fixed-response">Return a fixed response</option>
        </SelectField>
        <div className="sm:pt-6">
          <Button
            variant="ghost"
            onClick={() => update({ listeners: state.listeners.filter((item) => item.key !== listener.key) })}
            disabled={state.listeners.length === 1}
            aria-label={`Remove listener ${index + 1}`}
          >
            Remove
          </Button>
        </div>
      </div>
      <AlbActionFields
        idPrefix={id}
        type={listener.action}
        redirect={listener.redirect}
        fixedResponse={listener.fixedResponse}
        onRedirectChange={(redirect) => set({ redirect })}
        onFixedResponseChange={(fixedResponse) => set({ fixedResponse })}
        errorsFor={(field) => errors[`${path}.defaultAction.${field}`]}
        listenerProtocol={listener.protocol}
      />
      {listener.protocol === "HTTPS" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id={`${id}-certificate`}
            label="Certificate (ACM)"
            value={listener.certificateArn}
            onChange={(event) => set({ certificateArn: event.target.value })}
            errors={errors[`${path}.certificateArn`]}
            hint={
              <>
                {chosenCertificate?.expiryWarning && (
                  <span className="mb-0.5 block font-medium text-amber-800">
                    Warning: {chosenCertificate.expiryWarning}
                  </span>
                )}
                {unusable.length > 0
                  ? `Only issued certificates can be used; ${unusable.map((cert) => `${cert.domainName} is ${certificateNote(cert.status)}`).join("; ")}.`
                  : "The default certificate, served when no SNI certificate matches."}
              </>
            }
          >
            <option value="">Choose a certificate…</option>
            {context.certificates.map((cert) => {
              const note = certificateNote(cert.status);
              const names = [
                cert.domainName,
                ...cert.subjectAlternativeNames.filter((name) => name !== cert.domainName),
              ];
              return (
                <option key={cert.arn} value={cert.arn} disabled={note !== undefined}>
                  {names.join(", ")}
                  {cert.type === "IMPORTED" ? " · imported" : ""}
                  {cert.notAfter ? ` · expires ${cert.notAfter.slice(0, 10)}` : ""}
                  {cert.expiryWarning ? " (soon)" : ""}
                  {note ? ` — not selectable: ${note}` : ""}
                </option>
              );
            })}
          </SelectField>
          <SelectField
            id={`${id}-policy`}
            label="Security policy"
            value={listener.sslPolicy}
            onChange={(event) => set({ sslPolicy: event.target.value })}
            errors={errors[`${path}.sslPolicy`]}
            hint={
              chosenPolicy?.isLegacy
                ? "Legacy: this policy accepts TLS 1.0/1.1, which browsers have dropped and most compliance regimes forbid."
                : chosenPolicy?.supportsTls13
                  ? `Accepts ${chosenPolicy.minimumProtocol} and TLS 1.3.`
                  : chosenPolicy
                    ? `Minimum ${chosenPolicy.minimumProtocol}, no TLS 1.3.`
                    : undefined
            }
          >
            <option value="">Choose a policy…</option>
            {context.sslPolicies.map((policy) => (
              <option key={policy.name} value={policy.name}>
                {policy.name}
                {policy.supportsTls13 ? " · TLS 1.3" : ""}
                {policy.isLegacy ? " · legacy (TLS 1.0/1.1)" : ""}
              </option>
            ))}
          </SelectField>
        </div>
      )}
    </fieldset>
  );
}

export function ListenersStep(props: StepProps) {
  const { state, update, errors } = props;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Each listener accepts connections on a port and by default forwards to the target group, redirects, or
        returns a fixed response. A common setup: HTTPS on 443 forwarding to the target group, and HTTP on 80
        redirecting to HTTPS.
      </p>
      {state.listeners.map((listener, index) => (
        <ListenerRow key={listener.key} {...props} listener={listener} index={index} />
      ))}
      {errors.listeners && <p className="text-xs font-medium text-red-700">{errors.listeners.join(" ")}</p>}
      <Button
        variant="secondary"
        onClick={() =>
          update({
            listeners: [
              ...state.listeners,
              listenerDraft(Math.max(0, ...state.listeners.map((item) => item.key)) + 1),
            ],
          })
        }
      >
        Add listener
      </Button>
    </div>
  );
}
