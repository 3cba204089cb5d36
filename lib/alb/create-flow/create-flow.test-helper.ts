/**
 * The create flow's test harness: SDK mocks for ELBv2 and EC2 behind the real lib/aws adapter, a default plan, and a
 * `scenario` each test adjusts (a fault to inject, resources that already exist). Importing it registers the hooks.
 */
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
import { afterEach, beforeEach, expect, vi } from "vitest";

import { AwsError } from "@/lib/aws/errors";
import { createAlbWizardSchema } from "@/lib/schemas/load-balancer";

import { awsAlbCreationDeps } from "@/lib/aws/alb-creation-deps";
import { executeAlbCreation } from "./execute";
import { planAlbCreation } from "./plan";

export const elb = mockClient(ElasticLoadBalancingV2Client);
export const ec2 = mockClient(EC2Client);

export const REGION = "us-east-1";
export const SG = "sg-new";
export const TG = "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web-tg/abc";
export const LB = "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/def";
export const CERT = "arn:aws:acm:us-east-1:1:certificate/c";

export const wizard = createAlbWizardSchema.parse({
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
export const plan = planAlbCreation({ ...wizard, region: REGION });

/** Where to inject the fault: an SDK command (optionally its n-th call) or the alias callback. */
export type Fault = { command: string; nth?: number } | { alias: true } | undefined;

export function awsError(name: string) {
  return Object.assign(new Error(`${name} injected`), {
    name,
    $metadata: { requestId: "req-1", httpStatusCode: 400 },
  });
}

/** What a test sets up: the fault to inject and the resources that exist before the flow runs. */
export const scenario: {
  fault: Fault;
  lbDeleted: boolean;
  takenLoadBalancers: string[];
  existingTargetGroups: { TargetGroupArn: string; TargetGroupName: string; VpcId: string }[];
  existingTargets: { Id: string; Port: number }[];
} = {
  fault: undefined,
  lbDeleted: false,
  takenLoadBalancers: [],
  existingTargetGroups: [],
  existingTargets: [],
};
export const counts = new Map<string, number>();
export const createAlias = vi.fn();

export function maybeFail(command: string) {
  const n = (counts.get(command) ?? 0) + 1;
  counts.set(command, n);
  if (
    scenario.fault &&
    "command" in scenario.fault &&
    scenario.fault.command === command &&
    (scenario.fault.nth ?? 1) === n
  )
    throw awsError("ValidationError");
}

beforeEach(() => {
  elb.reset();
  ec2.reset();
  counts.clear();
  createAlias.mockReset();
  scenario.fault = undefined;
  scenario.lbDeleted = false;
  scenario.takenLoadBalancers = [];
  scenario.existingTargetGroups = [];
  scenario.existingTargets = [];

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
      if (!input.Names.some((name) => scenario.takenLoadBalancers.includes(name)))
        throw awsError("LoadBalancerNotFoundException");
      return { LoadBalancers: [{ LoadBalancerArn: `${LB}-other`, LoadBalancerName: input.Names[0] }] };
    }
    if (scenario.lbDeleted) throw awsError("LoadBalancerNotFoundException");
    const isFault = scenario.fault && "command" in scenario.fault && scenario.fault.command === "Wait";
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
    scenario.lbDeleted = true;
    return {};
  });
  elb.on(DeregisterTargetsCommand).resolves({});
  elb.on(DescribeTargetGroupsCommand).callsFake((input: { TargetGroupArns?: string[] }) => {
    const groups = input.TargetGroupArns
      ? scenario.existingTargetGroups.filter((group) => input.TargetGroupArns?.includes(group.TargetGroupArn))
      : scenario.existingTargetGroups;
    if (input.TargetGroupArns && groups.length === 0) throw awsError("TargetGroupNotFoundException");
    return { TargetGroups: groups };
  });
  elb.on(DescribeTargetHealthCommand).callsFake(() => ({
    TargetHealthDescriptions: scenario.existingTargets.map((target) => ({
      Target: target,
      TargetHealth: { State: "healthy" },
    })),
  }));
  elb.on(DeleteTargetGroupCommand).resolves({});
  createAlias.mockImplementation(() => {
    if (scenario.fault && "alias" in scenario.fault) {
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

export const run = () =>
  executeAlbCreation(plan, awsAlbCreationDeps(REGION, { createAlias, wait: { minDelaySeconds: 0 } }));

/** Every resource a create call produced must have its delete call. */
export function assertNothingLeftBehind() {
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
    scenario.fault && "command" in scenario.fault && scenario.fault.command === command ? 1 : 0;

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
