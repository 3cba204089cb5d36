import { describe, expect, it } from "vitest";

import { consoleActions, fullPolicy, isReadAction, readOnlyPolicy } from "./policy";

const actionsOf = (policy: ReturnType<typeof fullPolicy>) => policy.Statement.flatMap((s) => s.Action);

describe("IAM policies", () => {
  it("grants exactly the console's actions, one statement per service", () => {
    const policy = fullPolicy();
    expect(actionsOf(policy).sort()).toEqual(consoleActions());
    expect(policy.Statement.map((s) => s.Sid)).toEqual([
      "RouteboardAcmConsole",
      "RouteboardCloudwatchConsole",
      "RouteboardEc2Console",
      "RouteboardElasticloadbalancingConsole",
      "RouteboardRoute53Console",
      "RouteboardStsConsole",
    ]);
    expect(actionsOf(policy)).toContain("elasticloadbalancing:AddTags");
  });

  it("keeps only reads in the read-only variant, the STS identity and CloudWatch reads included", () => {
    const actions = actionsOf(readOnlyPolicy());
    expect(actions.every(isReadAction)).toBe(true);
    expect(actions).toEqual(expect.arrayContaining(["sts:GetCallerIdentity", "cloudwatch:GetMetricData"]));
    expect(actions).not.toContain("route53:ChangeResourceRecordSets");
    expect(actions).not.toContain("acm:AddTagsToCertificate");
  });
});
