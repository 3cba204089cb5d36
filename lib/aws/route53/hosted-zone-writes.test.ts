import {
  DeleteHostedZoneCommand,
  GetHostedZoneCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { deleteHostedZone } from "./hosted-zone-writes";

const route53 = mockClient(Route53Client);
const apex = [
  {
    Name: "shop.example.",
    Type: "NS" as const,
    TTL: 172800,
    ResourceRecords: [{ Value: "ns-1.awsdns-1.com." }],
  },
  {
    Name: "shop.example.",
    Type: "SOA" as const,
    TTL: 900,
    ResourceRecords: [{ Value: "ns-1.awsdns-1.com. hostmaster. 1 7200 900 1209600 86400" }],
  },
];

beforeEach(() => {
  route53.reset();
  route53.on(GetHostedZoneCommand).resolves({
    HostedZone: {
      Id: "/hostedzone/Z1",
      Name: "shop.example.",
      CallerReference: "x",
      ResourceRecordSetCount: 3,
    },
  });
});
afterEach(() => route53.reset());

describe("deleteHostedZone", () => {
  it("refuses without calling DeleteHostedZone while records other than the apex NS/SOA exist, naming them", async () => {
    route53.on(ListResourceRecordSetsCommand).resolves({
      ResourceRecordSets: [
        ...apex,
        { Name: "www.shop.example.", Type: "A", TTL: 60, ResourceRecords: [{ Value: "192.0.2.1" }] },
      ],
      IsTruncated: false,
      MaxItems: 300,
    });
    await expect(deleteHostedZone("Z1")).rejects.toMatchObject({
      code: "HostedZoneNotEmpty",
      kind: "conflict",
      message: expect.stringMatching(
        /can't be deleted: it still has 1 record set besides its NS and SOA records \(www\.shop\.example\. A\)/,
      ) as unknown,
    });
    expect(route53.commandCalls(DeleteHostedZoneCommand)).toHaveLength(0);
  });

  it("maps Route 53's HostedZoneNotEmpty (a record created in between) to the same operator message", async () => {
    route53
      .on(ListResourceRecordSetsCommand)
      .resolves({ ResourceRecordSets: apex, IsTruncated: false, MaxItems: 300 });
    route53.on(DeleteHostedZoneCommand).rejects(
      Object.assign(
        new Error(
          "The specified hosted zone contains non-required resource record sets and so cannot be deleted.",
        ),
        {
          name: "HostedZoneNotEmpty",
          $metadata: { httpStatusCode: 400, requestId: "req-1" },
        },
      ),
    );
    await expect(deleteHostedZone("Z1")).rejects.toMatchObject({
      code: "HostedZoneNotEmpty",
      message: expect.stringMatching(
        /^The hosted zone shop\.example\. can't be deleted: it still has records besides its NS and SOA records/,
      ) as unknown,
    });
  });

  it("deletes a zone that has only its apex NS and SOA", async () => {
    route53
      .on(ListResourceRecordSetsCommand)
      .resolves({ ResourceRecordSets: apex, IsTruncated: false, MaxItems: 300 });
    route53
      .on(DeleteHostedZoneCommand)
      .resolves({ ChangeInfo: { Id: "/change/C1", Status: "PENDING", SubmittedAt: new Date() } });
    await expect(deleteHostedZone("Z1")).resolves.toEqual({ name: "shop.example." });
    expect(route53.commandCalls(DeleteHostedZoneCommand)[0]?.args[0].input).toEqual({ Id: "Z1" });
  });
});
