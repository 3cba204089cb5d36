"use client";

import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";

import { deleteHostedZoneAction } from "../actions";

/** Delete with a confirmation step; a refusal (the zone still has records) is shown next to the button. */
export function DeleteZoneButton({ zoneId, zoneName }: { zoneId: string; zoneName: string }) {
  return (
    <ConfirmDeleteButton
      action={deleteHostedZoneAction}
      fields={{ zoneId }}
      label={`Delete ${zoneName}`}
      confirmLabel={`Confirm deleting ${zoneName}`}
      question={<>Delete {zoneName}? This can&apos;t be undone.</>}
      confirmText="Delete zone"
    />
  );
}
