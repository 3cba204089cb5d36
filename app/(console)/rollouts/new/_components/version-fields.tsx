"use client";

import { SelectField } from "@/components/ui/field";
import type { LoadedTarget, TargetBackend } from "@/lib/rollouts/planner-target";

import type { PlannerFormState } from "../_lib/planner-form";

type Errors = (name: string) => string[] | undefined;

function optionText(backend: TargetBackend): string {
  const weight = backend.weight === undefined ? "not in the group yet" : `weight ${backend.weight}`;
  const health = backend.total === undefined ? "" : ` · ${backend.healthy ?? 0}/${backend.total} healthy`;
  return `${backend.label} (${weight}${health})`;
}

/** Which version traffic moves away from, and which one to promote (a member, or at ALB level a new target group). */
export function VersionFields({
  loaded,
  state,
  update,
  errors,
}: {
  loaded: LoadedTarget;
  state: PlannerFormState;
  update: (patch: Partial<PlannerFormState>) => void;
  errors: Errors;
}) {
  const all = [...loaded.members, ...loaded.candidates];
  const canary = all.find((backend) => backend.id === state.canaryId);
  const hasNoHealthyTarget = canary?.healthy === 0;
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <SelectField
        id="stable"
        label="Stable version (traffic moves away from it)"
        value={state.stableId}
        onChange={(event) => update({ stableId: event.target.value })}
        errors={errors("stableId")}
      >
        {loaded.members.map((backend) => (
          <option key={backend.id} value={backend.id}>
            {optionText(backend)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="canary"
        label="Version to promote"
        value={state.canaryId}
        onChange={(event) => update({ canaryId: event.target.value })}
        errors={
          errors("canaryId") ??
          (hasNoHealthyTarget
            ? [
                `${canary.label} has no healthy target: the rollout will not move weight onto it until one is healthy.`,
              ]
            : undefined)
        }
      >
        <optgroup label="In the group now">
          {loaded.members.map((backend) => (
            <option key={backend.id} value={backend.id}>
              {optionText(backend)}
            </option>
          ))}
        </optgroup>
        {loaded.candidates.length > 0 && (
          <optgroup label="Other target groups in this VPC (join at weight 0)">
            {loaded.candidates.map((backend) => (
              <option key={backend.id} value={backend.id}>
                {optionText(backend)}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
    </div>
  );
}
