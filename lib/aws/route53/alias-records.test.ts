import {
  ChangeResourceRecordSetsCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { aliasRecordSetsFor, createAliasToLoadBalancer } from "./alias-records";

const route53 = mockClient(Route53Client);
const lb = {
  dnsName: "images-alb-1234567890.eu-west-1.elb.amazonaws.com",
  canonicalHostedZoneId: "Z32O12XQLNTSW2",
  ipAddressType: "ipv4",
};

beforeEach(() => route53.reset());
afterEach(() => route53.reset());

describe("alias records to an ALB", () => {
  it("point at the ALB's DNS name in the ALB's canonical hosted zone, evaluating target health by default", () => {
    expect(aliasRecordSetsFor("Images.Example.com", lb)).toEqual([
      {
        Name: "images.example.com.",
        Type: "A",
        AliasTarget: {
          DNSName: "images-alb-1234567890.eu-west-1.elb.amazonaws.com.",
          HostedZoneId: "Z32O12XQLNTSW2",
          EvaluateTargetHealth: true,
        },
      },
    ]);
  });

  it("add an AAAA for a dualstack ALB, and carry no TTL or values", () => {
    const records = aliasRecordSetsFor(
      "images.example.com.",
      { ...lb, ipAddressType: "dualstack" },
      { evaluateTargetHealth: false },
    );
    expect(records.map((r) => r.Type)).toEqual(["A", "AAAA"]);
    for (const record of records) {
      expect(record.AliasTarget?.EvaluateTargetHealth).toBe(false);
      expect(record).not.toHaveProperty("TTL");
      expect(record).not.toHaveProperty("ResourceRecords");
    }
  });

  it("are created with CREATE changes in one batch (never an UPSERT over an existing record)", async () => {
    route53
      .on(ListResourceRecordSetsCommand)
      .resolves({ ResourceRecordSets: [], IsTruncated: false, MaxItems: 300 });
    route53
      .on(ChangeResourceRecordSetsCommand)
      .resolves({ ChangeInfo: { Id: "/change/C42", Status: "PENDING", SubmittedAt: new Date() } });
    const outcome = await createAliasToLoadBalancer("Z9", "images.example.com", {
      ...lb,
      ipAddressType: "dualstack",
    });

    const calls = route53.commandCalls(ChangeResourceRecordSetsCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input?.HostedZoneId).toBe("Z9");
    expect(input?.ChangeBatch?.Changes?.map((c) => [c.Action, c.ResourceRecordSet?.Type])).toEqual([
      ["CREATE", "A"],
      ["CREATE", "AAAA"],
    ]);
    expect(input?.ChangeBatch?.Changes?.[0]?.ResourceRecordSet?.AliasTarget).toEqual({
      DNSName: "images-alb-1234567890.eu-west-1.elb.amazonaws.com.",
      HostedZoneId: "Z32O12XQLNTSW2",
      EvaluateTargetHealth: true,
    });
    expect(outcome.batches.map((b) => b.changeId)).toEqual(["C42"]);
  });
});
