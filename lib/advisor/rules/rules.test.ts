import { describe, expect, it } from "vitest";

import { LB_ARN } from "@/lib/alb/alb-config.fixture";

import { runAdvisor } from "../scan";
import { aRecord, cleanSnapshot, recordsOf, type RuleCase } from "../snapshot.fixture";
import { ALB_RULE_CASES } from "./alb-rule-cases.fixture";
import { DNS_RULE_CASES } from "./dns-rule-cases.fixture";
import { ADVISOR_RULES } from "./index";

/** For every rule: a change to the clean snapshot that triggers it, and a close one that must not. */
const CASES: Record<string, RuleCase> = { ...ALB_RULE_CASES, ...DNS_RULE_CASES };
const idsAfter = (change: RuleCase["triggers"]) =>
  new Set(runAdvisor(cleanSnapshot(change)).map((finding) => finding.ruleId));

describe("advisor rules", () => {
  it("finds nothing in a clean region", () => {
    expect(runAdvisor(cleanSnapshot())).toEqual([]);
  });

  it("has a case for every registered rule, and unique ids", () => {
    const ids = ADVISOR_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
  });

  it.each(Object.entries(CASES))(
    "%s: triggers on its case and not on the near miss",
    (id, { triggers, doesNot }) => {
      const findings = runAdvisor(cleanSnapshot(triggers)).filter((finding) => finding.ruleId === id);
      expect(findings.length).toBeGreaterThan(0);
      const rule = ADVISOR_RULES.find((candidate) => candidate.id === id)!;
      for (const finding of findings) {
        expect(finding).toMatchObject({ severity: rule.severity, service: rule.service });
        expect(finding.key.startsWith(`${id}:`)).toBe(true);
        expect(finding.explanation.length).toBeGreaterThan(40);
        expect(finding.resources.length).toBeGreaterThan(0);
        for (const resource of finding.resources) expect(resource.href).toMatch(/^\/[a-z-]+/);
      }
      expect([...idsAfter(doesNot)]).not.toContain(id);
    },
  );

  it("proposes the one-step fixes", () => {
    const byRule = (change: RuleCase["triggers"], id: string) =>
      runAdvisor(cleanSnapshot(change)).find((finding) => finding.ruleId === id)?.fix;
    expect(
      byRule(CASES["alb-http-without-https-redirect"]!.triggers, "alb-http-without-https-redirect"),
    ).toEqual({
      kind: "listener-redirect-to-https",
      loadBalancerName: "web",
      listenerArn: "listener/80",
      port: 80,
    });
    expect(byRule(CASES["elbv2-target-group-unused"]!.triggers, "elbv2-target-group-unused")).toEqual({
      kind: "delete-target-group",
      targetGroupArn: "tg/spare",
      targetGroupName: "spare",
    });
    expect(
      byRule(
        (snapshot) =>
          void recordsOf(snapshot).push(
            aRecord("t.example.com.", ["203.0.113.1"], {
              TTL: 300,
              HealthCheckId: "hc-t",
              SetIdentifier: "a",
              Weight: 1,
            }),
          ),
        "route53-ttl-above-60-on-health-checked-record",
      ),
    ).toEqual({
      kind: "set-record-ttl",
      zoneId: "Z1",
      name: "t.example.com.",
      type: "A",
      setIdentifier: "a",
      ttl: 60,
    });
  });

  it("links each resource to its console page", () => {
    const findings = runAdvisor(
      cleanSnapshot((snapshot) => {
        snapshot.certificates[0]!.notAfter = "2026-08-20T00:00:00Z";
        recordsOf(snapshot).push(
          aRecord("t.example.com.", ["203.0.113.1"], {
            TTL: 300,
            HealthCheckId: "hc-t",
            SetIdentifier: "a b",
          }),
        );
      }),
    );
    const hrefs = findings.flatMap((finding) => finding.resources.map((resource) => resource.href));
    expect(hrefs).toContain("/certificates/c1");
    expect(hrefs).toContain("/load-balancers/web");
    expect(hrefs).toContain("/hosted-zones/Z1/records/edit?key=t.example.com.%7CA%7Ca%20b");
    expect(LB_ARN).toContain("loadbalancer/app/web");
  });
});
