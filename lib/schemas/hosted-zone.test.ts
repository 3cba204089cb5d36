import { describe, expect, it } from "vitest";
import { hostedZoneSchema } from "./hosted-zone";

describe("hostedZoneSchema", () => {
  it("accepts a public zone and a private zone with its VPC", () => {
    expect(hostedZoneSchema.parse({ name: "example.com", isPrivate: "" })).toMatchObject({
      name: "example.com",
      isPrivate: false,
    });
    expect(
      hostedZoneSchema.safeParse({
        name: "corp.internal.",
        isPrivate: "on",
        vpcId: "vpc-0123456789abcdef0",
        vpcRegion: "eu-west-1",
      }).success,
    ).toBe(true);
  });

  // DG "DNS domain name format": no * as the leftmost label of a hosted zone.
  it("rejects a wildcard zone, a bare TLD and a private zone without a VPC", () => {
    const paths = (input: unknown) =>
      hostedZoneSchema.safeParse(input).error?.issues.map((i) => i.path.join("."));
    expect(paths({ name: "*.example.com" })).toEqual(["name"]);
    expect(paths({ name: "com" })).toEqual(["name"]);
    expect(paths({ name: "example.com", isPrivate: true })).toEqual(["vpcId", "vpcRegion"]);
  });

  // API Reference, HostedZoneConfig › Comment: at most 256 characters.
  it("limits the comment to 256 characters", () => {
    expect(hostedZoneSchema.safeParse({ name: "example.com", comment: "x".repeat(256) }).success).toBe(true);
    expect(
      hostedZoneSchema.safeParse({ name: "example.com", comment: "x".repeat(257) }).error?.issues[0]?.message,
    ).toBe("The comment can be at most 256 characters.");
  });
});
