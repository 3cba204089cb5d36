/**
 * The one describer of an ALB action (forward / redirect / fixed response), in the three lengths the console shows:
 * - "summary": a table cell, e.g. `forward → web-tg (90%), canary (10%)`, `redirect 301 → HTTPS:443`, `fixed response 404`;
 * - "sentence": a step of a plan, e.g. `forward to web-tg`, `redirect to HTTPS:443 (301)`, `fixed response 503 (text/plain)`;
 * - "detail": a review row, e.g. `Forward to web-tg · weight 90 (90%), …`, `Redirect 301 to HTTPS://#{host}:443/#{path}?#{query}`.
 * Pure; target groups are named from their ARN unless `targetGroupName` says otherwise.
 */
import { type ActionSpec, nameFromArn } from "./domain";

export type ActionDescriptionStyle = "summary" | "sentence" | "detail";

/** A forward whose target group is not known yet (the wizard's new group) has no ARNs: it names the group instead. */
export type DescribableAction =
  ActionSpec | { type: "forward"; targetGroups?: undefined; stickinessDurationSeconds?: undefined };

export interface DescribeActionOptions {
  style?: ActionDescriptionStyle;
  /** The name to show for a target group ARN (default: the name inside the ARN), or for a forward without ARNs. */
  targetGroupName?: (arn: string | undefined) => string;
}

type Forward = Extract<ActionSpec, { type: "forward" }>;
type Redirect = Extract<ActionSpec, { type: "redirect" }>;

const redirectCode = (action: Redirect) => (action.statusCode === "HTTP_302" ? "302" : "301");

/** Each group's weight (AWS's default 1) and its share of the total in percent, rounded to `decimals`. */
export function forwardShares(
  action: Forward,
  decimals = 1,
): { arn: string; weight: number; share: number }[] {
  const total = action.targetGroups.reduce((sum, group) => sum + (group.weight ?? 1), 0);
  const factor = 10 ** decimals;
  return action.targetGroups.map((group) => {
    const weight = group.weight ?? 1;
    return {
      arn: group.targetGroupArn,
      weight,
      share: total > 0 ? Math.round((weight / total) * 100 * factor) / factor : 0,
    };
  });
}

/** The weighted forward as review rows read it, e.g. `images-blue · weight 90 (90%)`; one group is just its name. */
export function forwardTargets(action: Forward, name: (arn: string) => string = nameFromArn): string[] {
  if (action.targetGroups.length === 1) return [name(action.targetGroups[0]?.targetGroupArn ?? "")];
  return forwardShares(action).map(
    (group) => `${name(group.arn)} · weight ${group.weight} (${group.share}%)`,
  );
}

function describeForward(
  action: Forward | Extract<DescribableAction, { targetGroups?: undefined }>,
  style: ActionDescriptionStyle,
  name: (arn: string | undefined) => string,
): string {
  if (!action.targetGroups)
    return style === "summary"
      ? `forward → ${name(undefined)}`
      : `${style === "detail" ? "Forward" : "forward"} to ${name(undefined)}`;
  const groups = action.targetGroups;
  switch (style) {
    case "summary":
      if (groups.length === 1) return `forward → ${name(groups[0]?.targetGroupArn)}`;
      return `forward → ${forwardShares(action, 0)
        .map((group) => `${name(group.arn)} (${group.share}%)`)
        .join(", ")}`;
    case "sentence":
      return `forward to ${groups.map((group) => name(group.targetGroupArn)).join(", ")}`;
    case "detail":
      return `Forward to ${forwardTargets(action, name).join(", ")}${action.stickinessDurationSeconds ? `, sticky ${action.stickinessDurationSeconds}s` : ""}`;
  }
}

function describeRedirect(action: Redirect, style: ActionDescriptionStyle): string {
  const code = redirectCode(action);
  switch (style) {
    case "summary": {
      const host = action.host && action.host !== "#{host}" ? action.host : "";
      const path = action.path && action.path !== "/#{path}" ? action.path : "";
      return `redirect ${code} → ${action.protocol ?? "#{protocol}"}:${action.port ?? "#{port}"}${host ? ` ${host}` : ""}${path}`;
    }
    case "sentence": {
      const keep = (value: string | undefined, placeholder: string) =>
        value === undefined || value === placeholder ? "" : value;
      const protocol = keep(action.protocol, "#{protocol}");
      const port = keep(action.port, "#{port}");
      const host = keep(action.host, "#{host}");
      const path = keep(action.path, "/#{path}");
      const endpoint = protocol && port ? `${protocol}:${port}` : protocol || (port ? `port ${port}` : "");
      const where = [endpoint, host ? `host ${host}` : "", path ? `path ${path}` : ""]
        .filter(Boolean)
        .join(" ");
      return `redirect to ${where || "the same URL"} (${code})`;
    }
    case "detail":
      return `Redirect ${code} to ${action.protocol ?? "#{protocol}"}://${action.host ?? "#{host}"}:${action.port ?? "#{port}"}${action.path ?? "/#{path}"}?${action.query ?? "#{query}"}`;
  }
}

/** The action in words, in the given style ("summary" by default). */
export function describeAlbAction(action: DescribableAction, options: DescribeActionOptions = {}): string {
  const style = options.style ?? "summary";
  const name = options.targetGroupName ?? ((arn: string | undefined) => nameFromArn(arn ?? ""));
  switch (action.type) {
    case "forward":
      return describeForward(action, style, name);
    case "redirect":
      return describeRedirect(action, style);
    case "fixed-response": {
      const contentType =
        style === "summary"
          ? action.contentType
            ? ` (${action.contentType})`
            : ""
          : ` (${action.contentType ?? "text/plain"})`;
      const body = style === "detail" && action.messageBody ? `: ${action.messageBody}` : "";
      return `${style === "detail" ? "Fixed response" : "fixed response"} ${action.statusCode}${contentType}${body}`;
    }
  }
}
