"use client";

import { useState } from "react";

import { useAction } from "@/components/actions/use-action";
import { fieldErrorsOfResult, scopeFieldErrors } from "@/lib/actions/field-errors";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { ListenerRule, ListenerSummary } from "@/lib/alb/domain";
import { nextPriority, ruleDraftFrom, ruleInputFrom, type RuleDraft } from "@/lib/alb/edit/drafts";
import { ruleContent, rulesView, ruleView } from "@/lib/alb/edit/model";
import { diffViews } from "@/lib/diff/diff";
import type { DiffRow } from "@/lib/diff/diff-row";
import { ruleSchemaFor } from "@/lib/schemas/listener-rule";

import { deleteRuleAction, saveRuleAction } from "../actions";
import type { EditContext, ListenerWithRules } from "./edit-context";
import { FlowForm } from "./listener-fields";
import { ReviewPanel } from "./review-panel";
import { RuleFields } from "./rule-editor";

function usedPriorities(rules: ListenerRule[], except?: string): number[] {
  return rules
    .filter((rule) => !rule.isDefault && rule.arn !== except)
    .map((rule) => rule.priority)
    .filter((priority): priority is number => typeof priority === "number");
}

/** Add a rule (no `rule`) or edit one: form → preview → apply. */
export function RuleFlow({
  context,
  listener,
  rule,
  onClose,
}: {
  context: EditContext;
  listener: ListenerWithRules;
  rule?: ListenerRule;
  onClose: (message?: string) => void;
}) {
  const before = rule ? ruleContent(rule) : undefined;
  const [draft, setDraft] = useState<RuleDraft>(() =>
    ruleDraftFrom(before, {
      priority: nextPriority(usedPriorities(listener.rules)),
      targetGroupArn: context.targetGroups[0]?.arn,
    }),
  );
  const [stage, setStage] = useState<"edit" | "review">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [changes, setChanges] = useState<DiffRow[]>([]);
  const { isPending, result, run, reset } = useAction(saveRuleAction, {
    onSuccess: (done) => onClose(done.message),
    onError: (failed) => fieldErrorsOfResult(failed) && setStage("edit"),
  });
  const expected = rule ? ruleView(ruleContent(rule)) : rulesView(listener.rules);
  const errors = { ...scopeFieldErrors(fieldErrorsOfResult(result), "rule"), ...clientErrors };
  const title = rule
    ? `Edit rule ${String(rule.priority)} on ${listener.protocol}:${listener.port}`
    : `Add a rule to ${listener.protocol}:${listener.port}`;

  function review() {
    reset();
    const parsed = ruleSchemaFor({
      listenerProtocol: listener.protocol === "HTTPS" ? "HTTPS" : "HTTP",
      usedPriorities: usedPriorities(listener.rules, rule?.arn),
    }).safeParse(ruleInputFrom(draft));
    if (!parsed.success) return setClientErrors(fieldErrorsOf(parsed.error));
    setClientErrors({});
    const after = ruleView({
      priority: parsed.data.priority,
      conditions: parsed.data.conditions,
      action: parsed.data.action,
    });
    setChanges(diffViews(before ? ruleView(before) : {}, after));
    setStage("review");
  }

  if (stage === "review") {
    return (
      <ReviewPanel
        title={title}
        changes={changes}
        result={result}
        isPending={isPending}
        applyLabel={rule ? "Apply changes" : "Add rule"}
        onBack={() => setStage("edit")}
        onReload={() => onClose()}
        onApply={() =>
          run({
            region: context.region,
            loadBalancerName: context.loadBalancerName,
            listenerArn: listener.arn,
            ruleArn: rule?.arn,
            expected,
            rule: ruleInputFrom(draft) as never,
          })
        }
      />
    );
  }
  return (
    <FlowForm title={title} errors={errors} onReview={review} onCancel={() => onClose()}>
      <RuleFields
        idPrefix={`rule-${rule?.arn.split("/").pop() ?? "new"}`}
        draft={draft}
        onChange={setDraft}
        errors={errors}
        targetGroups={context.targetGroups}
      />
    </FlowForm>
  );
}

/** Delete a rule: preview of what goes, then apply. */
export function DeleteRuleFlow({
  context,
  listener,
  rule,
  onClose,
}: {
  context: EditContext;
  listener: ListenerSummary;
  rule: ListenerRule;
  onClose: (message?: string) => void;
}) {
  const { isPending, result, run } = useAction(deleteRuleAction, {
    onSuccess: (done) => onClose(done.message),
  });
  const before = ruleView(ruleContent(rule));
  return (
    <ReviewPanel
      title={`Delete rule ${String(rule.priority)} from ${listener.protocol}:${listener.port}`}
      changes={diffViews(before, {})}
      result={result}
      isPending={isPending}
      tone="danger"
      applyLabel="Delete rule"
      onBack={() => onClose()}
      onReload={() => onClose()}
      onApply={() =>
        run({
          region: context.region,
          loadBalancerName: context.loadBalancerName,
          listenerArn: listener.arn,
          ruleArn: rule.arn,
          expected: before,
        })
      }
    />
  );
}
