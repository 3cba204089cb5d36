import { describe, expect, it } from "vitest";

import { explainTargetHealthReason, TARGET_HEALTH_REASON_CODES } from "./target-health-reasons";

describe("explainTargetHealthReason", () => {
  // Every value of the SDK's TargetHealthReasonEnum.
  it.each([
    "Elb.RegistrationInProgress",
    "Elb.InitialHealthChecking",
    "Target.ResponseCodeMismatch",
    "Target.Timeout",
    "Target.FailedHealthChecks",
    "Target.NotRegistered",
    "Target.NotInUse",
    "Target.DeregistrationInProgress",
    "Target.InvalidState",
    "Target.IpUnusable",
    "Target.HealthCheckDisabled",
    "Elb.InternalError",
  ])("explains %s", (code) => {
    expect(TARGET_HEALTH_REASON_CODES).toContain(code);
    const explanation = explainTargetHealthReason(code);
    expect(explanation.meaning.length).toBeGreaterThan(20);
    expect(explanation.action.length).toBeGreaterThan(10);
  });

  it("mentions redirects for a response code mismatch", () => {
    expect(explainTargetHealthReason("Target.ResponseCodeMismatch").meaning).toContain("redirect");
  });

  it("falls back for unknown or missing codes", () => {
    expect(explainTargetHealthReason("Target.Future").meaning).toContain("Target.Future");
    expect(explainTargetHealthReason(undefined).meaning).toContain("no reason");
  });
});
