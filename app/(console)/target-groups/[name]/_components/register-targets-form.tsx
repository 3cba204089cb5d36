"use client";

import { startTransition, useActionState, useEffect, useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { parseIpTargets } from "@/lib/target-groups/changes";
import { idleResult } from "@/lib/action-result";
import type { TargetSpec } from "@/lib/alb/domain";

import { registerTargetsAction } from "../actions";

const textOf = (value: FormDataEntryValue | null): string => (typeof value === "string" ? value : "");

export interface InstanceOption {
  id: string;
  name?: string;
  state: string;
  privateIp?: string;
  availabilityZone?: string;
}

interface Props {
  targetGroupArn: string;
  targetType: string;
  defaultPort?: number;
  instances: InstanceOption[];
  instancesError?: string;
  loadedTargets: string[];
  onDone: () => void;
}

/** Pick running instances of the VPC (instance targets) or type IPs with ports (ip targets), then register them. */
export function RegisterTargetsForm({
  targetGroupArn,
  targetType,
  defaultPort,
  instances,
  instancesError,
  loadedTargets,
  onDone,
}: Props) {
  const [result, dispatch, isPending] = useActionState(registerTargetsAction, idleResult);
  const [localErrors, setLocalErrors] = useState<string[]>();
  const isIp = targetType === "ip";

  useEffect(() => {
    if (result.status === "success") onDone();
  }, [result, onDone]);

  if (targetType !== "instance" && !isIp) {
    return (
      <p className="text-sm text-slate-600">
        Register {targetType} targets with the AWS CLI for now: this console handles instance and IP targets.
      </p>
    );
  }

  const submit = (formData: FormData) => {
    const port = formData.get("port") ? Number(formData.get("port")) : defaultPort;
    let targets: TargetSpec[];
    if (isIp) {
      const parsed = parseIpTargets(textOf(formData.get("ips")), port);
      if (parsed.errors.length) return setLocalErrors(parsed.errors);
      targets = parsed.targets;
    } else {
      targets = formData
        .getAll("instanceIds")
        .map((id) => ({ id: textOf(id), ...(port === defaultPort ? {} : { port }) }));
    }
    if (targets.length === 0)
      return setLocalErrors([isIp ? "Type at least one IP address." : "Choose at least one instance."]);
    setLocalErrors(undefined);
    startTransition(() => dispatch({ targetGroupArn, targets, loadedTargets }));
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
      aria-label="Register targets"
      className="space-y-3 rounded-md border border-slate-200 p-3"
    >
      <h3 className="text-sm font-semibold text-slate-800">Register targets</h3>
      {isIp ? (
        <TextAreaField
          id="ips"
          label="IP addresses"
          rows={3}
          placeholder={`10.0.10.25\n10.0.11.25:${defaultPort ?? 8080}`}
          hint={`One per line; add :port to override the group's port (${defaultPort ?? "none"}). Private addresses of the group's VPC.`}
          errors={localErrors}
        />
      ) : (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">
            Instances in the VPC not yet registered
          </legend>
          {instancesError && <p className="text-xs text-amber-900">{instancesError}</p>}
          {instances.length === 0 && !instancesError && (
            <p className="text-sm text-slate-600">Every instance of the VPC is already registered.</p>
          )}
          {instances.map((instance) => (
            <label key={instance.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="instanceIds"
                value={instance.id}
                disabled={instance.state !== "running"}
              />
              <span className="font-mono text-xs">{instance.id}</span>
              <span className="text-slate-700">{instance.name ?? ""}</span>
              <span className="text-xs text-slate-500">
                {[
                  instance.privateIp,
                  instance.availabilityZone,
                  instance.state !== "running" ? instance.state : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </label>
          ))}
          {localErrors && <p className="text-xs font-medium text-red-700">{localErrors.join(" ")}</p>}
        </fieldset>
      )}
      {!isIp && (
        <TextField
          id="port"
          label="Port"
          inputMode="numeric"
          placeholder={String(defaultPort ?? "")}
          hint="Leave empty for the group's port."
          className="max-w-40"
        />
      )}
      <FormMessage status={result.status} message={result.status === "idle" ? undefined : result.message} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Registering…" : "Register"}
      </Button>
    </form>
  );
}
