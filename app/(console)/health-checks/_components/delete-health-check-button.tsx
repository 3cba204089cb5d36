"use client";

import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";

import { deleteHealthCheckAction } from "../actions";

/** Delete with a confirmation step; the refusal (records still use it) names those records. */
export function DeleteHealthCheckButton({ healthCheckId, label }: { healthCheckId: string; label: string }) {
  return (
    <ConfirmDeleteButton
      action={deleteHealthCheckAction}
      fields={{ healthCheckId }}
      label={`Delete health check ${label}`}
      confirmLabel={`Confirm deleting health check ${label}`}
      question="Delete this health check?"
      confirmText="Delete health check"
      align="end"
    />
  );
}
