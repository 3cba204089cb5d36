/**
 * Pure model of the ALB edit screens: the views shown in previews and compared to detect concurrent
 * edits. The page, the client editors and the server actions all build views with these functions, so
 * "what the form loaded" and "what AWS holds now" are compared on exactly the same terms.
 */
import { describeAlbAction, forwardTargets } from "@/lib/alb/describe-action";
import type { ActionSpec, Attributes, ConditionSpec, ListenerRule, ListenerSummary } from "@/lib/alb/domain";

/** A view of some ALB state as the previews show it and the actions compare it (a `DiffView` for lib/diff). */
export type AlbView = Record<string, string | string[]>;

/** The attributes the edit form owns, with AWS's defaults for the ones a load balancer does not report. */
export const EDITABLE_ATTRIBUTES = {
  "idle_timeout.timeout_seconds": { label: "Idle timeout (seconds)", fallback: "60" },
  "deletion_protection.enabled": { label: "Deletion protection", fallback: "false" },
  "routing.http2.enabled": { label: "HTTP/2", fallback: "true" },
  "routing.http.drop_invalid_header_fields.enabled": {
    label: "Drop invalid header fields",
    fallback: "false",
  },
  "routing.http.desync_mitigation_mode": { label: "Desync mitigation mode", fallback: "defensive" },
  "access_logs.s3.enabled": { label: "Access logs", fallback: "false" },
  "access_logs.s3.bucket": { label: "Access log bucket", fallback: "" },
  "access_logs.s3.prefix": { label: "Access log prefix", fallback: "" },
} as const satisfies Record<string, { label: string; fallback: string }>;

export type EditableAttributeKey = keyof typeof EDITABLE_ATTRIBUTES;
const EDITABLE_KEYS = Object.keys(EDITABLE_ATTRIBUTES) as EditableAttributeKey[];

/** The editable attributes as AWS would report them, missing ones filled with AWS's defaults. */
export function editableAttributes(attributes: Attributes): Record<EditableAttributeKey, string> {
  const result = {} as Record<EditableAttributeKey, string>;
  for (const key of EDITABLE_KEYS) {
    const value = attributes[key];
    result[key] =
      value === undefined || (value === "" && EDITABLE_ATTRIBUTES[key].fallback !== "")
        ? EDITABLE_ATTRIBUTES[key].fallback
        : value;
  }
  return result;
}

/**
 * The attributes to send: only keys the form owns whose value differs from `current`. Keys absent
 * from `desired` (e.g. the bucket while access logs are off) are left as they are.
 */
export function changedAttributes(current: Attributes, desired: Attributes): Attributes {
  const now = editableAttributes(current);
  const changes: Attributes = {};
  for (const key of EDITABLE_KEYS) {
    const value = desired[key];
    if (value !== undefined && value !== now[key]) changes[key] = value;
  }
  return changes;
}

function onOff(value: string): string {
  return value === "true" ? "on" : value === "false" ? "off" : value;
}

/** Editable attributes labelled for people; "true"/"false" read as on/off. */
export function attributesView(attributes: Attributes): AlbView {
  const values = editableAttributes(attributes);
  const view: AlbView = {};
  for (const key of EDITABLE_KEYS) {
    const isLogDetail = key === "access_logs.s3.bucket" || key === "access_logs.s3.prefix";
    if (isLogDetail && values[key] === "") continue;
    view[EDITABLE_ATTRIBUTES[key].label] = onOff(values[key]);
  }
  return view;
}

const CONDITION_WORDS: Record<ConditionSpec["field"], string> = {
  "host-header": "Host",
  "path-pattern": "Path",
  "http-request-method": "Method",
  "source-ip": "Source IP",
  "http-header": "Header",
  "query-string": "Query",
};

/** One line per condition, e.g. `Path is /images/* or /thumbs/*`. */
export function conditionText(condition: ConditionSpec): string {
  const values =
    condition.field === "query-string"
      ? condition.values.map((pair) => (pair.key ? `${pair.key}=${pair.value}` : pair.value))
      : condition.values;
  const subject =
    condition.field === "http-header" ? `Header ${condition.headerName}` : CONDITION_WORDS[condition.field];
  return `${subject} is ${values.join(" or ")}`;
}

/** One line for an action in a review row. */
export function actionText(spec: ActionSpec | undefined): string {
  return spec ? describeAlbAction(spec, { style: "detail" }) : "—";
}

/** A rule's content as the editor and the concurrency check see it. */
export interface RuleContent {
  priority: number;
  conditions: ConditionSpec[];
  action: ActionSpec | undefined;
}

export function ruleContent(rule: ListenerRule): RuleContent {
  return {
    priority: typeof rule.priority === "number" ? rule.priority : 0,
    conditions: rule.conditions,
    action: rule.actions.find((action) => action.spec)?.spec,
  };
}

export function ruleView(rule: RuleContent): AlbView {
  const view: AlbView = {
    Priority: String(rule.priority),
    Conditions: rule.conditions.map(conditionText),
    Action: rule.action?.type ?? "—",
  };
  if (rule.action?.type === "forward") {
    view["Forward to"] = forwardTargets(rule.action);
    if (rule.action.stickinessDurationSeconds)
      view["Group stickiness (seconds)"] = String(rule.action.stickinessDurationSeconds);
  } else {
    view.Details = actionText(rule.action);
  }
  return view;
}

/** Every non-default rule of a listener, one line each: what a new rule must not collide with. */
export function rulesView(rules: ListenerRule[]): AlbView {
  const view: AlbView = {};
  for (const rule of rules) {
    if (rule.isDefault) continue;
    const content = ruleContent(rule);
    view[`Rule ${content.priority}`] =
      `${content.conditions.map(conditionText).join(" and ")} → ${actionText(content.action)}`;
  }
  return view;
}

/** "…/certificate/f7645853-…" → "f7645853-…", or the domain when known. */
export function certificateLabel(arn: string, domains: Record<string, string> = {}): string {
  const id = arn.split("/").pop() ?? arn;
  const domain = domains[arn];
  return domain ? `${domain} (${id.slice(0, 8)})` : id;
}

/** A listener's own settings (not its rules). HTTP listeners have no policy or certificates. */
export function listenerView(listener: ListenerSummary, domains: Record<string, string> = {}): AlbView {
  const isHttps = listener.protocol === "HTTPS";
  const view: AlbView = { Listener: `${listener.protocol}:${listener.port}` };
  if (isHttps) {
    view["Security policy"] = listener.sslPolicy ?? "—";
    const byDefault = listener.certificates.find((certificate) => certificate.isDefault);
    view["Default certificate"] = byDefault ? certificateLabel(byDefault.certificateArn, domains) : "—";
    view["Additional certificates"] = listener.certificates
      .filter((certificate) => !certificate.isDefault)
      .map((certificate) => certificateLabel(certificate.certificateArn, domains))
      .sort();
  }
  view["Default action"] = actionText(listener.defaultActions.find((action) => action.spec)?.spec);
  return view;
}

/** Which listeners a load balancer has: what a new listener's port must not collide with. */
export function listenersView(listeners: ListenerSummary[]): AlbView {
  return { Listeners: listeners.map((listener) => `${listener.protocol}:${listener.port}`).sort() };
}

/** The load balancer's subnets (per zone) and security groups. */
export function networkView(network: {
  availabilityZones: { zoneName: string; subnetId: string }[];
  securityGroupIds: string[];
}): AlbView {
  return {
    Subnets: network.availabilityZones.map((zone) => `${zone.zoneName}: ${zone.subnetId}`).sort(),
    "Security groups": [...network.securityGroupIds].sort(),
  };
}

/** The listener once new settings apply: the chosen default certificate first, the other certificates kept. */
export function listenerWithSettings(
  listener: ListenerSummary,
  settings: { sslPolicy?: string; certificateArn?: string; defaultAction: ActionSpec },
): ListenerSummary {
  const isHttps = listener.protocol === "HTTPS";
  const { certificateArn } = settings;
  return {
    ...listener,
    sslPolicy: isHttps ? settings.sslPolicy : listener.sslPolicy,
    certificates:
      isHttps && certificateArn
        ? [
            { certificateArn, isDefault: true },
            ...listener.certificates.filter(
              (certificate) => !certificate.isDefault && certificate.certificateArn !== certificateArn,
            ),
          ]
        : listener.certificates,
    defaultActions: [{ type: settings.defaultAction.type, summary: "", spec: settings.defaultAction }],
  };
}
