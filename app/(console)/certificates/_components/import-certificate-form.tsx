"use client";

import { useRouter } from "next/navigation";

import { useAction } from "@/components/actions/use-action";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField } from "@/components/ui/field";
import { EXPIRY_WARNING_DAYS } from "@/lib/alb/certificates/expiry";

import { importCertificateAction } from "../actions";

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The private key goes to the server once and is never sent back: after an error it must be pasted again. */
export function ImportCertificateForm() {
  const router = useRouter();
  const { result, formAction, isPending } = useAction(importCertificateAction, {
    onSuccess: (success) => router.push(`/certificates/${success.data.id}`),
  });
  const values = result.status === "error" ? result.values : undefined;
  const errors = result.status === "error" ? result.fieldErrors : undefined;
  const formKey = result.status === "error" ? JSON.stringify(values ?? {}) : "fresh";

  return (
    <form action={formAction} className="space-y-4" aria-label="Import a certificate" key={formKey}>
      <TextAreaField
        id="certificate"
        label="Certificate body (PEM)"
        rows={7}
        placeholder="-----BEGIN CERTIFICATE-----"
        hint="At most 32 KB. Only the server certificate: put intermediates in the chain below."
        defaultValue={text(values?.certificate)}
        errors={errors?.certificate}
        spellCheck={false}
      />
      <TextAreaField
        id="privateKey"
        label="Private key (PEM, unencrypted)"
        rows={6}
        placeholder="-----BEGIN PRIVATE KEY-----"
        hint={
          values
            ? "Paste the key again: for safety it is never sent back to the browser."
            : "Sent once to the server and on to ACM; never logged, stored or shown again."
        }
        errors={errors?.privateKey}
        spellCheck={false}
        autoComplete="off"
      />
      <TextAreaField
        id="certificateChain"
        label="Certificate chain (optional, PEM)"
        rows={5}
        placeholder="-----BEGIN CERTIFICATE-----"
        hint="The intermediate certificates, issuer of the server certificate first."
        defaultValue={text(values?.certificateChain)}
        errors={errors?.certificateChain}
        spellCheck={false}
      />
      <p className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-900">
        ACM never renews an imported certificate. This console flags it and warns {EXPIRY_WARNING_DAYS} days
        before it expires: re-import a new one before then.
      </p>
      <FormMessage status={result.status} message={result.status === "idle" ? undefined : result.message} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Importing…" : "Import certificate"}
      </Button>
    </form>
  );
}
