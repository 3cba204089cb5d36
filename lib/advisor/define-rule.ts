import type { AlbConfig } from "@/lib/alb/types";

import type { AdvisorSnapshot, Finding, Rule } from "./types";

/** What a rule's check returns for one problem; the rule adds its id, severity, service and the stable key. */
export type FindingDraft = Omit<Finding, "key" | "ruleId" | "severity" | "service"> & {
  /** What the finding is about, unique within the rule (usually a resource id): the key's second half. */
  subject: string;
};

type RuleMeta = Omit<Rule, "check">;

/** A rule from its metadata and a check that returns drafts; findings come out keyed `${id}:${subject}`. */
export function defineRule(meta: RuleMeta, check: (snapshot: AdvisorSnapshot) => FindingDraft[]): Rule {
  return {
    ...meta,
    check: (snapshot) =>
      check(snapshot).map(({ subject, ...draft }) => ({
        key: `${meta.id}:${subject}`,
        ruleId: meta.id,
        severity: meta.severity,
        service: meta.service,
        ...draft,
      })),
  };
}

/** A rule that looks at each load balancer on its own (safe on a one-ALB snapshot). */
export function defineAlbRule(
  meta: Omit<RuleMeta, "service" | "perLoadBalancer"> & { service?: Rule["service"] },
  check: (config: AlbConfig, snapshot: AdvisorSnapshot) => FindingDraft[],
): Rule {
  return defineRule({ service: "elbv2", ...meta, perLoadBalancer: true }, (snapshot) =>
    snapshot.loadBalancers.flatMap((config) => check(config, snapshot)),
  );
}

/** "now" for rules that compare with the clock: the time the snapshot was taken. */
export function snapshotTime(snapshot: AdvisorSnapshot): Date {
  const at = Date.parse(snapshot.takenAt);
  return Number.isNaN(at) ? new Date(0) : new Date(at);
}
