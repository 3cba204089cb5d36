"use client";

import { ChangeTable } from "@/components/review/change-table";
import { Skeleton } from "@/components/ui/skeleton";
import { reviewSections } from "@/lib/alb/create-flow/review-summary";
import type { WizardState } from "@/lib/alb/create-flow/wizard-state";
import type { ReviewData, WizardContext } from "@/lib/alb/create-flow/wizard-types";
import { sectionRows } from "@/lib/diff/diff";

const CREATE_LABELS = { before: "Now", after: "After create" };

/** Every value the operator chose (all of it new, in the one change table) and the AWS calls creation will make. */
export function ReviewStep({
  state,
  context,
  review,
  isLoading,
  isCreating,
}: {
  state: WizardState;
  context: WizardContext;
  review?: ReviewData;
  isLoading: boolean;
  isCreating: boolean;
}) {
  const rows = reviewSections(state, context).flatMap(({ section, view }) =>
    sectionRows(section, view, "added"),
  );

  return (
    <div className="space-y-4">
      <ChangeTable rows={rows} caption="What will be created" labels={CREATE_LABELS} />

      <section aria-labelledby="plan-heading" className="space-y-2">
        <h3 id="plan-heading" className="text-sm font-semibold text-slate-800">
          What will happen
        </h3>
        {isLoading && (
          <div role="status" aria-label="Checking the choices against the region" className="space-y-2">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-2/3" />
          </div>
        )}
        {review && (
          <>
            {review.warnings.map((warning) => (
              <p
                key={warning}
                className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
              >
                {warning}
              </p>
            ))}
            <ol
              className="divide-y divide-slate-100 rounded-md border border-slate-200"
              aria-label="Creation steps"
            >
              {review.steps.map((step, index) => (
                <li
                  key={step.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-3 py-2 text-sm"
                >
                  <span>
                    <span className="mr-2 text-slate-400 tabular-nums">{index + 1}.</span>
                    {step.label}
                  </span>
                  <span className="font-mono text-xs text-slate-500">{step.apiCall}</span>
                </li>
              ))}
            </ol>
            <p className="text-xs text-slate-500">
              All or nothing: if any step fails, every resource created before it is deleted again, newest
              first, and you see what was removed.
            </p>
          </>
        )}
        {isCreating && (
          <p role="status" className="text-sm text-sky-800">
            Creating… waiting for the load balancer to become active can take a few minutes on AWS.
          </p>
        )}
      </section>
    </div>
  );
}
