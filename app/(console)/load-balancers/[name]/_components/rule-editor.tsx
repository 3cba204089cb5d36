"use client";

import { ActionEditor, type TargetGroupOption } from "./action-editor";
import { GroupError } from "./group-error";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

import {
  CONDITION_FIELDS,
  type ConditionDraft,
  type ConditionField,
  type RuleDraft,
} from "@/lib/alb/edit/drafts";
import { messagesFor } from "@/lib/actions/field-errors";

function scoped(errors: Record<string, string[]>, prefix: string): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith(`${prefix}.`))
      .map(([key, messages]) => [key.slice(prefix.length + 1), messages]),
  );
}

/** The fields of a listener rule: priority, conditions and the action. `errors` are keyed like the rule schema. */
export function RuleFields({
  idPrefix,
  draft,
  onChange,
  errors,
  targetGroups,
}: {
  idPrefix: string;
  draft: RuleDraft;
  onChange: (draft: RuleDraft) => void;
  errors: Record<string, string[]>;
  targetGroups: TargetGroupOption[];
}) {
  const setCondition = (index: number, patch: Partial<ConditionDraft>) =>
    onChange({
      ...draft,
      conditions: draft.conditions.map((condition, at) =>
        at === index ? { ...condition, ...patch } : condition,
      ),
    });

  return (
    <div className="space-y-4">
      <TextField
        id={`${idPrefix}-priority`}
        label="Priority"
        inputMode="numeric"
        value={draft.priority}
        onChange={(event) => onChange({ ...draft, priority: event.target.value })}
        errors={messagesFor(errors, "priority")}
        hint="1–50000, unique on this listener; lower numbers are evaluated first."
        className="max-w-xs"
      />

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">If the request matches all of</legend>
        {draft.conditions.map((condition, index) => {
          const option = CONDITION_FIELDS.find((candidate) => candidate.value === condition.field);
          return (
            <div key={index} className="grid items-start gap-3 sm:grid-cols-[12rem_1fr_auto]">
              <SelectField
                id={`${idPrefix}-cond-${index}-field`}
                label={`Condition ${index + 1} type`}
                value={condition.field}
                onChange={(event) => setCondition(index, { field: event.target.value as ConditionField })}
                errors={messagesFor(errors, `conditions.${index}.field`)}
              >
                {CONDITION_FIELDS.map((candidate) => (
                  <option key={candidate.value} value={candidate.value}>
                    {candidate.label}
                  </option>
                ))}
              </SelectField>
              <div className="grid gap-3 sm:grid-flow-col">
                {condition.field === "http-header" && (
                  <TextField
                    id={`${idPrefix}-cond-${index}-header`}
                    label={`Condition ${index + 1} header name`}
                    value={condition.headerName}
                    placeholder="X-Canary"
                    onChange={(event) => setCondition(index, { headerName: event.target.value })}
                    errors={messagesFor(errors, `conditions.${index}.headerName`)}
                  />
                )}
                <TextField
                  id={`${idPrefix}-cond-${index}-values`}
                  label={`Condition ${index + 1} values`}
                  value={condition.values}
                  placeholder={option?.placeholder}
                  onChange={(event) => setCondition(index, { values: event.target.value })}
                  errors={messagesFor(errors, `conditions.${index}.values`)}
                  hint={
                    condition.field === "query-string"
                      ? "key=value, comma-separated; * and ? are wildcards."
                      : "Comma-separated, up to 3; * and ? are wildcards."
                  }
                />
              </div>
              <div className="pt-6">
                {draft.conditions.length > 1 && (
                  <Button
                    variant="ghost"
                    aria-label={`Remove condition ${index + 1}`}
                    onClick={() =>
                      onChange({ ...draft, conditions: draft.conditions.filter((_, at) => at !== index) })
                    }
                  >
                    Remove
                  </Button>
                )}
              </div>
            </div>
          );
        })}
        <GroupError messages={errors.conditions} />
        <Button
          variant="secondary"
          onClick={() =>
            onChange({
              ...draft,
              conditions: [...draft.conditions, { field: "host-header", headerName: "", values: "" }],
            })
          }
        >
          Add condition
        </Button>
      </fieldset>

      <ActionEditor
        idPrefix={`${idPrefix}-action`}
        draft={draft.action}
        onChange={(action) => onChange({ ...draft, action })}
        errors={scoped(errors, "action")}
        targetGroups={targetGroups}
      />
    </div>
  );
}
