"use client";

import { CheckboxField, SelectField, TextField } from "@/components/ui/field";

import type { AlarmChoice } from "../../_lib/load-target";
import type { PlannerFormState } from "../_lib/planner-form";

type Errors = (name: string) => string[] | undefined;
type Update = (patch: Partial<PlannerFormState>) => void;

const STATE_TONE: Record<string, string> = {
  OK: "text-emerald-800",
  ALARM: "text-red-700",
  INSUFFICIENT_DATA: "text-slate-500",
};

function AlarmPicker({
  alarms,
  state,
  update,
  region,
}: {
  alarms: AlarmChoice[];
  state: PlannerFormState;
  update: Update;
  region: string;
}) {
  const toggle = (name: string, on: boolean) =>
    update({ alarms: on ? [...state.alarms, name] : state.alarms.filter((picked) => picked !== name) });
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">
        CloudWatch alarms that must stay OK ({region})
      </legend>
      {alarms.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          No metric alarms in {region}. The rollout then relies on target health and canary analysis.
        </p>
      ) : (
        <ul className="mt-2 max-h-56 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
          {alarms.map((alarm) => (
            <li key={alarm.name}>
              <CheckboxField
                id={`alarm-${alarm.name}`}
                label={alarm.name}
                hint={
                  <span className={STATE_TONE[alarm.state] ?? ""}>
                    {alarm.state.replace("_", " ").toLowerCase()}
                    {alarm.watchesTarget ? " · watches this load balancer" : ""}
                  </span>
                }
                checked={state.alarms.includes(alarm.name)}
                onChange={(event) => toggle(alarm.name, event.target.checked)}
              />
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The gates checked during every bake: alarms, the new version's health, and the canary analysis. */
export function GateFields({
  alarms,
  alarmRegion,
  isAlb,
  state,
  update,
  errors,
}: {
  alarms: AlarmChoice[];
  alarmRegion: string;
  isAlb: boolean;
  state: PlannerFormState;
  update: Update;
  errors: Errors;
}) {
  return (
    <div className="space-y-4">
      <AlarmPicker alarms={alarms} state={state} update={update} region={alarmRegion} />
      {isAlb && (
        <TextField
          id="min-healthy"
          label="Healthy targets the new version needs"
          inputMode="numeric"
          value={state.minHealthyTargets}
          hint="Checked before every step and during each bake; weight never moves onto a target group with no healthy target."
          onChange={(event) => update({ minHealthyTargets: event.target.value })}
          errors={errors("gates.minHealthyTargets")}
          className="max-w-md"
        />
      )}
      <CheckboxField
        id="analysis-on"
        label="Canary analysis: compare the new version's 5XX rate and latency with the stable version's"
        hint={
          isAlb
            ? "Per target group from CloudWatch (HTTPCode_Target_5XX_Count / RequestCount, TargetResponseTime), over the same window."
            : "Needs both weighted records to stand for target groups; for records only alarms and the TTL apply."
        }
        checked={state.analysisOn}
        disabled={!isAlb}
        onChange={(event) => update({ analysisOn: event.target.checked })}
      />
      {state.analysisOn && isAlb && (
        <div className="flex flex-wrap items-start gap-4 border-l-2 border-sky-200 pl-4">
          <TextField
            id="max-error-increase"
            label="Largest 5XX rate increase (points)"
            inputMode="decimal"
            value={state.maxErrorRateIncreasePercent}
            hint="1 = from 0.5 % to 1.5 % fails."
            onChange={(event) => update({ maxErrorRateIncreasePercent: event.target.value })}
            errors={errors("gates.analysis.maxErrorRateIncreasePercent")}
            className="w-56"
          />
          <TextField
            id="max-latency-increase"
            label="Largest latency increase (%)"
            inputMode="decimal"
            value={state.maxLatencyIncreasePercent}
            onChange={(event) => update({ maxLatencyIncreasePercent: event.target.value })}
            errors={errors("gates.analysis.maxLatencyIncreasePercent")}
            className="w-52"
          />
          <TextField
            id="min-requests"
            label="Requests needed per side"
            inputMode="numeric"
            value={state.minRequests}
            hint="Below this the result is inconclusive."
            onChange={(event) => update({ minRequests: event.target.value })}
            errors={errors("gates.analysis.minRequests")}
            className="w-52"
          />
          <SelectField
            id="no-data"
            label="Without enough data"
            value={state.noDataPolicy}
            onChange={(event) =>
              update({ noDataPolicy: event.target.value as PlannerFormState["noDataPolicy"] })
            }
            className="w-52"
          >
            <option value="pause">Pause for a decision</option>
            <option value="pass">Carry on</option>
            <option value="fail">Roll back</option>
          </SelectField>
          <TextField
            id="interval"
            label="Evaluation interval (seconds)"
            inputMode="numeric"
            value={state.intervalSeconds}
            onChange={(event) => update({ intervalSeconds: event.target.value })}
            errors={errors("gates.analysis.intervalSeconds")}
            className="w-52"
          />
        </div>
      )}
    </div>
  );
}
