"use client";

import { useActionState, useState } from "react";

import { Button } from "@/components/ui/button";
import { idleResult } from "@/lib/action-result";

import { deleteHostedZoneAction } from "../actions";

/** Delete with a confirmation step; a refusal (the zone still has records) is shown next to the button. */
export function DeleteZoneButton({ zoneId, zoneName }: { zoneId: string; zoneName: string }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [result, formAction, isPending] = useActionState(deleteHostedZoneAction, idleResult);

  if (!isConfirming) {
    return (
      <div className="space-y-1">
        <Button variant="ghost" className="text-red-700" aria-label={`Delete ${zoneName}`} disabled={isPending} onClick={() => setIsConfirming(true)}>
          {isPending ? "Deleting…" : "Delete"}
        </Button>
        {result.status === "error" && (
          <p role="alert" className="max-w-sm text-xs font-medium text-red-700">
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
      aria-label={`Confirm deleting ${zoneName}`}
    >
      <input type="hidden" name="zoneId" value={zoneId} />
      <span className="text-xs text-slate-700">Delete {zoneName}? This can&apos;t be undone.</span>
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? "Deleting…" : "Delete zone"}
      </Button>
      <Button variant="secondary" onClick={() => setIsConfirming(false)}>
        Cancel
      </Button>
    </form>
  );
}
