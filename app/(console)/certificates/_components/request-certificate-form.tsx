"use client";

import { useRouter } from "next/navigation";

import { useAction } from "@/components/actions/use-action";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";

import { requestCertificateAction } from "../actions";

const KEY_ALGORITHMS = [
  { value: "RSA_2048", label: "RSA 2048 (widest client support)" },
  { value: "EC_prime256v1", label: "ECDSA P-256 (smaller, faster handshakes)" },
  { value: "EC_secp384r1", label: "ECDSA P-384" },
  { value: "RSA_3072", label: "RSA 3072" },
  { value: "RSA_4096", label: "RSA 4096" },
] as const;

const text = (value: unknown) =>
  typeof value === "string" ? value : Array.isArray(value) ? value.join("\n") : undefined;

/** Errors of the SANs list ("subjectAlternativeNames.2") shown under the one textarea, naming the line. */
function sanErrors(fieldErrors: Record<string, string[]> | undefined, names: string[]): string[] | undefined {
  if (!fieldErrors) return undefined;
  const messages = Object.entries(fieldErrors)
    .filter(([key]) => key.startsWith("subjectAlternativeNames"))
    .flatMap(([key, list]) => {
      const index = Number(key.split(".")[1]);
      const name = Number.isInteger(index) ? names[index] : undefined;
      return list.map((message) => (name ? `${name}: ${message}` : message));
    });
  return messages.length ? messages : undefined;
}

export function RequestCertificateForm({ region, submissionId }: { region: string; submissionId: string }) {
  const router = useRouter();
  const { result, formAction, isPending } = useAction(requestCertificateAction, {
    onSuccess: (success) => router.push(`/certificates/${success.data.id}`),
  });
  const values = result.status === "error" ? result.values : undefined;
  const errors = result.status === "error" ? result.fieldErrors : undefined;
  const sans = text(values?.subjectAlternativeNames) ?? "";
  const formKey = result.status === "error" ? JSON.stringify(values ?? {}) : "fresh";

  return (
    <form action={formAction} className="space-y-4" aria-label="Request a public certificate" key={formKey}>
      {/* Same id on a retried submit, so AWS's idempotency token returns what the first try created. */}
      <input type="hidden" name="submissionId" value={submissionId} />
      <TextField
        id="domainName"
        label="Domain name"
        placeholder="images.example.com"
        hint="The fully qualified name the certificate is for. A wildcard (*.example.com) covers one label only."
        defaultValue={text(values?.domainName)}
        errors={errors?.domainName}
        autoComplete="off"
        required
      />
      <TextAreaField
        id="subjectAlternativeNames"
        label="Other names (optional)"
        rows={3}
        placeholder={"*.images.example.com\nimages-eu.example.com"}
        hint="One per line, up to 9. Add the apex and *.apex separately if you need both: they share one validation record."
        defaultValue={sans}
        errors={sanErrors(errors, sans.split(/[\s,]+/).filter(Boolean))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="keyAlgorithm"
          label="Key algorithm"
          defaultValue={text(values?.keyAlgorithm) ?? "RSA_2048"}
          errors={errors?.keyAlgorithm}
        >
          {KEY_ALGORITHMS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-col gap-1">
          <span className="text-sm font-medium text-slate-800">Validation</span>
          <p className="rounded-md border border-slate-200 bg-slate-50 px-2.5 py-1.5 text-sm text-slate-700">
            DNS (CNAME records)
          </p>
          <p className="text-xs text-slate-500">
            Next you can create the records in Route 53 in one click; ACM renews automatically while they
            stay.
          </p>
        </div>
      </div>
      <FormMessage status={result.status} message={result.status === "idle" ? undefined : result.message} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Requesting…" : "Request certificate"}
        </Button>
        <span className="text-xs text-slate-500">
          Requested in {region}; an ALB can only use certificates of its own region.
        </span>
      </div>
    </form>
  );
}
