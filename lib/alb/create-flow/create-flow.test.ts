import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DeleteSecurityGroupCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DeregisterTargetsCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { AwsError } from "@/lib/aws/errors";
import { createAlbWizardSchema } from "@/lib/schemas/load-balancer";

import { awsAlbCreationDeps } from "@/lib/aws/alb-creation-deps";
import { executeAlbCreation } from "./execute";
import { planAlbCreation } from "./plan";

const elb = mockClient(ElasticLoadBalancingV2Client);
const ec2 = mockClient(EC2Client);

const REGION = "us-east-1";
const SG = "sg-new";
const TG = "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web-tg/abc";
const LB = "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/def";
const CERT = "arn:aws:acm:us-east-1:1:certificate/c";

const wizard = createAlbWizardSchema.parse({
  name: "web",
  vpcId: "vpc-1",
  subnets: [
    { subnetId: "subnet-a", availabilityZone: "us-east-1a" },
    { subnetId: "subnet-b", availabilityZone: "us-east-1b" },
  ],
  securityGroup: { mode: "create", name: "web-alb" },
  targetGroup: { name: "web-tg", protocol: "HTTP", port: 80, vpcId: "vpc-1" },
  targets: [{ id: "i-1" }, { id: "i-2" }],
  listeners: [
    { protocol: "HTTP", port: 80, action: "redirect-https" },
    { protocol: "HTTPS", port: 443, certificateArn: CERT, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" },
  ],
  alias: { hostedZoneId: "Z1", recordName: "www.example.com" },
});
const plan = planAlbCreation({ ...wizard, region: REGION });

/** Where to inject the fault: an SDK command (optionally its n-th call) or the alias callback. */
type Fault = { command: string; nth?: number } | { alias: true } | undefined;

function awsError(name: string) {
  return Object.assign(new Error(`${name} injected`), {
    name,
    $metadata: { requestId: "req-1", httpStatusCode: 400 },
  });
}

let fault: Fault;
let lbDeleted: boolean;
/** Resources that exist before the flow runs. */
let takenLoadBalancers: string[];
let existingTargetGroups: { TargetGroupArn: string; TargetGroupName: string; VpcId: string }[];
let existingTargets: { Id: string; Port: number }[];
const counts = new Map<string, number>();
const createAlias = vi.fn();

function maybeFail(command: string) {
  const n = (counts.get(command) ?? 0) + 1;
  counts.set(command, n);
  if (fault && "command" in fault && fault.command === command && (fault.nth ?? 1) === n)
    throw awsError("ValidationError");
}

beforeEach(() => {
  elb.reset();
  ec2.reset();
  counts.clear();
  createAlias.mockReset();
  fault = undefined;
  lbDeleted = false;
  takenLoadBalancers = [];
  existingTargetGroups = [];
  existingTargets = [];

  ec2.on(CreateSecurityGroupCommand).callsFake(() => (maybeFail("CreateSecurityGroup"), { GroupId: SG }));
  ec2
    .on(AuthorizeSecurityGroupIngressCommand)
    .callsFake(() => (maybeFail("AuthorizeSecurityGroupIngress"), { Return: true }));
  ec2.on(DeleteSecurityGroupCommand).resolves({});
  elb.on(CreateTargetGroupCommand).callsFake(() => {
    maybeFail("CreateTargetGroup");
    return { TargetGroups: [{ TargetGroupArn: TG, TargetGroupName: "web-tg" }] };
  });
  elb.on(RegisterTargetsCommand).callsFake(() => (maybeFail("RegisterTargets"), {}));
  elb.on(CreateLoadBalancerCommand).callsFake(() => {
    maybeFail("CreateLoadBalancer");
    return {
      LoadBalancers: [
        {
          LoadBalancerArn: LB,
          LoadBalancerName: "web",
          DNSName: "web-1.us-east-1.elb.amazonaws.com",
          CanonicalHostedZoneId: "Z35SXDOTRQ7X7K",
          State: { Code: "provisioning" },
        },
      ],
    };
  });
  elb.on(DescribeLoadBalancersCommand).callsFake((input: { Names?: string[] }) => {
    // The name check before CreateLoadBalancer: only names in `takenLoadBalancers` exist.
    if (input.Names) {
      if (!input.Names.some((name) => takenLoadBalancers.includes(name)))
        throw awsError("LoadBalancerNotFoundException");
      return { LoadBalancers: [{ LoadBalancerArn: `${LB}-other`, LoadBalancerName: input.Names[0] }] };
    }
    if (lbDeleted) throw awsError("LoadBalancerNotFoundException");
    const isFault = fault && "command" in fault && fault.command === "Wait";
    return {
      LoadBalancers: [
        {
          LoadBalancerArn: LB,
          State: isFault ? { Code: "failed", Reason: "no capacity" } : { Code: "active" },
        },
      ],
    };
  });
  elb.on(CreateListenerCommand).callsFake((input: { Port?: number }) => {
    maybeFail("CreateListener");
    return {
      Listeners: [
        { ListenerArn: `${LB.replace("loadbalancer", "listener")}/${input.Port}`, Port: input.Port },
      ],
    };
  });
  elb.on(DeleteListenerCommand).resolves({});
  elb.on(DeleteLoadBalancerCommand).callsFake(() => {
    lbDeleted = true;
    return {};
  });
  elb.on(DeregisterTargetsCommand).resolves({});
  elb.on(DescribeTargetGroupsCommand).callsFake((input: { TargetGroupArns?: string[] }) => {
    const groups = input.TargetGroupArns
      ? existingTargetGroups.filter((group) => input.TargetGroupArns?.includes(group.TargetGroupArn))
      : existingTargetGroups;
    if (input.TargetGroupArns && groups.length === 0) throw awsError("TargetGroupNotFoundException");
    return { TargetGroups: groups };
  });
  elb.on(DescribeTargetHealthCommand).callsFake(() => ({
    TargetHealthDescriptions: existingTargets.map((target) => ({
      Target: target,
      TargetHealth: { State: "healthy" },
    })),
  }));
  elb.on(DeleteTargetGroupCommand).resolves({});
  createAlias.mockImplementation(() => {
    if (fault && "alias" in fault) {
      return Promise.reject(
        new AwsError({
          kind: "conflict",
          code: "InvalidChangeBatch",
          message: "AWS refused to change the record",
        }),
      );
    }
    return Promise.resolve();
  });
});

afterEach(() => {
  elb.reset();
  ec2.reset();
});

const run = () =>
  executeAlbCreation(plan, awsAlbCreationDeps(REGION, { createAlias, wait: { minDelaySeconds: 0 } }));

/** Every resource a create call produced must have its delete call. */
function assertNothingLeftBehind() {
  const created = {
    sg: ec2.commandCalls(CreateSecurityGroupCommand).length,
    tg: elb.commandCalls(CreateTargetGroupCommand).length,
    lb: elb.commandCalls(CreateLoadBalancerCommand).length,
  };
  const createdListeners = elb
    .commandCalls(CreateListenerCommand)
    .filter((call) => call.returnValue !== undefined)
    .map((call) => call.args[0].input.Port);
  const registered = elb
    .commandCalls(RegisterTargetsCommand)
    .filter((call) => call.returnValue !== undefined).length;
  const failedCreates = (command: string) =>
    fault && "command" in fault && fault.command === command ? 1 : 0;

  expect(ec2.commandCalls(DeleteSecurityGroupCommand).length).toBe(
    created.sg - failedCreates("CreateSecurityGroup"),
  );
  expect(elb.commandCalls(DeleteTargetGroupCommand).length).toBe(
    created.tg - failedCreates("CreateTargetGroup"),
  );
  expect(elb.commandCalls(DeleteLoadBalancerCommand).length).toBe(
    created.lb - failedCreates("CreateLoadBalancer"),
  );
  expect(elb.commandCalls(DeleteListenerCommand).length).toBe(
    createdListeners.length - failedCreates("CreateListener"),
  );
  expect(elb.commandCalls(DeregisterTargetsCommand).length).toBe(
    registered > 0 ? registered - failedCreates("RegisterTargets") : 0,
  );
}

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
    "a fault at %s (%j) rolls back everything created before it",
    async (stepId, injected, rolledBack) => {
      fault = injected;
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
    fault = { command: "CreateListener", nth: 1 };
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
    fault = { command: "CreateListener", nth: 1 };
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
      existingTargetGroups = [{ TargetGroupArn: GREEN, TargetGroupName: "images-green", VpcId: "vpc-1" }];
      existingTargets = [{ Id: "i-1", Port: 80 }];
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

    it("a fault after a listener was created deletes the listener and the load balancer but never the target group", async () => {
      fault = { command: "CreateListener", nth: 2 };
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
      existingTargetGroups = [];
      const result = await runExisting();
      expect(result).toMatchObject({ status: "failed", failedStep: { id: "target-group" } });
      expect(elb.commandCalls(CreateLoadBalancerCommand)).toHaveLength(0);
      expect(elb.commandCalls(DeleteTargetGroupCommand)).toHaveLength(0);
    });
  });

  it("refuses a target group name that already exists and never deletes that group", async () => {
    existingTargetGroups = [{ TargetGroupArn: TG, TargetGroupName: "web-tg", VpcId: "vpc-1" }];
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
    takenLoadBalancers = ["web"];
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
