/** The editors' form state (strings, as typed) and its conversion to the raw input the schemas check. */
import {
  DEFAULT_FIXED_RESPONSE_DRAFT,
  DEFAULT_REDIRECT_DRAFT,
  type FixedResponseDraft,
  type RedirectDraft,
} from "@/lib/alb/action-drafts";
import type { ActionSpec, ConditionSpec } from "@/lib/alb/domain";

import type { RuleContent } from "./model";

export type ConditionField = ConditionSpec["field"];

export interface ConditionDraft {
  field: ConditionField;
  headerName: string;
  /** Comma-separated, as typed. */
  values: string;
}

export interface TargetDraft {
  targetGroupArn: string;
  weight: string;
}

export interface ActionDraft {
  type: ActionSpec["type"];
  targets: TargetDraft[];
  stickiness: string;
  redirect: RedirectDraft;
  fixed: FixedResponseDraft;
}

export interface RuleDraft {
  priority: string;
  conditions: ConditionDraft[];
  action: ActionDraft;
}

export const CONDITION_FIELDS: { value: ConditionField; label: string; placeholder: string }[] = [
  { value: "path-pattern", label: "Path", placeholder: "/images/*, /thumbs/*" },
  { value: "host-header", label: "Host header", placeholder: "images.example.com" },
  { value: "http-header", label: "HTTP header", placeholder: "beta" },
  { value: "http-request-method", label: "HTTP method", placeholder: "GET, HEAD" },
  { value: "query-string", label: "Query string", placeholder: "version=2" },
  { value: "source-ip", label: "Source IP", placeholder: "203.0.113.0/24" },
];

export function splitValues(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((value) => value.trim())
    .filter(Boolean);
}

const blankOrString = (value: string) => (value.trim() === "" ? undefined : value.trim());

export function conditionDraftFrom(spec: ConditionSpec): ConditionDraft {
  if (spec.field === "query-string") {
    return {
      field: spec.field,
      headerName: "",
      values: spec.values.map((pair) => (pair.key ? `${pair.key}=${pair.value}` : pair.value)).join(", "),
    };
  }
  return {
    field: spec.field,
    headerName: spec.field === "http-header" ? spec.headerName : "",
    values: spec.values.join(", "),
  };
}

export function conditionInputFrom(draft: ConditionDraft): unknown {
  const values = splitValues(draft.values);
  if (draft.field === "query-string") {
    return {
      field: draft.field,
      values: values.map((pair) => {
        const at = pair.indexOf("=");
        return at < 0 ? { value: pair } : { key: pair.slice(0, at) || undefined, value: pair.slice(at + 1) };
      }),
    };
  }
  if (draft.field === "http-header") return { field: draft.field, headerName: draft.headerName, values };
  return { field: draft.field, values };
}

export function emptyActionDraft(targetGroupArn = ""): ActionDraft {
  return {
    type: "forward",
    targets: [{ targetGroupArn, weight: "1" }],
    stickiness: "",
    redirect: { ...DEFAULT_REDIRECT_DRAFT },
    fixed: { ...DEFAULT_FIXED_RESPONSE_DRAFT },
  };
}

export function actionDraftFrom(spec: ActionSpec | undefined, fallbackTargetGroupArn = ""): ActionDraft {
  const draft = emptyActionDraft(fallbackTargetGroupArn);
  if (!spec) return draft;
  switch (spec.type) {
    case "forward":
      return {
        ...draft,
        type: "forward",
        targets: spec.targetGroups.map((group) => ({
          targetGroupArn: group.targetGroupArn,
          weight: String(group.weight ?? 1),
        })),
        stickiness: spec.stickinessDurationSeconds ? String(spec.stickinessDurationSeconds) : "",
      };
    case "redirect":
      return {
        ...draft,
        type: "redirect",
        redirect: {
          statusCode: spec.statusCode,
          protocol: (spec.protocol ?? "#{protocol}") as RedirectDraft["protocol"],
          port: spec.port ?? "#{port}",
          host: spec.host ?? "#{host}",
          path: spec.path ?? "/#{path}",
          query: spec.query ?? "#{query}",
        },
      };
    case "fixed-response":
      return {
        ...draft,
        type: "fixed-response",
        fixed: {
          statusCode: spec.statusCode,
          contentType: spec.contentType ?? "text/plain",
          messageBody: spec.messageBody ?? "",
        },
      };
  }
}

export function actionInputFrom(draft: ActionDraft): unknown {
  switch (draft.type) {
    case "forward":
      return {
        type: "forward",
        targetGroups: draft.targets.map((target) => ({
          targetGroupArn: target.targetGroupArn,
          weight: blankOrString(target.weight),
        })),
        stickinessDurationSeconds: blankOrString(draft.stickiness),
      };
    case "redirect":
      return { type: "redirect", ...draft.redirect };
    case "fixed-response":
      return {
        type: "fixed-response",
        statusCode: draft.fixed.statusCode,
        contentType: draft.fixed.contentType,
        messageBody: draft.fixed.messageBody === "" ? undefined : draft.fixed.messageBody,
      };
  }
}

export function ruleDraftFrom(
  rule: RuleContent | undefined,
  defaults: { priority: number; targetGroupArn?: string },
): RuleDraft {
  if (!rule) {
    return {
      priority: String(defaults.priority),
      conditions: [{ field: "path-pattern", headerName: "", values: "" }],
      action: emptyActionDraft(defaults.targetGroupArn),
    };
  }
  return {
    priority: String(rule.priority),
    conditions: rule.conditions.map(conditionDraftFrom),
    action: actionDraftFrom(rule.action, defaults.targetGroupArn),
  };
}

export function ruleInputFrom(draft: RuleDraft): unknown {
  return {
    priority: blankOrString(draft.priority),
    conditions: draft.conditions.map(conditionInputFrom),
    action: actionInputFrom(draft.action),
  };
}

/** The next free priority after the highest one in use, in steps of 10. */
export function nextPriority(used: number[]): number {
  const highest = used.length ? Math.max(...used) : 0;
  return Math.min(50000, Math.floor(highest / 10) * 10 + 10);
}
