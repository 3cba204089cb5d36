import { describe, expect, it } from "vitest";

import { checkAgainstRegion, type RegionSnapshot, type WizardChoices } from "./region-checks";

const NOW = Date.parse("2026-08-01T00:00:00Z");

const choices: WizardChoices = {
  name: "web",
  scheme: "internet-facing",
  vpcId: "vpc-1",
  subnets: [{ subnetId: "subnet-a" }, { subnetId: "subnet-b" }],
  securityGroup: { mode: "create", name: "web-alb" },
  targetGroup: { mode: "new", name: "web-tg" },
  listeners: [{ port: "443", certificateArn: "arn:cert", defaultAction: { type: "forward" } }],
  alias: { recordName: "web.example.com" },
};

const region: RegionSnapshot = {
  region: "us-east-1",
  loadBalancerNames: ["other"],
  targetGroups: [{ arn: "arn:tg/green", name: "green", vpcId: "vpc-1", loadBalancerCount: 1 }],
  securityGroups: [{ name: "default", vpcId: "vpc-1" }],
  subnets: [
    { id: "subnet-a", vpcId: "vpc-1", availabilityZone: "us-east-1a", isPublic: true },
    { id: "subnet-b", vpcId: "vpc-1", availabilityZone: "us-east-1b", isPublic: true },
  ],
  certificates: [
    {
      arn: "arn:cert",
      domainName: "web.example.com",
      status: "ISSUED",
      type: "AMAZON_ISSUED",
      notAfter: "2027-08-01T00:00:00Z",
    },
  ],
  aliasZone: { name: "example.com." },
  aliasConflicts: [],
};

describe("checkAgainstRegion", () => {
  it("passes choices that collide with nothing", () => {
    expect(checkAgainstRegion(choices, region, NOW)).toEqual({ fieldErrors: {}, warnings: [] });
  });

  it("refuses names already taken, whatever their case", () => {
    const taken: RegionSnapshot = {
      ...region,
      loadBalancerNames: ["WEB"],
      targetGroups: [{ arn: "arn:tg/web", name: "Web-TG", loadBalancerCount: 0 }],
      securityGroups: [{ name: "web-alb", vpcId: "vpc-1" }],
    };
    expect(Object.keys(checkAgainstRegion(choices, taken, NOW).fieldErrors)).toEqual([
      "name",
      "targetGroup.name",
      "securityGroup.name",
    ]);
    // A security group of that name in another VPC does not collide.
    const elsewhere = { ...region, securityGroups: [{ name: "web-alb", vpcId: "vpc-2" }] };
    expect(checkAgainstRegion(choices, elsewhere, NOW).fieldErrors).toEqual({});
  });

  it("checks an existing target group is still there and in the VPC, and warns when it already serves one", () => {
    const existing = (arn: string): WizardChoices => ({ ...choices, targetGroup: { mode: "existing", arn } });
    expect(checkAgainstRegion(existing("arn:tg/gone"), region, NOW).fieldErrors["targetGroup.arn"]).toEqual([
      "This target group no longer exists in us-east-1.",
    ]);
    const otherVpc = {
      ...region,
      targetGroups: [{ arn: "arn:tg/green", name: "green", vpcId: "vpc-2", loadBalancerCount: 0 }],
    };
    expect(
      checkAgainstRegion(existing("arn:tg/green"), otherVpc, NOW).fieldErrors["targetGroup.arn"]?.[0],
    ).toMatch(/^green is in vpc-2/);
    expect(checkAgainstRegion(existing("arn:tg/green"), region, NOW).warnings).toEqual([
      "green already serves another load balancer; AWS may refuse to attach an ALB target group to a second load balancer.",
    ]);
  });

  it("warns about private subnets for an internet-facing load balancer and refuses subnets gone or elsewhere", () => {
    const subnets: RegionSnapshot["subnets"] = [
      { id: "subnet-a", vpcId: "vpc-1", availabilityZone: "us-east-1a", isPublic: false },
      { id: "subnet-b", vpcId: "vpc-2", availabilityZone: "us-east-1b", isPublic: true },
    ];
    const check = checkAgainstRegion(choices, { ...region, subnets }, NOW);
    expect(check.warnings).toEqual([expect.stringMatching(/^Subnet subnet-a \(us-east-1a\) has no route/)]);
    expect(check.fieldErrors.subnets).toEqual(["Subnet subnet-b is not in vpc-1."]);
    expect(checkAgainstRegion(choices, { ...region, subnets: [] }, NOW).fieldErrors.subnets).toHaveLength(2);
  });

  it("warns about an imported certificate expiring within 30 days on a listener", () => {
    const expiring: RegionSnapshot = {
      ...region,
      certificates: [
        {
          arn: "arn:cert",
          domainName: "legacy.example.com",
          status: "ISSUED",
          type: "IMPORTED",
          notAfter: "2026-08-20T12:00:00Z",
        },
      ],
    };
    expect(checkAgainstRegion(choices, expiring, NOW).warnings).toEqual([
      "HTTPS:443: legacy.example.com expires in 19 days (2026-08-20) and is imported: ACM never renews an imported certificate, so the listener will serve an expired certificate unless you import a renewed one before then.",
    ]);
  });

  it("checks the alias name against its zone and the records already there", () => {
    const outside = { ...choices, alias: { recordName: "web.example.org" } };
    expect(checkAgainstRegion(outside, region, NOW).fieldErrors["alias.recordName"]).toEqual([
      "The record name must be example.com or end with .example.com.",
    ]);
    expect(checkAgainstRegion(choices, { ...region, aliasConflicts: ["CNAME"] }, NOW).fieldErrors).toEqual({
      "alias.recordName": [
        "web.example.com already has a CNAME record: choose another name or change that record in the zone.",
      ],
    });
    expect(checkAgainstRegion(choices, { ...region, aliasZone: null }, NOW).fieldErrors).toEqual({
      "alias.hostedZoneId": ["This hosted zone no longer exists."],
    });
    // Without a zone in the snapshot (the wizard before one is chosen) the alias is not checked.
    const { aliasZone: _zone, ...withoutZone } = region;
    expect(checkAgainstRegion(outside, withoutZone, NOW).fieldErrors).toEqual({});
  });
});
