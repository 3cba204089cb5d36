"use client";

import { useAction } from "@/components/actions/use-action";
import { Button } from "@/components/ui/button";

import { revokeAcknowledgementAction } from "../actions";

/** Revoke: the finding is open again (and the revocation is in the audit log). */
export function RevokeButton({ findingKey, findingTitle }: { findingKey: string; findingTitle: string }) {
  const { result, isPending, formAction } = useAction(revokeAcknowledgementAction);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="findingKey" value={findingKey} />
      <Button
        type="submit"
        variant="secondary"
        disabled={isPending}
        aria-label={`Revoke the acknowledgement of ${findingTitle}`}
      >
        {isPending ? "Revoking…" : "Revoke"}
      </Button>
      {result.status === "error" && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {result.message}
        </p>
      )}
    </form>
  );
}
