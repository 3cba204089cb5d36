import { describe, expect, it } from "vitest";

import { applyAcknowledgements, findingsAbout, runAdvisor } from "./scan";
import { cleanSnapshot } from "./snapshot.fixture";
import { defineRule } from "./define-rule";
import type { Acknowledgement, Finding } from "./types";

const broken = cleanSnapshot((snapshot, alb) => {
  alb.attributes["access_logs.s3.enabled"] = "false";
  alb.attributes["deletion_protection.enabled"] = "false";
  alb.loadBalancer.availabilityZones.pop();
  snapshot.targetGroups.push({
    ...alb.targetGroups[0]!,
    arn: "tg/spare",
    name: "spare",
    loadBalancerArns: [],
  });
});

const ack = (findingKey: string, expiresAt?: string): Acknowledgement => ({
  findingKey,
  reason: "known",
  actor: "alice",
  at: "2026-07-01T00:00:00Z",
  ...(expiresAt ? { expiresAt } : {}),
});

describe("runAdvisor", () => {
  it("lists worst first, then by rule and key, the same way every time", () => {
    const findings = runAdvisor(broken);
    expect(findings.map((finding) => finding.ruleId)).toEqual([
      "alb-single-az",
      "alb-deletion-protection-off",
      "alb-access-logs-off",
      "elbv2-target-group-unused",
    ]);
    expect(runAdvisor(structuredClone(broken))).toEqual(findings);
  });

  it("keeps one finding per key when a rule reports the same subject twice", () => {
    const twice = defineRule({ id: "dup", severity: "info", service: "elbv2", summary: "" }, () => [
      { subject: "x", title: "first", explanation: "", resources: [] },
      { subject: "x", title: "second", explanation: "", resources: [] },
    ]);
    expect(runAdvisor(broken, [twice]).map((finding) => finding.title)).toEqual(["first"]);
  });
});

describe("applyAcknowledgements", () => {
  const findings: Finding[] = runAdvisor(broken);
  const now = new Date("2026-08-01T00:00:00Z");
  const key = findings[1]!.key;

  it("hides acknowledged findings and keeps the acknowledgement beside them", () => {
    const { open, acknowledged } = applyAcknowledgements(findings, [ack(key)], now);
    expect(open.map((finding) => finding.key)).not.toContain(key);
    expect(acknowledged).toEqual([{ finding: findings[1], ack: ack(key) }]);
  });

  it("shows a finding again once its acknowledgement expired", () => {
    const { open, acknowledged } = applyAcknowledgements(findings, [ack(key, "2026-07-31T23:59:59Z")], now);
    expect(open).toHaveLength(findings.length);
    expect(acknowledged).toEqual([]);
    expect(applyAcknowledgements(findings, [ack(key, "2026-08-02T00:00:00Z")], now).open).toHaveLength(
      findings.length - 1,
    );
  });

  it("ignores acknowledgements of findings that are gone", () => {
    expect(applyAcknowledgements(findings, [ack("nope:1")], now)).toEqual({
      open: findings,
      acknowledged: [],
    });
  });
});

describe("findingsAbout", () => {
  it("keeps the findings that name the resource", () => {
    expect(findingsAbout(runAdvisor(broken), "tg/spare").map((finding) => finding.ruleId)).toEqual([
      "elbv2-target-group-unused",
    ]);
  });
});
