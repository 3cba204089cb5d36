import { describe, expect, it } from "vitest";

import { reviewSections } from "./review-summary";
import { initialState } from "./wizard-state";
import type { WizardContext } from "./wizard-types";

const context: WizardContext = {
  region: "us-east-1",
  vpcs: [{ id: "vpc-1", name: "images", cidrBlock: "10.0.0.0/16", isDefault: false }],
  subnets: [
    {
      id: "subnet-a",
      vpcId: "vpc-1",
      availabilityZone: "us-east-1a",
      cidrBlock: "10.0.1.0/24",
      availableIpCount: 250,
      isPublic: true,
    },
  ],
  securityGroups: [],
  instances: [],
  certificates: [
    {
      arn: "arn:cert",
      domainName: "images.example.com",
      subjectAlternativeNames: [],
      status: "ISSUED",
      type: "IMPORTED",
    },
  ],
  sslPolicies: [
    {
      name: "ELBSecurityPolicy-TLS13-1-2-2021-06",
      minimumProtocol: "TLSv1.2",
      supportsTls13: true,
      isLegacy: false,
    },
  ],
  hostedZones: [{ id: "Z1", name: "example.com.", isPrivate: false }],
  loadBalancerNames: [],
  targetGroups: [
    {
      arn: "arn:tg/green",
      name: "images-green",
      vpcId: "vpc-1",
      targetType: "instance",
      protocol: "HTTP",
      port: 80,
      loadBalancerCount: 1,
    },
  ],
  readErrors: [],
};

describe("reviewSections", () => {
  it("lists what the default wizard creates, listener by listener", () => {
    const state = { ...initialState(context), name: "web", subnetIds: ["subnet-a"] };
    const sections = reviewSections(state, context);
    expect(sections.map((section) => section.section)).toEqual([
      "Load balancer",
      "Listeners",
      "Target group",
      "DNS",
    ]);
    expect(sections[0]?.view).toMatchObject({
      Name: "web",
      VPC: "images (vpc-1)",
      Subnets: ["us-east-1a: subnet-a"],
      "Security group": "New: web-alb, TCP 80, 443 from 0.0.0.0/0",
    });
    expect(sections[1]?.view).toEqual({
      "HTTP:80": "Redirect to HTTPS:443 (301)",
      "HTTPS:443": "Forward to web-tg · certificate images.example.com · ELBSecurityPolicy-TLS13-1-2-2021-06",
    });
    expect(sections[2]?.view).toMatchObject({ Name: "web-tg", Targets: "None yet" });
    expect(sections[3]?.view).toEqual({ "Alias record": "None" });
  });

  it("says an existing target group is used as it is", () => {
    const state = {
      ...initialState(context),
      name: "web",
      targetGroupMode: "existing" as const,
      existingTargetGroupArn: "arn:tg/green",
    };
    expect(reviewSections(state, context)[2]?.view).toEqual({
      Name: "images-green (existing: not changed, never deleted)",
      "Target type": "instance",
      "Protocol and port": "HTTP:80",
      Targets: "None added (its registered targets stay as they are)",
    });
  });
});
