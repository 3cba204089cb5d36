import type { ReactNode } from "react";

import type { ConcurrentChangeDetails } from "@/lib/errors/concurrent-change";

import { CONCURRENT_LABELS, ChangeTable } from "./change-table";

/**
 * What someone else changed since the operator loaded the page (from a ConcurrentChange refusal): the message,
 * what had already been applied, and the differences as loaded → now. `action` is the way forward (review again or
 * reload). The whole notice is the alert, so what changed and the way forward are read out with the refusal.
 */
export function ConcurrentChangeNotice({
  details,
  message,
  action,
}: {
  details: ConcurrentChangeDetails;
  message: string;
  action?: ReactNode;
}) {
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
      <div>
        <p className="text-sm font-semibold text-amber-950">
          Changed by someone else —{" "}
          {details.applied.length > 0 ? "only part was applied" : "nothing was applied"}
        </p>
        <p className="mt-0.5 text-sm text-amber-900">{message}</p>
      </div>
      {details.applied.length > 0 && (
        <div>
          <p className="text-sm font-medium text-amber-950">Already applied</p>
          <ul className="mt-1 list-disc pl-5 text-sm text-amber-900">
            {details.applied.map((step) => (
              <li key={step.id}>
                <span className="font-mono text-xs">{step.id}</span>
                {step.label && ` ${step.label}`}
                {step.status && ` (${step.status})`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {details.changes.length > 0 && (
        <ChangeTable caption="What changed in AWS" rows={details.changes} labels={CONCURRENT_LABELS} />
      )}
      {action}
    </div>
  );
}
