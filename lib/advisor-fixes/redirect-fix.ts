import "server-only";

import { z } from "zod";

import type { ActionSpec } from "@/lib/alb/domain";
import { listenerView, listenerWithSettings } from "@/lib/alb/edit/model";
import type { UpdateListenerInput } from "@/lib/alb/edit/schemas";
import { listenerName, loadAlb } from "@/lib/alb-ops/edit-guards";
import { readListeners } from "@/lib/alb-ops/read-listeners";
import { diffViews } from "@/lib/diff/diff";
import type { DiffRow } from "@/lib/diff/diff-row";
import { ActionRefusal } from "@/lib/errors/action-refusal";

// The advisor's "Fix" for an HTTP listener that serves plain HTTP: the listener edit the ALB page would make (default
// action → 301 to HTTPS:443), previewed from the listener as AWS holds it now and applied by the ALB page's own
// updateListenerAction with that listener as `expected`, so a change made meanwhile is refused.

export const redirectFixSchema = z.object({
  region: z.string().trim().min(1).max(64),
  loadBalancerName: z.string().trim().min(1).max(32),
  listenerArn: z.string().trim().min(1).max(2048),
});
export type RedirectFixInput = z.input<typeof redirectFixSchema>;

/** What AWS documents for an HTTP → HTTPS redirect: 301, same host, path and query, HTTPS on 443. */
export const REDIRECT_TO_HTTPS = {
  type: "redirect",
  statusCode: "HTTP_301",
  protocol: "HTTPS",
  port: "443",
  host: "#{host}",
  path: "/#{path}",
  query: "#{query}",
} as const satisfies Extract<ActionSpec, { type: "redirect" }>;

export interface RedirectFixPreview {
  rows: DiffRow[];
  /** The ALB page's listener edit, ready to apply. */
  apply: UpdateListenerInput;
  /** Said above the change table when the redirect would lead nowhere yet. */
  warning?: string;
}

export async function previewRedirectFix(
  input: z.output<typeof redirectFixSchema>,
): Promise<RedirectFixPreview> {
  const lb = await loadAlb(input.region, input.loadBalancerName);
  const listeners = await readListeners(input.region, lb.arn);
  const listener = listeners.find((candidate) => candidate.arn === input.listenerArn);
  if (!listener) {
    throw new ActionRefusal(
      `This listener of ${lb.name} no longer exists: someone may have deleted it. Reload the advisor.`,
      "NotFound",
    );
  }
  if (listener.protocol !== "HTTP") {
    throw new ActionRefusal(
      `${listenerName(listener)} is not an HTTP listener: nothing to redirect.`,
      "InvalidInput",
    );
  }
  const before = listenerView(listener);
  const after = listenerView(listenerWithSettings(listener, { defaultAction: REDIRECT_TO_HTTPS }));
  const hasHttps443 = listeners.some((other) => other.protocol === "HTTPS" && other.port === 443);
  return {
    rows: diffViews(before, after),
    apply: {
      region: input.region,
      loadBalancerName: lb.name,
      listenerArn: listener.arn,
      expected: before,
      settings: { defaultAction: REDIRECT_TO_HTTPS },
    },
    ...(hasHttps443
      ? {}
      : {
          warning: `${lb.name} has no HTTPS listener on port 443 yet: add one first, or redirected users get no answer.`,
        }),
  };
}
