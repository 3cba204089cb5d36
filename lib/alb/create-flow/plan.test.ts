import { describe, expect, it } from "vitest";

import { planAlbCreation } from "./plan";
import { plan, REGION, wizard } from "./create-flow.test-helper";

describe("planAlbCreation", () => {
  it("lists the steps in order with labels and API calls", () => {
    expect(plan.steps.map((step) => [step.id, step.apiCall])).toEqual([
      ["security-group", "ec2:CreateSecurityGroup, ec2:AuthorizeSecurityGroupIngress"],
      ["target-group", "elasticloadbalancing:CreateTargetGroup"],
      ["targets", "elasticloadbalancing:RegisterTargets"],
      ["load-balancer", "elasticloadbalancing:CreateLoadBalancer"],
      ["wait-active", "elasticloadbalancing:DescribeLoadBalancers (waiter LoadBalancerAvailable)"],
      ["listener:HTTPS:443", "elasticloadbalancing:CreateListener"],
      ["listener:HTTP:80", "elasticloadbalancing:CreateListener"],
      ["alias", "route53:ChangeResourceRecordSets (UPSERT alias)"],
    ]);
    expect(plan.steps[0]?.label).toBe("Create security group web-alb allowing 80, 443 from 0.0.0.0/0");
    expect(plan.steps[6]?.label).toBe("Create HTTP listener on port 80: redirect to HTTPS:443 (301)");
  });

  it("leaves out the optional steps", () => {
    const minimal = planAlbCreation({
      ...wizard,
      region: REGION,
      securityGroup: { mode: "existing", securityGroupIds: ["sg-1"] },
      targets: [],
      waitUntilActive: false,
      alias: undefined,
    });
    expect(minimal.steps.map((step) => step.kind)).toEqual([
      "create-target-group",
      "create-load-balancer",
      "create-listener",
      "create-listener",
    ]);
  });
});
