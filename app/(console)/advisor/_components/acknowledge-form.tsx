"use client";

import { useAction } from "@/components/actions/use-action";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { MAX_ACK_REASON } from "@/lib/schemas/advisor";

import { acknowledgeFindingAction } from "../actions";

/**
 * "Acknowledge…": a disclosure with the reason and an optional end date. A plain form posting the server action, so it
 * works before (or without) JavaScript; on success the page re-renders with the finding under Acknowledged.
 */
export function AcknowledgeForm({
  findingKey,
  findingTitle,
  region,
  idPrefix,
}: {
  findingKey: string;
  findingTitle: string;
  region: string;
  /** Unique per finding on the page, for the field ids. */
  idPrefix: string;
}) {
  const { result, isPending, formAction, fieldErrors } = useAction(acknowledgeFindingAction);
  const values = result.status === "error" ? result.values : undefined;
  const text = (key: string) => (typeof values?.[key] === "string" ? values[key] : undefined);

  return (
    <details className="group rounded-md text-sm" open={result.status === "error" || undefined}>
      <summary className="inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100">
        Acknowledge…
      </summary>
      <form
        action={formAction}
        aria-label={`Acknowledge ${findingTitle}`}
        className="mt-2 grid max-w-xl gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      >
        <input type="hidden" name="findingKey" value={findingKey} />
        <input type="hidden" name="region" value={region} />
        <TextAreaField
          id={`${idPrefix}-reason`}
          name="reason"
          label="Reason"
          hint={`Why this may wait, for whoever reads the audit log (up to ${MAX_ACK_REASON} characters).`}
          rows={2}
          maxLength={MAX_ACK_REASON}
          required
          defaultValue={text("reason")}
          errors={fieldErrors("reason")}
          className="font-sans"
        />
        <TextField
          id={`${idPrefix}-expires`}
          name="expiresAt"
          type="date"
          label="Until (optional)"
          hint="The finding shows again from this day on (UTC); at most a year. Empty: until revoked."
          defaultValue={text("expiresAt")}
          errors={fieldErrors("expiresAt")}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" disabled={isPending}>
            {isPending ? "Acknowledging…" : "Acknowledge"}
          </Button>
          <FormMessage
            status={result.status}
            message={result.status === "error" && !result.fieldErrors ? result.message : undefined}
          />
        </div>
      </form>
    </details>
  );
}
