"use client";

import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { formatDuration } from "@/lib/rollouts/duration";

import type { PlannerFormState, StrategyKind } from "../_lib/planner-form";

type Errors = (name: string) => string[] | undefined;
type Update = (patch: Partial<PlannerFormState>) => void;

const KINDS: { kind: StrategyKind; label: string; hint: string }[] = [
  { kind: "canary", label: "Canary", hint: "A small share for a while, then everything." },
  { kind: "linear", label: "Linear", hint: "The same increment at every step." },
  { kind: "exponential", label: "Exponential", hint: "Each step multiplies the share." },
  { kind: "custom", label: "Custom steps", hint: "Your own shares, bakes and approvals." },
];

const bakeHint = (seconds: string) => {
  const value = Number(seconds);
  return Number.isInteger(value) && value >= 60
    ? `= ${formatDuration(value)}`
    : "How long each step runs with its gates checked.";
};

function CustomSteps({ state, update, errors }: { state: PlannerFormState; update: Update; errors: Errors }) {
  const setStep = (index: number, patch: Partial<PlannerFormState["customSteps"][number]>) =>
    update({
      customSteps: state.customSteps.map((step, at) => (at === index ? { ...step, ...patch } : step)),
    });
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Steps</legend>
      <ol className="space-y-2">
        {state.customSteps.map((step, index) => (
          <li key={index} className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 p-2">
            <TextField
              id={`step-${index}-percent`}
              label={`Step ${index + 1}: share of the new version (%)`}
              inputMode="decimal"
              value={step.percent}
              onChange={(event) => setStep(index, { percent: event.target.value })}
              errors={errors(`strategy.steps.${index}.percent`)}
              className="w-44"
            />
            <TextField
              id={`step-${index}-bake`}
              label={`Step ${index + 1}: bake (seconds)`}
              inputMode="numeric"
              value={step.bakeSeconds}
              onChange={(event) => setStep(index, { bakeSeconds: event.target.value })}
              errors={errors(`strategy.steps.${index}.bakeSeconds`)}
              className="w-40"
            />
            <CheckboxField
              id={`step-${index}-approval`}
              label={`Approval before step ${index + 1}`}
              checked={step.requiresApproval}
              onChange={(event) => setStep(index, { requiresApproval: event.target.checked })}
            />
            <Button
              variant="ghost"
              aria-label={`Remove step ${index + 1}`}
              disabled={state.customSteps.length === 1}
              onClick={() => update({ customSteps: state.customSteps.filter((_, at) => at !== index) })}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        onClick={() =>
          update({
            customSteps: [
              ...state.customSteps,
              { percent: "100", bakeSeconds: "0", requiresApproval: false },
            ],
          })
        }
      >
        Add step
      </Button>
    </fieldset>
  );
}

/** The strategy: the four shapes operators know, each with its own parameters. */
export function StrategyFields({
  state,
  update,
  errors,
}: {
  state: PlannerFormState;
  update: Update;
  errors: Errors;
}) {
  const isCustom = state.kind === "custom";
  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Strategy</legend>
        <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2 xl:grid-cols-4">
          {KINDS.map((option) => (
            <label
              key={option.kind}
              className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-2 has-[:checked]:border-sky-600 has-[:checked]:bg-sky-50"
            >
              <input
                type="radio"
                name="strategy"
                value={option.kind}
                checked={state.kind === option.kind}
                onChange={() => update({ kind: option.kind })}
                className="mt-1 accent-sky-700"
              />
              <span>
                <span className="block text-sm font-medium">{option.label}</span>
                <span className="block text-xs text-slate-600">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {isCustom ? (
        <CustomSteps state={state} update={update} errors={errors} />
      ) : (
        <div className="flex flex-wrap items-start gap-4">
          {state.kind === "canary" && (
            <TextField
              id="canary-percent"
              label="Canary share (%)"
              inputMode="decimal"
              value={state.canaryPercent}
              onChange={(event) => update({ canaryPercent: event.target.value })}
              errors={errors("strategy.canaryPercent")}
              className="w-40"
            />
          )}
          {state.kind === "linear" && (
            <TextField
              id="step-percent"
              label="Increment per step (%)"
              inputMode="decimal"
              value={state.stepPercent}
              onChange={(event) => update({ stepPercent: event.target.value })}
              errors={errors("strategy.stepPercent")}
              className="w-44"
            />
          )}
          {state.kind === "exponential" && (
            <>
              <TextField
                id="start-percent"
                label="First step (%)"
                inputMode="decimal"
                value={state.startPercent}
                onChange={(event) => update({ startPercent: event.target.value })}
                errors={errors("strategy.startPercent")}
                className="w-36"
              />
              <TextField
                id="factor"
                label="Growth factor"
                inputMode="decimal"
                value={state.factor}
                onChange={(event) => update({ factor: event.target.value })}
                errors={errors("strategy.factor")}
                className="w-36"
              />
            </>
          )}
          <TextField
            id="bake-seconds"
            label="Bake per step (seconds)"
            inputMode="numeric"
            value={state.bakeSeconds}
            hint={bakeHint(state.bakeSeconds)}
            onChange={(event) => update({ bakeSeconds: event.target.value })}
            errors={errors("strategy.bakeSeconds")}
            className="w-48"
          />
          <TextField
            id="final-bake-seconds"
            label="Bake at 100 % (seconds)"
            inputMode="numeric"
            value={state.finalBakeSeconds}
            hint="Optional: keep checking the gates after the last step."
            onChange={(event) => update({ finalBakeSeconds: event.target.value })}
            errors={errors("strategy.finalBakeSeconds")}
            className="w-52"
          />
          <SelectField
            id="approval"
            label="Manual approval"
            value={state.approval}
            onChange={(event) => update({ approval: event.target.value as PlannerFormState["approval"] })}
            errors={errors("strategy.approval")}
            className="w-56"
          >
            <option value="none">Never</option>
            <option value="before-full">Before going to 100 %</option>
            <option value="before-each">Before every step</option>
          </SelectField>
        </div>
      )}
    </div>
  );
}
