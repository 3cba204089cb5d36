import { describe, expect, it } from "vitest";

import { consoleActions, fullPolicy, isReadAction, readOnlyPolicy } from "./policy";

const actionsOf = (policy: ReturnType<typeof fullPolicy>) => policy.Statement.flatMap((s) => s.Action);

describe("IAM policies", () => {
  it("grants exactly the console's actions, one statement per service", () => {
    const policy = fullPolicy();
    expect(actionsOf(policy).sort()).toEqual([...consoleActions(), "iam:CreateServiceLinkedRole"].sort());
    expect(policy.Statement.map((s) => s.Sid)).toEqual([
      "RouteboardAcmConsole",
      "RouteboardCloudwatchConsole",
      "RouteboardEc2Console",
      "RouteboardElasticloadbalancingConsole",
      "RouteboardRoute53Console",
      "RouteboardStsConsole",
      "RouteboardElbServiceLinkedRole",
    ]);
    expect(actionsOf(policy)).toContain("elasticloadbalancing:AddTags");
  });

  it("lets the first load balancer create only Elastic Load Balancing's service-linked role", () => {
    const statement = fullPolicy().Statement.find((s) => s.Action.includes("iam:CreateServiceLinkedRole"));
    expect(statement).toMatchObject({
      Resource: expect.stringMatching(/:role\/aws-service-role\/elasticloadbalancing\.amazonaws\.com\//),
      Condition: { StringEquals: { "iam:AWSServiceName": "elasticloadbalancing.amazonaws.com" } },
    });
    expect(actionsOf(readOnlyPolicy())).not.toContain("iam:CreateServiceLinkedRole");
  });

  it("keeps only reads in the read-only variant, the STS identity and CloudWatch reads included", () => {
    const actions = actionsOf(readOnlyPolicy());
    expect(actions.every(isReadAction)).toBe(true);
    expect(actions).toEqual(expect.arrayContaining(["sts:GetCallerIdentity", "cloudwatch:GetMetricData"]));
    expect(actions).not.toContain("route53:ChangeResourceRecordSets");
    expect(actions).not.toContain("acm:AddTagsToCertificate");
  });
});
