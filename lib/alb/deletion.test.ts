import { describe, expect, it, vi } from "vitest";

import { securityGroupsOnlyUsedBy, targetGroupsOnlyUsedBy } from "./dependents";
import {
  type AlbDeletionPlan,
  type AlbDeletionPorts,
  describeDeletion,
  executeAlbDeletion,
} from "./deletion";

const record = (zoneId: string, name: string) => ({
  zoneId,
  zoneName: "example.com.",
  name,
  type: "A" as const,
});

const plan: AlbDeletionPlan = {
  loadBalancer: { arn: "arn:lb", name: "web" },
  aliasRecords: [record("Z1", "a.example.com"), record("Z1", "b.example.com"), record("Z2", "c.example.org")],
  targetGroups: [{ arn: "arn:tg", name: "web-tg" }],
  securityGroups: [{ id: "sg-1", name: "web-sg" }],
};

function ports(overrides: Partial<AlbDeletionPorts> = {}) {
  const restored: string[] = [];
  const calls: string[] = [];
  const base: AlbDeletionPorts = {
    deleteAliasRecords: vi.fn(async (zoneId: string) => {
      calls.push(`records ${zoneId}`);
      return { changeId: `C-${zoneId}`, restore: async () => void restored.push(zoneId) };
    }),
    deleteLoadBalancer: vi.fn(async () => void calls.push("lb")),
    waitUntilDeleted: vi.fn(async () => void calls.push("wait")),
    deleteTargetGroup: vi.fn(async () => void calls.push("tg")),
    deleteSecurityGroup: vi.fn(async () => void calls.push("sg")),
  };
  return { ports: { ...base, ...overrides }, restored, calls };
}

const awsError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("executeAlbDeletion", () => {
  it("deletes the records per zone, then the load balancer, then (once it is gone) its groups", async () => {
    const { ports: p, calls } = ports();
    const outcome = await executeAlbDeletion(plan, p);
    expect(calls).toEqual(["records Z1", "records Z2", "lb", "wait", "tg", "sg"]);
    expect(outcome).toMatchObject({ status: "deleted", changeIds: ["C-Z1", "C-Z2"] });
    expect(describeDeletion(outcome)).toContain("load balancer web");
  });

  it("puts the records back when AWS refuses to delete the load balancer, so nothing has changed", async () => {
    const { ports: p, restored } = ports({
      deleteLoadBalancer: () =>
        Promise.reject(awsError("OperationNotPermitted", "Deletion protection is on.")),
    });
    const outcome = await executeAlbDeletion(plan, p);
    expect(restored).toEqual(["Z2", "Z1"]);
    expect(outcome).toMatchObject({
      status: "rolled-back",
      failure: { resource: "load balancer web", code: "OperationNotPermitted" },
      notRestored: [],
    });
    expect(describeDeletion(outcome)).toMatch(/^Nothing was deleted: load balancer web failed/);
  });

  it("undoes the zones already done when a later zone's records changed meanwhile", async () => {
    const { ports: p, restored } = ports({
      deleteAliasRecords: async (zoneId) => {
        if (zoneId === "Z2") throw awsError("ConcurrentChange", "c.example.org changed.");
        return { restore: async () => void restored.push(zoneId) };
      },
    });
    const outcome = await executeAlbDeletion(plan, p);
    expect(restored).toEqual(["Z1"]);
    expect(p.deleteLoadBalancer).not.toHaveBeenCalled();
    expect(outcome.status).toBe("rolled-back");
  });

  it("reports exactly what was left behind once the load balancer is gone", async () => {
    const { ports: p } = ports({
      deleteSecurityGroup: () => Promise.reject(awsError("DependencyViolation", "still in use")),
    });
    const outcome = await executeAlbDeletion(plan, p);
    expect(outcome).toMatchObject({
      status: "partial",
      leftBehind: [{ resource: "security group web-sg (sg-1)", code: "DependencyViolation" }],
    });
    expect(outcome.status === "partial" && outcome.deleted).toContain("target group web-tg");
    expect(describeDeletion(outcome)).toContain("but not security group web-sg (sg-1)");
  });

  it("does not wait for the load balancer when no group goes with it", async () => {
    const { ports: p } = ports();
    await executeAlbDeletion({ ...plan, targetGroups: [], securityGroups: [] }, p);
    expect(p.waitUntilDeleted).not.toHaveBeenCalled();
  });
});

describe("dependents", () => {
  const group = (arn: string, loadBalancerArns: string[]) => ({
    arn,
    name: arn,
    targetType: "instance" as const,
    loadBalancerArns,
    healthCheck: { enabled: true },
  });
  const sg = (id: string, name = id, sources: string[] = []) => ({
    id,
    name,
    description: "",
    vpcId: "vpc-1",
    ingress: [
      { protocol: "tcp", cidrs: [], ipv6Cidrs: [], sourceSecurityGroupIds: sources, prefixListIds: [] },
    ],
    egress: [],
  });

  it("offers only target groups whose one load balancer is this one", () => {
    const groups = [group("only", ["arn:lb"]), group("shared", ["arn:lb", "arn:other"]), group("unused", [])];
    expect(targetGroupsOnlyUsedBy("arn:lb", groups).map((g) => g.name)).toEqual(["only"]);
  });

  it("offers security groups nothing else uses: not another ALB, an instance, another group's rule or the default group", () => {
    const lb = {
      arn: "arn:lb",
      securityGroupIds: ["sg-own", "sg-shared", "sg-instance", "sg-referenced", "sg-default"],
    };
    const result = securityGroupsOnlyUsedBy(lb, {
      loadBalancers: [lb, { arn: "arn:other", securityGroupIds: ["sg-shared"] }],
      instances: [{ securityGroupIds: ["sg-instance"] }],
      securityGroups: [
        sg("sg-own"),
        sg("sg-shared"),
        sg("sg-instance"),
        sg("sg-referenced"),
        sg("sg-default", "default"),
        sg("sg-targets", "targets", ["sg-referenced"]),
      ],
    });
    expect(result.map((g) => g.id)).toEqual(["sg-own"]);
  });
});
