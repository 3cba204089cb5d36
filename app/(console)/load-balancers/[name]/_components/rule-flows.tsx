"use client";

import { useState } from "react";

import { ReviewApplyPanel } from "@/components/review/review-apply-panel";
import {
  invalidDraft,
  localPreview,
  type ReviewPreview,
  reviewRows,
  useReview,
} from "@/components/review/use-review";
import type { ActionResult } from "@/lib/action-result";
import { scopeFieldErrors } from "@/lib/actions/field-errors";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { ListenerRule, ListenerSummary } from "@/lib/alb/domain";
import { nextPriority, ruleDraftFrom, ruleInputFrom, type RuleDraft } from "@/lib/alb/edit/drafts";
import { ruleContent, rulesView, ruleView } from "@/lib/alb/edit/model";
import { diffViews } from "@/lib/diff/diff";
import { ruleSchemaFor } from "@/lib/schemas/listener-rule";

import { deleteRuleAction, saveRuleAction } from "../actions";
import { type EditContext, type ListenerWithRules, loadBalancerOf } from "./edit-context";
import { FlowForm } from "./listener-fields";
import { useAlbDeletion, useAlbReviewProps } from "./alb-review-props";
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
  const reviewProps = useAlbReviewProps(() => onClose());
  const review = useReview({
    preview: localPreview((payload: { rule: unknown }): ActionResult<ReviewPreview> => {
      const parsed = ruleSchemaFor({
        listenerProtocol: listener.protocol === "HTTPS" ? "HTTPS" : "HTTP",
        usedPriorities: usedPriorities(listener.rules, rule?.arn),
      }).safeParse(payload.rule);
      if (!parsed.success) return invalidDraft(fieldErrorsOf(parsed.error), "rule");
      const { priority, conditions, action } = parsed.data;
      const rows = diffViews(before ? ruleView(before) : {}, ruleView({ priority, conditions, action }));
      return reviewRows(rows);
    }),
    apply: saveRuleAction,
    toApply: (payload: { rule: unknown }) => ({
      ...loadBalancerOf(context),
      listenerArn: listener.arn,
      ruleArn: rule?.arn,
      expected: rule ? ruleView(ruleContent(rule)) : rulesView(listener.rules),
      rule: payload.rule as never,
    }),
    onApplied: (done) => onClose(done.message),
  });
  const errors = scopeFieldErrors(review.allFieldErrors, "rule");
  const title = rule
    ? `Edit rule ${String(rule.priority)} on ${listener.protocol}:${listener.port}`
    : `Add a rule to ${listener.protocol}:${listener.port}`;

  if (!review.isEditing) {
    return (
      <ReviewApplyPanel
        review={review}
        {...reviewProps}
        title={title}
        applyLabel={() => (rule ? "Apply changes" : "Add rule")}
      />
    );
  }
  return (
    <FlowForm
      title={title}
      errors={errors}
      onReview={() => review.requestPreview({ rule: ruleInputFrom(draft) })}
      onCancel={() => onClose()}
    >
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
  const before = ruleView(ruleContent(rule));
  const reviewProps = useAlbReviewProps(() => onClose());
  const review = useAlbDeletion(
    deleteRuleAction,
    { ...loadBalancerOf(context), listenerArn: listener.arn, ruleArn: rule.arn, expected: before },
    before,
    onClose,
  );
  return (
    <ReviewApplyPanel
      review={review}
      {...reviewProps}
      title={`Delete rule ${String(rule.priority)} from ${listener.protocol}:${listener.port}`}
      tone="danger"
      applyLabel={() => "Delete rule"}
      onBack={() => onClose()}
    />
  );
}
