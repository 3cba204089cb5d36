"use client";

import { startTransition, useActionState, useEffect, useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { targetKey } from "@/lib/target-groups/changes";
import { idleResult } from "@/lib/action-result";
import type { TargetHealthEntry } from "@/lib/alb/domain";

import { deregisterTargetsAction } from "../actions";

/** Tick registered targets and deregister them; they drain for the deregistration delay. */
export function DeregisterTargetsForm({
  targetGroupArn,
  targets,
  loadedTargets,
  onDone,
}: {
  targetGroupArn: string;
  targets: TargetHealthEntry[];
  loadedTargets: string[];
  onDone: () => void;
}) {
  const [result, dispatch, isPending] = useActionState(deregisterTargetsAction, idleResult);
  const [error, setError] = useState<string>();
  const choices = targets.filter(
    (target) => target.state !== "draining" && target.state !== "unhealthy.draining",
  );

  useEffect(() => {
    if (result.status === "success") onDone();
  }, [result, onDone]);

  const submit = (formData: FormData) => {
    const keys = new Set(formData.getAll("targets").map(String));
    const chosen = choices
      .filter((target) => keys.has(targetKey(target)))
      .map((target) => ({
        id: target.targetId,
        ...(target.port === undefined ? {} : { port: target.port }),
      }));
    if (chosen.length === 0) return setError("Choose at least one target.");
    setError(undefined);
    startTransition(() => dispatch({ targetGroupArn, targets: chosen, loadedTargets }));
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
      aria-label="Deregister targets"
      className="space-y-3 rounded-md border border-slate-200 p-3"
    >
      <h3 className="text-sm font-semibold text-slate-800">Deregister targets</h3>
      {choices.length === 0 ? (
        <p className="text-sm text-slate-600">No target to deregister.</p>
      ) : (
        <fieldset className="space-y-1">
          <legend className="sr-only">Targets to deregister</legend>
          {choices.map((target) => (
            <label key={targetKey(target)} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="targets" value={targetKey(target)} />
              <span className="font-mono text-xs">
                {target.targetId}
                {target.port ? `:${target.port}` : ""}
              </span>
              <span className="text-xs text-slate-500">{target.state}</span>
            </label>
          ))}
        </fieldset>
      )}
      {error && <p className="text-xs font-medium text-red-700">{error}</p>}
      <FormMessage status={result.status} message={result.status === "idle" ? undefined : result.message} />
      <Button
        type="submit"
        variant="secondary"
        className="text-red-700"
        disabled={isPending || choices.length === 0}
      >
        {isPending ? "Deregistering…" : "Deregister"}
      </Button>
    </form>
  );
}
