"use client";

import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/field";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/form-messages";
import { DEFAULT_SSL_POLICY } from "@/lib/aws/elbv2/ssl-policy-order";

import type { EditContext } from "./edit-context";

// The form pieces the rule and listener flows share.

/** A flow's form: its title, the fields, the form-level message and Review / Cancel. Submitting asks for a review. */
export function FlowForm({
  title,
  errors,
  onReview,
  onCancel,
  children,
  submitLabel = "Review changes",
}: {
  title: string;
  errors: Record<string, string[]>;
  onReview: () => void;
  onCancel: () => void;
  children: ReactNode;
  submitLabel?: string;
}) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form
      aria-label={title}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        onReview();
      }}
    >
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {children}
      <FormMessage
        status={hasErrors ? "error" : "idle"}
        message={hasErrors ? INVALID_INPUT_MESSAGE : undefined}
      />
      <div className="flex gap-2">
        <Button type="submit" aria-describedby={undefined}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel} aria-label={`Cancel: ${title}`}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function policyLabel(policy: EditContext["sslPolicies"][number]): string {
  if (policy.isLegacy) return `${policy.name} — legacy: accepts TLS 1.0/1.1`;
  return policy.supportsTls13 ? `${policy.name} — TLS 1.3` : `${policy.name} — min ${policy.minimumProtocol}`;
}

export function PolicySelect({
  id,
  context,
  value,
  onChange,
  errors,
}: {
  id: string;
  context: EditContext;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}) {
  const selected = context.sslPolicies.find((policy) => policy.name === value);
  return (
    <SelectField
      id={id}
      label="Security policy"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      errors={errors}
      hint={
        selected?.isLegacy
          ? "Legacy policy: it still accepts TLS 1.0/1.1, which browsers have dropped. Prefer a TLS 1.3 policy."
          : `TLS 1.3 policies first; ${DEFAULT_SSL_POLICY} is the recommended default.`
      }
    >
      <option value="">Choose a policy…</option>
      <optgroup label="TLS 1.3">
        {context.sslPolicies
          .filter((policy) => policy.supportsTls13 && !policy.isLegacy)
          .map((policy) => (
            <option key={policy.name} value={policy.name}>
              {policyLabel(policy)}
            </option>
          ))}
      </optgroup>
      <optgroup label="TLS 1.2">
        {context.sslPolicies
          .filter((policy) => !policy.supportsTls13 && !policy.isLegacy)
          .map((policy) => (
            <option key={policy.name} value={policy.name}>
              {policyLabel(policy)}
            </option>
          ))}
      </optgroup>
      <optgroup label="Legacy (not recommended)">
        {context.sslPolicies
          .filter((policy) => policy.isLegacy)
          .map((policy) => (
            <option key={policy.name} value={policy.name}>
              {policyLabel(policy)}
            </option>
          ))}
      </optgroup>
    </SelectField>
  );
}

export function CertificateSelect({
  id,
  label,
  context,
  value,
  onChange,
  errors,
  exclude = [],
}: {
  id: string;
  label: string;
  context: EditContext;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  exclude?: string[];
}) {
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      errors={errors}
      hint="Only issued ACM certificates of this Region can go on a listener."
    >
      <option value="">Choose a certificate…</option>
      {context.certificates
        .filter((certificate) => !exclude.includes(certificate.arn))
        .map((certificate) => (
          <option key={certificate.arn} value={certificate.arn} disabled={certificate.status !== "ISSUED"}>
            {certificate.domainName} ({certificate.arn.split("/").pop()?.slice(0, 8)})
            {certificate.status !== "ISSUED"
              ? ` — ${certificate.status.toLowerCase().replace(/_/g, " ")}`
              : ""}
            {certificate.type === "IMPORTED" ? " — imported" : ""}
          </option>
        ))}
    </SelectField>
  );
}
