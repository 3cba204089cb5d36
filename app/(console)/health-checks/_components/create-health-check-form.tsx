"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { idleResult } from "@/lib/action-result";

import { createHealthCheckAction } from "../actions";

const TYPES = [
  { value: "HTTP", label: "HTTP" },
  { value: "HTTPS", label: "HTTPS" },
  { value: "HTTP_STR_MATCH", label: "HTTP, response contains a string" },
  { value: "HTTPS_STR_MATCH", label: "HTTPS, response contains a string" },
  { value: "TCP", label: "TCP connection" },
  { value: "CALCULATED", label: "Calculated from other health checks" },
] as const;

type CheckType = (typeof TYPES)[number]["value"];

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

export function CreateHealthCheckForm({
  childChoices,
  childrenError,
  submissionId,
}: {
  childChoices: { id: string; label: string }[];
  childrenError?: string;
  submissionId: string;
}) {
  const router = useRouter();
  const [result, formAction, isPending] = useActionState(createHealthCheckAction, idleResult);
  const values = result.status === "error" ? result.values : undefined;
  const errors = result.status === "error" ? result.fieldErrors : undefined;
  const [type, setType] = useState<CheckType>("HTTPS");
  const isHttp = type !== "TCP" && type !== "CALCULATED";
  const isMatch = type.endsWith("_STR_MATCH");
  const isHttps = type.startsWith("HTTPS");
  // Re-key inputs on each failed submit so React's form reset doesn't wipe what the operator typed.
  const formKey = result.status === "error" ? JSON.stringify(values ?? {}) : "fresh";

  useEffect(() => {
    if (result.status === "success") router.push("/health-checks");
  }, [result, router]);

  return (
    <form action={formAction} className="space-y-4" aria-label="Create health check" key={formKey}>
      {/* Same id on a retried submit, so AWS's idempotency token returns what the first try created. */}
      <input type="hidden" name="submissionId" value={submissionId} />
      <SelectField
        id="type"
        label="What to monitor"
        value={type}
        onChange={(event) => setType(event.target.value as CheckType)}
        errors={errors?.type}
      >
        {TYPES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>

      {type !== "CALCULATED" ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="ipAddress"
              label="IP address"
              hint="IPv4 or IPv6; leave empty to use the domain name."
              defaultValue={text(values?.ipAddress)}
              errors={errors?.ipAddress}
              autoComplete="off"
            />
            <TextField
              id="fullyQualifiedDomainName"
              label="Domain name"
              hint={
                isHttps
                  ? "Also sent as the TLS server name (SNI) and Host header."
                  : "Resolved by Route 53 when no IP address is given."
              }
              defaultValue={text(values?.fullyQualifiedDomainName)}
              errors={errors?.fullyQualifiedDomainName}
              autoComplete="off"
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField
              id="port"
              label="Port"
              inputMode="numeric"
              defaultValue={text(values?.port) ?? (isHttps ? "443" : "80")}
              key={`port-${type}`}
              errors={errors?.port}
            />
            <SelectField
              id="requestInterval"
              label="Request interval"
              defaultValue={text(values?.requestInterval) ?? "30"}
              errors={errors?.requestInterval}
              hint="Fast (10 s) costs more."
            >
              <option value="30">30 seconds (standard)</option>
              <option value="10">10 seconds (fast)</option>
            </SelectField>
            <TextField
              id="failureThreshold"
              label="Failure threshold"
              inputMode="numeric"
              hint="Consecutive failures (1–10) before unhealthy."
              defaultValue={text(values?.failureThreshold) ?? "3"}
              errors={errors?.failureThreshold}
            />
          </div>
          {isHttp && (
            <TextField
              id="resourcePath"
              label="Path"
              hint="For example /health; empty requests /."
              defaultValue={text(values?.resourcePath)}
              errors={errors?.resourcePath}
            />
          )}
          {isMatch && (
            <TextField
              id="searchString"
              label="Search string"
              hint="Healthy when the first 5,120 bytes of the response body contain this text (up to 255 characters)."
              defaultValue={text(values?.searchString)}
              errors={errors?.searchString}
            />
          )}
          {isHttps && (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="enableSni"
                defaultChecked={values ? values.enableSni === "on" : true}
              />{" "}
              Send the domain name as SNI
            </label>
          )}
        </>
      ) : (
        <>
          <fieldset
            className="space-y-1"
            aria-describedby={errors?.childHealthChecks ? "children-error" : undefined}
          >
            <legend className="text-sm font-medium text-slate-800">Health checks to monitor</legend>
            {childrenError && <p className="text-xs text-red-700">{childrenError}</p>}
            {childChoices.length === 0 && !childrenError && (
              <p className="text-sm text-slate-600">There are no endpoint health checks to combine yet.</p>
            )}
            {childChoices.map((choice) => (
              <label key={choice.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="childHealthChecks"
                  value={choice.id}
                  defaultChecked={([] as unknown[])
                    .concat(values?.childHealthChecks ?? [])
                    .includes(choice.id)}
                />
                <span className="font-mono text-xs">{choice.id}</span>{" "}
                <span className="text-slate-600">{choice.label}</span>
              </label>
            ))}
            {errors?.childHealthChecks && (
              <p id="children-error" className="text-xs font-medium text-red-700">
                {errors.childHealthChecks.join(" ")}
              </p>
            )}
          </fieldset>
          <TextField
            id="healthThreshold"
            label="Healthy when at least this many are healthy"
            inputMode="numeric"
            defaultValue={text(values?.healthThreshold) ?? "1"}
            errors={errors?.healthThreshold}
          />
        </>
      )}

      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="inverted" defaultChecked={values?.inverted === "on"} /> Invert the status
        (healthy when the check fails)
      </label>

      <FormMessage status={result.status} message={result.status === "idle" ? undefined : result.message} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Creating…" : "Create health check"}
      </Button>
    </form>
  );
}
