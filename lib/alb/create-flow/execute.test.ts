import { AuthorizeSecurityGroupIngressCommand, DeleteSecurityGroupCommand } from "@aws-sdk/client-ec2";
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DeregisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { beforeEach, describe, expect, it } from "vitest";

import { awsAlbCreationDeps } from "@/lib/aws/alb-creation-deps";
import { createAlbWizardSchema } from "@/lib/schemas/load-balancer";

import {
  assertNothingLeftBehind,
  awsError,
  CERT,
  createAlias,
  ec2,
  elb,
  LB,
  REGION,
  run,
  scenario,
  SG,
  TG,
  wizard,
} from "./create-flow.test-helper";
import { executeAlbCreation } from "./execute";
import { planAlbCreation } from "./plan";

describe("executeAlbCreation", () => {
  it("creates everything in order and reports the resources", async () => {
    const result = await run();

    expect(result).toEqual({
      status: "created",
      resources: {
        securityGroupId: SG,
        targetGroupArn: TG,
        registeredTargets: ["i-1", "i-2"],
        loadBalancer: {
          arn: LB,
          dnsName: "web-1.us-east-1.elb.amazonaws.com",
          canonicalHostedZoneId: "Z35SXDOTRQ7X7K",
        },
        listenerArns: [expect.stringContaining("/443") as string, expect.stringContaining("/80") as string],
        aliasRecord: "www.example.com",
      },
    });
    expect(elb.commandCalls(CreateLoadBalancerCommand)[0]?.args[0].input).toMatchObject({
      Name: "web",
      Subnets: ["subnet-a", "subnet-b"],
      SecurityGroups: [SG],
      Type: "application",
    });
    expect(
      ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)[0]?.args[0].input.IpPermissions,
    ).toHaveLength(2);
    const [https, http] = elb.commandCalls(CreateListenerCommand).map((call) => call.args[0].input);
    expect(https).toMatchObject({
      Protocol: "HTTPS",
      Port: 443,
      Certificates: [{ CertificateArn: CERT }],
      SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
    });
    expect(https?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups).toEqual([{ TargetGroupArn: TG }]);
    expect(http?.DefaultActions?.[0]).toMatchObject({
      Type: "redirect",
      RedirectConfig: { Protocol: "HTTPS", Port: "443", StatusCode: "HTTP_301" },
    });
    expect(createAlias).toHaveBeenCalledWith(
      expect.objectContaining({
        hostedZoneId: "Z1",
        recordName: "www.example.com",
        alb: expect.objectContaining({ canonicalHostedZoneId: "Z35SXDOTRQ7X7K" }) as unknown,
      }),
    );
    expect(elb.commandCalls(DeleteLoadBalancerCommand)).toHaveLength(0);
  });

  it.each([
    ["security-group", { command: "CreateSecurityGroup" }, []],
    ["security-group", { command: "AuthorizeSecurityGroupIngress" }, []],
    ["target-group", { command: "CreateTargetGroup" }, ["security group sg-new"]],
    ["targets", { command: "RegisterTargets" }, ["target group web-tg", "security group sg-new"]],
    [
      "load-balancer",
      { command: "CreateLoadBalancer" },
      ["2 registered targets", "target group web-tg", "security group sg-new"],
    ],
    [
      "wait-active",
      { command: "Wait" },
      ["load balancer web", "2 registered targets", "target group web-tg", "security group sg-new"],
    ],
    [
      "listener:HTTPS:443",
      { command: "CreateListener", nth: 1 },
      ["load balancer web", "2 registered targets", "target group web-tg", "security group sg-new"],
    ],
    [
      "listener:HTTP:80",
      { command: "CreateListener", nth: 2 },
      [
        "HTTPS listener on port 443",
        "load balancer web",
        "2 registered targets",
        "target group web-tg",
        "security group sg-new",
      ],
    ],
    [
      "alias",
      { alias: true },
      [
        "HTTP listener on port 80",
        "HTTPS listener on port 443",
        "load balancer web",
        "2 registered targets",
        "target group web-tg",
        "security group sg-new",
      ],
    ],
  ] as const)(
    "a scenario.fault at %s (%j) rolls back everything created before it",
    async (stepId, injected, rolledBack) => {
      scenario.fault = injected;
      const result = await run();

      expect(result.status).toBe("failed");
      if (result.status !== "failed") return;
      expect(result.failedStep.id).toBe(stepId);
      const expectedCode =
        "alias" in injected
          ? "InvalidChangeBatch"
          : injected.command === "Wait"
            ? "LoadBalancerFailed"
            : "ValidationError";
      expect(result.error.code).toBe(expectedCode);
      expect(result.rolledBack).toEqual(rolledBack);
      expect(result.leftBehind).toEqual([]);
      assertNothingLeftBehind();
    },
  );

  it("deletes the load balancer and waits for it to be gone before deleting the security group", async () => {
    scenario.fault = { command: "CreateListener", nth: 1 };
    await run();

    const order = [...elb.calls(), ...ec2.calls()]
      .map((call) => ({
        name: (call.args[0] as { constructor: { name: string } }).constructor.name,
        at: (call as unknown as { callId: number }).callId,
      }))
      .sort((a, b) => a.at - b.at)
      .map((call) => call.name)
      .filter((name) => /^Delete|Deregister/.test(name) || name === "DescribeLoadBalancersCommand");
    expect(order).toEqual([
      "DescribeLoadBalancersCommand",
      "DescribeLoadBalancersCommand",
      "DeleteLoadBalancerCommand",
      "DescribeLoadBalancersCommand",
      "DeregisterTargetsCommand",
      "DeleteTargetGroupCommand",
      "DeleteSecurityGroupCommand",
    ]);
  });

  it("reports what it could not clean up", async () => {
    scenario.fault = { command: "CreateListener", nth: 1 };
    ec2.on(DeleteSecurityGroupCommand).rejects(awsError("DependencyViolation"));
    const result = await run();

    expect(result).toMatchObject({
      status: "failed",
      rolledBack: ["load balancer web", "2 registered targets", "target group web-tg"],
      leftBehind: ["security group sg-new"],
    });
  });

  describe("with an existing target group", () => {
    const GREEN = "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/images-green/123";
    const existingPlan = planAlbCreation({
      ...createAlbWizardSchema.parse({
        ...wizard,
        targetGroup: { mode: "existing", arn: GREEN, name: "images-green", vpcId: "vpc-1" },
        targets: [{ id: "i-1" }, { id: "i-new" }],
        listeners: [
          {
            protocol: "HTTP",
            port: 80,
            defaultAction: { type: "fixed-response", statusCode: "503", messageBody: "maintenance" },
          },
          { protocol: "HTTP", port: 8080, defaultAction: { type: "forward" } },
        ],
        alias: undefined,
      }),
      region: REGION,
    });
    const runExisting = () =>
      executeAlbCreation(existingPlan, awsAlbCreationDeps(REGION, { wait: { minDelaySeconds: 0 } }));

    beforeEach(() => {
      scenario.existingTargetGroups = [
        { TargetGroupArn: GREEN, TargetGroupName: "images-green", VpcId: "vpc-1" },
      ];
      scenario.existingTargets = [{ Id: "i-1", Port: 80 }];
    });

    it("plans no CreateTargetGroup and describes each default action", () => {
      expect(existingPlan.steps.map((step) => step.apiCall)).not.toContain(
        "elasticloadbalancing:CreateTargetGroup",
      );
      expect(existingPlan.steps.find((step) => step.id === "target-group")).toMatchObject({
        kind: "use-existing-target-group",
        apiCall: "elasticloadbalancing:DescribeTargetGroups",
        label: expect.stringContaining("images-green") as string,
      });
      expect(
        existingPlan.steps.filter((step) => step.kind === "create-listener").map((step) => step.label),
      ).toEqual([
        "Create HTTP listener on port 80: fixed response 503 (text/plain)",
        "Create HTTP listener on port 8080: forward to images-green",
      ]);
    });

    it("sends the fixed response and forwards to the existing group", async () => {
      const result = await runExisting();
      expect(result).toMatchObject({
        status: "created",
        resources: { targetGroupArn: GREEN, targetGroupExisting: true },
      });
      expect(elb.commandCalls(CreateTargetGroupCommand)).toHaveLength(0);
      const [fixed, forward] = elb.commandCalls(CreateListenerCommand).map((call) => call.args[0].input);
      expect(fixed?.DefaultActions?.[0]).toMatchObject({
        Type: "fixed-response",
        FixedResponseConfig: { StatusCode: "503", ContentType: "text/plain", MessageBody: "maintenance" },
      });
      expect(forward?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups).toEqual([{ TargetGroupArn: GREEN }]);
    });

    it("a scenario.fault after a listener was created deletes the listener and the load balancer but never the target group", async () => {
      scenario.fault = { command: "CreateListener", nth: 2 };
      const result = await runExisting();

      expect(result).toMatchObject({
        status: "failed",
        failedStep: { id: "listener:HTTP:8080" },
        rolledBack: [
          "HTTP listener on port 80",
          "load balancer web",
          "1 registered target",
          "security group sg-new",
        ],
        leftBehind: [],
      });
      expect(elb.commandCalls(DeleteListenerCommand)).toHaveLength(1);
      expect(elb.commandCalls(DeleteLoadBalancerCommand)).toHaveLength(1);
      expect(elb.commandCalls(DeleteTargetGroupCommand)).toHaveLength(0);
      // i-1 was registered before the flow ran: only the target it added goes again.
      expect(elb.commandCalls(DeregisterTargetsCommand)[0]?.args[0].input).toMatchObject({
        TargetGroupArn: GREEN,
        Targets: [{ Id: "i-new" }],
      });
    });

    it("stops when the existing group is gone, before creating the load balancer", async () => {
      scenario.existingTargetGroups = [];
      const result = await runExisting();
      expect(result).toMatchObject({ status: "failed", failedStep: { id: "target-group" } });
      expect(elb.commandCalls(CreateLoadBalancerCommand)).toHaveLength(0);
      expect(elb.commandCalls(DeleteTargetGroupCommand)).toHaveLength(0);
    });
  });

  it("refuses a target group name that already exists and never deletes that group", async () => {
    scenario.existingTargetGroups = [{ TargetGroupArn: TG, TargetGroupName: "web-tg", VpcId: "vpc-1" }];
    const result = await run();
    expect(result).toMatchObject({
      status: "failed",
      failedStep: { id: "target-group" },
      error: { code: "TargetGroupAlreadyExists" },
      rolledBack: ["security group sg-new"],
    });
    expect(elb.commandCalls(CreateTargetGroupCommand)).toHaveLength(0);
    expect(elb.commandCalls(DeleteTargetGroupCommand)).toHaveLength(0);
  });

  it("refuses a load balancer name that already exists and never deletes that load balancer", async () => {
    scenario.takenLoadBalancers = ["web"];
    const result = await run();
    expect(result).toMatchObject({
      status: "failed",
      failedStep: { id: "load-balancer" },
      error: { code: "LoadBalancerAlreadyExists" },
      rolledBack: ["2 registered targets", "target group web-tg", "security group sg-new"],
    });
    expect(elb.commandCalls(CreateLoadBalancerCommand)).toHaveLength(0);
    expect(elb.commandCalls(DeleteLoadBalancerCommand)).toHaveLength(0);
  });

  it("never leaks a non-AWS error's text", async () => {
    createAlias.mockRejectedValueOnce(new Error("secret internal detail"));
    const result = await run();
    expect(result).toMatchObject({ status: "failed", error: { code: "UnknownError" } });
    expect(JSON.stringify(result)).not.toContain("secret internal detail");
  });
});
