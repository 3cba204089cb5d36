import { describe, expect, it } from "vitest";

import type { Finding } from "@/lib/advisor/types";

import {
  attentionCount,
  filterParams,
  filtersFrom,
  findingsConcerning,
  groupFindings,
  matchesFilters,
  regionFrom,
  ruleCounts,
} from "./findings-view";

function finding(overrides: Partial<Finding> & Pick<Finding, "key">): Finding {
  return {
    ruleId: "alb-http-without-https-redirect",
    severity: "warning",
    service: "elbv2",
    title: "HTTP listener serves traffic unencrypted",
    explanation: "…",
    resources: [
      { kind: "listener", id: "arn:l1", label: "HTTP:80 on legacy-alb", href: "/load-balancers/legacy-alb" },
    ],
    ...overrides,
  };
}

const redirect = finding({ key: "redirect:l1" });
const orphan = finding({
  key: "tg-unused:tg1",
  ruleId: "target-group-unused",
  severity: "info",
  resources: [
    { kind: "target-group", id: "arn:tg1", label: "legacy-orphan", href: "/target-groups/legacy-orphan" },
  ],
});
const failover = finding({
  key: "failover:pay",
  ruleId: "route53-failover-primary-without-health-check",
  severity: "critical",
  service: "route53",
  resources: [
    { kind: "record-set", id: "Z1/pay.example.com./A/pay-primary", label: "pay A", href: "/hosted-zones/Z1" },
  ],
});
const secondOnListener = finding({ key: "keep-alive:l1", ruleId: "alb-keep-alive" });

describe("advisor findings view", () => {
  it("reads filters from the search params and ignores what it does not know", () => {
    expect(filtersFrom({ service: "route53", rule: "alb-http-without-https-redirect" })).toEqual({
      service: "route53",
      ruleId: "alb-http-without-https-redirect",
    });
    expect(filtersFrom({ service: "s3", rule: "<script>" })).toEqual({});
    expect(filtersFrom({ service: ["acm", "elbv2"] })).toEqual({ service: "acm" });
    expect(regionFrom({ region: "eu-west-1" }, ["us-east-1", "eu-west-1"], "us-east-1")).toBe("eu-west-1");
    expect(regionFrom({ region: "mars-1" }, ["us-east-1"], "us-east-1")).toBe("us-east-1");
    expect(filterParams("us-east-1", { service: "acm" }).toString()).toBe("region=us-east-1&service=acm");
  });

  it("filters by service and rule", () => {
    expect([redirect, orphan, failover].filter((f) => matchesFilters(f, { service: "route53" }))).toEqual([
      failover,
    ]);
    expect(
      [redirect, orphan, failover].filter((f) => matchesFilters(f, { ruleId: "target-group-unused" })),
    ).toEqual([orphan]);
  });

  it("groups worst severity first, then by the resource the finding is about", () => {
    const groups = groupFindings([redirect, orphan, failover, secondOnListener]);
    expect(groups.map((group) => [group.severity, group.count])).toEqual([
      ["critical", 1],
      ["warning", 2],
      ["info", 1],
    ]);
    expect(groups[1]?.resources).toHaveLength(1);
    expect(groups[1]?.resources[0]?.findings).toEqual([redirect, secondOnListener]);
  });

  it("counts critical and warning findings for the badge, and lists rules with counts", () => {
    expect(attentionCount([redirect, orphan, failover])).toBe(2);
    expect(ruleCounts([redirect, orphan, secondOnListener]).map((rule) => rule.ruleId)).toEqual([
      "alb-http-without-https-redirect",
      "alb-keep-alive",
      "target-group-unused",
    ]);
  });

  it("finds a resource's own findings", () => {
    expect(
      findingsConcerning(
        [redirect, failover],
        (ref) => ref.kind === "record-set" && ref.id.startsWith("Z1/"),
      ),
    ).toEqual([failover]);
  });
});
