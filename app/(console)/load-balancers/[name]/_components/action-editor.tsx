"use client";

import { GroupError } from "./group-error";
import { AlbActionFields } from "@/components/alb-action-fields/alb-action-fields";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

import type { ActionDraft, TargetDraft } from "@/lib/alb/edit/drafts";
import { messagesFor } from "@/lib/actions/field-errors";

export interface TargetGroupOption {
  arn: string;
  name: string;
  detail?: string;
}

const MAX_GROUPS = 5;

function share(targets: TargetDraft[], index: number): string | undefined {
  const weights = targets.map((target) => Number(target.weight));
  if (weights.some((weight) => !Number.isInteger(weight) || weight < 0 || weight > 999)) return undefined;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return "0%";
  return `${Math.round(((weights[index] ?? 0) / total) * 1000) / 10}%`;
}

/**
 * Forward (weighted, up to five target groups), redirect or fixed response. `errors` are keyed as the
 * action schema names its fields ("targetGroups.1.weight", "redirect" fields at the top level).
 */
export function ActionEditor({
  idPrefix,
  draft,
  onChange,
  errors,
  targetGroups,
  legend = "Action",
  listenerProtocol,
}: {
  idPrefix: string;
  draft: ActionDraft;
  onChange: (draft: ActionDraft) => void;
  errors: Record<string, string[]>;
  targetGroups: TargetGroupOption[];
  legend?: string;
  /** An HTTPS listener's action never redirects to HTTP. */
  listenerProtocol?: "HTTP" | "HTTPS";
}) {
  const setTarget = (index: number, patch: Partial<TargetDraft>) =>
    onChange({
      ...draft,
      targets: draft.targets.map((target, at) => (at === index ? { ...target, ...patch } : target)),
    });
  const used = new Set(draft.targets.map((target) => target.targetGroupArn));

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">{legend}</legend>
      <SelectField
        id={`${idPrefix}-type`}
        label="Then"
        value={draft.type}
        onChange={(event) => onChange({ ...draft, type: event.target.value as ActionDraft["type"] })}
        errors={messagesFor(errors, "type")}
        className="max-w-xs"
      >
        <option value="forward">Forward to target groups</option>
        <option value="redirect">Redirect</option>
        <option value="fixed-response">Return a fixed response</option>
      </SelectField>

      {draft.type === "forward" && (
        <div className="space-y-2">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Target groups and weights</caption>
            <thead className="text-xs text-slate-500">
              <tr>
                <th scope="col" className="pb-1 font-medium">
                  Target group
                </th>
                <th scope="col" className="w-40 pb-1 font-medium">
                  Weight (0–999)
                </th>
                <th scope="col" className="w-16 pb-1 font-medium">
                  Share
                </th>
                <th scope="col" className="w-20 pb-1">
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody className="align-top">
              {draft.targets.map((target, index) => {
                const groupErrors = messagesFor(errors, `targetGroups.${index}.targetGroupArn`);
                const weightErrors = messagesFor(errors, `targetGroups.${index}.weight`);
                return (
                  <tr key={index}>
                    <td className="py-1 pr-2">
                      <select
                        id={`${idPrefix}-tg-${index}`}
                        aria-label={`Target group ${index + 1}`}
                        value={target.targetGroupArn}
                        onChange={(event) => setTarget(index, { targetGroupArn: event.target.value })}
                        aria-invalid={groupErrors ? true : undefined}
                        aria-describedby={groupErrors ? `${idPrefix}-tg-${index}-error` : undefined}
                        className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm aria-invalid:border-red-600"
                      >
                        <option value="">Choose a target group…</option>
                        {targetGroups.map((group) => (
                          <option
                            key={group.arn}
                            value={group.arn}
                            disabled={used.has(group.arn) && group.arn !== target.targetGroupArn}
                          >
                            {group.name}
                            {group.detail ? ` — ${group.detail}` : ""}
                          </option>
                        ))}
                      </select>
                      <GroupError id={`${idPrefix}-tg-${index}-error`} messages={groupErrors} />
                    </td>
                    <td className="py-1 pr-2">
                      <input
                        id={`${idPrefix}-weight-${index}`}
                        aria-label={`Weight ${index + 1}`}
                        inputMode="numeric"
                        value={target.weight}
                        onChange={(event) => setTarget(index, { weight: event.target.value })}
                        aria-invalid={weightErrors ? true : undefined}
                        aria-describedby={weightErrors ? `${idPrefix}-weight-${index}-error` : undefined}
                        className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm aria-invalid:border-red-600"
                      />
                      <GroupError id={`${idPrefix}-weight-${index}-error`} messages={weightErrors} />
                    </td>
                    <td className="py-2 pr-2 text-xs text-slate-600 tabular-nums">
                      {share(draft.targets, index) ?? "—"}
                    </td>
                    <td className="py-1 text-right">
                      {draft.targets.length > 1 && (
                        <Button
                          variant="ghost"
                          aria-label={`Remove target group ${index + 1}`}
                          onClick={() =>
                            onChange({ ...draft, targets: draft.targets.filter((_, at) => at !== index) })
                          }
                        >
                          Remove
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <GroupError messages={errors.targetGroups} />
          <div className="flex flex-wrap items-end gap-3">
            <Button
              variant="secondary"
              disabled={draft.targets.length >= MAX_GROUPS}
              onClick={() =>
                onChange({ ...draft, targets: [...draft.targets, { targetGroupArn: "", weight: "1" }] })
              }
            >
              Add target group
            </Button>
            {draft.targets.length >= MAX_GROUPS && (
              <p className="text-xs text-slate-500">
                A forward can split traffic across at most 5 target groups.
              </p>
            )}
            {draft.targets.length > 1 && (
              <TextField
                id={`${idPrefix}-stickiness`}
                label="Group stickiness (seconds, optional)"
                inputMode="numeric"
                value={draft.stickiness}
                onChange={(event) => onChange({ ...draft, stickiness: event.target.value })}
                errors={messagesFor(errors, "stickinessDurationSeconds")}
                hint="Keeps a client on the group it first reached, 1–604800."
              />
            )}
          </div>
        </div>
      )}

      <AlbActionFields
        idPrefix={idPrefix}
        type={draft.type}
        redirect={draft.redirect}
        fixedResponse={draft.fixed}
        onRedirectChange={(redirect) => onChange({ ...draft, redirect })}
        onFixedResponseChange={(fixed) => onChange({ ...draft, fixed })}
        errorsFor={(field) => messagesFor(errors, field)}
        listenerProtocol={listenerProtocol}
      />
    </fieldset>
  );
}
