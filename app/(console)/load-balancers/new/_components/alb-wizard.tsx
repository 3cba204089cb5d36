"use client";

import { useEffect, useRef, useState } from "react";

import { useAction } from "@/components/actions/use-action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import type { CreateOutcome, ReviewData, WizardContext } from "@/lib/alb/create-flow/wizard-types";
import {
  errorsForStep,
  initialState,
  STEPS,
  stepOfError,
  toWizardInput,
  type WizardState,
} from "@/lib/alb/create-flow/wizard-state";

import { createAlbAction, reviewAlbCreationQuery } from "../actions";

import { CreateResult } from "./create-result";
import { ReviewStep } from "./review-step";
import { BasicsStep } from "./steps/basics-step";
import { DnsStep } from "./steps/dns-step";
import { ListenersStep } from "./steps/listeners-step";
import { SecurityGroupStep } from "./steps/security-group-step";
import { TargetGroupStep } from "./steps/target-group-step";
import { TargetsStep } from "./steps/targets-step";

/** The "create load balancer" wizard: one step per concern, a review with the AWS calls, then all-or-nothing creation. */
export function AlbWizard({ context }: { context: WizardContext }) {
  const [state, setState] = useState<WizardState>(() => initialState(context));
  const [step, setStep] = useState(0);
  const [visited, setVisited] = useState(0);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<
    { status: "error" | "success" | "partial"; text: string } | undefined
  >();
  const [review, setReview] = useState<ReviewData | undefined>();
  const [outcome, setOutcome] = useState<CreateOutcome | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isFirstRender = useRef(true);

  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step, outcome]);

  const update = (patch: Partial<WizardState>) => {
    setState((current) => ({ ...current, ...patch }));
    setReview(undefined);
  };

  const showServerErrors = (result: Extract<ActionResult<unknown>, { status: "error" }>) => {
    const fieldErrors = result.fieldErrors ?? {};
    setErrors(fieldErrors);
    setMessage({ status: "error", text: result.message });
    const keys = Object.keys(fieldErrors).filter((key) => key !== "_form");
    if (keys.length > 0) setStep(Math.min(...keys.map(stepOfError)));
  };

  const reviewQuery = useAction(reviewAlbCreationQuery, {
    onSuccess: (result) => {
      setReview(result.data);
      setErrors({});
      setMessage(undefined);
    },
    onError: (result) => {
      setReview(undefined);
      showServerErrors(result);
    },
  });
  const creation = useAction(createAlbAction, {
    onSuccess: (result) => {
      setOutcome(result.data);
      setMessage(undefined);
    },
    onError: (result) => {
      // A failed step comes back with what was rolled back and left behind: shown like a result, not a form error.
      const failed = result.details?.outcome as CreateOutcome | undefined;
      if (failed) setOutcome(failed);
      else showServerErrors(result);
    },
    onPartial: (result) => {
      const failed = result.partial.facts?.outcome as CreateOutcome | undefined;
      if (failed) setOutcome(failed);
      else setMessage({ status: "partial", text: result.message });
    },
  });
  const isPending = reviewQuery.isPending || creation.isPending;
  const requestReview = () => reviewQuery.run(toWizardInput(state, context));

  const show = (target: number) => {
    setErrors({});
    setMessage(undefined);
    setStep(target);
    setVisited((current) => Math.max(current, target));
    if (target === STEPS.length - 1) requestReview();
  };

  const goTo = (target: number) => {
    if (target <= step) return show(target);
    // The validation carries the zod schema: it loads when the operator first moves on, not with the page.
    void import("@/lib/alb/create-flow/wizard-validation").then(
      ({ validateWizard }) => {
        const stepErrors = errorsForStep(validateWizard(state, context), step);
        if (Object.keys(stepErrors).length > 0) {
          setErrors(stepErrors);
          setMessage({
            status: "error",
            text: "Some fields on this step need attention before you continue.",
          });
          return;
        }
        show(target);
      },
      () =>
        setMessage({
          status: "error",
          text: "The form's checks could not be loaded (is the console reachable?). Try again.",
        }),
    );
  };

  const create = () => creation.run(toWizardInput(state, context));

  if (outcome) {
    return (
      <CreateResult
        outcome={outcome}
        headingRef={headingRef}
        onBack={() => {
          setOutcome(undefined);
          setReview(undefined);
          setStep(STEPS.length - 1);
          requestReview();
        }}
      />
    );
  }

  const current = STEPS[step] ?? STEPS[0];
  const isReview = current.id === "review";
  const props = { state, update, errors, context };

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_1fr]">
      <nav aria-label="Wizard steps">
        <ol className="space-y-1">
          {STEPS.map((item, index) => {
            const isCurrent = index === step;
            const isReachable = index <= visited;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => goTo(index)}
                  disabled={!isReachable || isPending}
                  aria-current={isCurrent ? "step" : undefined}
                  className={`flex w-full items-center gap-3 rounded-md px-3 py-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-sky-700 ${
                    isCurrent
                      ? "bg-sky-50 font-semibold text-sky-900 ring-1 ring-sky-200"
                      : isReachable
                        ? "text-slate-700 hover:bg-slate-100"
                        : "text-slate-400"
                  }`}
                >
                  <span
                    aria-hidden="true"
                    className={`flex size-6 shrink-0 items-center justify-center rounded-full text-xs ${
                      isCurrent
                        ? "bg-sky-700 text-white"
                        : index < visited
                          ? "bg-emerald-100 text-emerald-800"
                          : "bg-slate-100 text-slate-500"
                    }`}
                  >
                    {index < visited && !isCurrent ? "✓" : index + 1}
                  </span>
                  {item.title}
                </button>
              </li>
            );
          })}
        </ol>
        <p className="mt-4 px-3 text-xs text-slate-500">
          Region <span className="font-mono">{context.region}</span>. Every choice comes from this region as
          it is now.
        </p>
      </nav>

      <form
        aria-labelledby="wizard-step-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (isReview) create();
          else goTo(step + 1);
        }}
      >
        <Card>
          <div className="space-y-5">
            <div>
              <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                Step {step + 1} of {STEPS.length}
              </p>
              <h2
                id="wizard-step-heading"
                ref={headingRef}
                tabIndex={-1}
                className="text-lg font-semibold text-slate-900 focus:outline-none"
              >
                {current.title}
              </h2>
            </div>

            {context.readErrors.length > 0 && (
              <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                Some of the region could not be read, so some lists may be empty:
                <ul className="mt-1 list-disc pl-5">
                  {context.readErrors.map((item) => (
                    <li key={item.what}>
                      {item.what}: {item.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {current.id === "basics" && <BasicsStep {...props} />}
            {current.id === "listeners" && <ListenersStep {...props} />}
            {current.id === "security" && <SecurityGroupStep {...props} />}
            {current.id === "target-group" && <TargetGroupStep {...props} />}
            {current.id === "targets" && <TargetsStep {...props} />}
            {current.id === "dns" && <DnsStep {...props} />}
            {isReview && (
              <ReviewStep
                state={state}
                context={context}
                review={review}
                isLoading={isPending && !review}
                isCreating={isPending && !!review}
              />
            )}

            <FormMessage status={message?.status} message={message?.text} />

            <div className="flex items-center justify-between border-t border-slate-200 pt-4">
              <Button variant="secondary" onClick={() => goTo(step - 1)} disabled={step === 0 || isPending}>
                Back
              </Button>
              {isReview ? (
                <Button type="submit" disabled={!review || isPending}>
                  {isPending && review ? "Creating…" : "Create load balancer"}
                </Button>
              ) : (
                <Button type="submit" disabled={isPending}>
                  {step === STEPS.length - 2 ? "Review" : "Next"}
                </Button>
              )}
            </div>
          </div>
        </Card>
      </form>
    </div>
  );
}
