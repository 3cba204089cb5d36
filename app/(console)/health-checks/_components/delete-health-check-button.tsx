"use client";

import { useActionState, useState } from "react";

import { Button } from "@/components/ui/button";
import { idleResult } from "@/lib/action-result";

import { deleteHealthCheckAction } from "../actions";

/** Delete with a confirmation step; the refusal (records still use it) names those records. */
export function DeleteHealthCheckButton({ healthCheckId, label }: { healthCheckId: string; label: string }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [result, formAction, isPending] = useActionState(deleteHealthCheckAction, idleResult);

  if (!isConfirming) {
    return (
      <div className="flex flex-col items-end gap-1">
        <Button variant="ghost" className="text-red-700" aria-label={`Delete health check ${label}`} disabled={isPending} onClick={() => setIsConfirming(true)}>
          {isPending ? "Deleting…" : "Delete"}
        </Button>
        {result.status === "error" && (
          <p role="alert" className="max-w-sm text-left text-xs font-medium text-red-700">
            {result.message}
          </p>
        )}
      </div>
    );
  }

  return (
    <form
      action={(formData) => {
        setIsConfirming(false);
        formAction(formData);
      }}
      className="flex flex-wrap items-center justify-end gap-2"
      aria-label={`Confirm deleting health check ${label}`}
    >
      <input type="hidden" name="healthCheckId" value={healthCheckId} />
      <span className="text-xs text-slate-700">Delete this health check?</span>
      <Button type="submit" variant="danger">
        Delete health check
      </Button>
      <Button variant="secondary" onClick={() => setIsConfirming(false)}>
        Cancel
      </Button>
    </form>
  );
}
