import {
  ChangeResourceRecordSetsCommand,
  ListHostedZonesCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { HostedZoneSummary } from "./hosted-zones";
import {
  createValidationRecords,
  planValidationRecords,
  previewValidationRecords,
  zoneForName,
} from "./validation-records";

const route53 = mockClient(Route53Client);
beforeEach(() => route53.reset());
afterEach(() => route53.reset());

const zone = (id: string, name: string, isPrivate = false): HostedZoneSummary => ({
  id,
  name,
  isPrivate,
  recordCount: 2,
});

const ZONES = [
  zone("ZROOT", "example.com."),
  zone("ZSUB", "shop.example.com."),
  zone("ZPRIV", "internal.example.com.", true),
  zone("ZOTHER", "badexample.com."),
];

describe("zoneForName", () => {
  it("picks the public zone with the longest matching suffix", () => {
    expect(zoneForName("_a1.www.shop.example.com.", ZONES)?.id).toBe("ZSUB");
    expect(zoneForName("_a1.shop.example.com", ZONES)?.id).toBe("ZSUB");
    expect(zoneForName("_a1.images.example.com.", ZONES)?.id).toBe("ZROOT");
  });

  it("compares whole labels, case-insensitively", () => {
    expect(zoneForName("_a1.badexample.com.", ZONES)?.id).toBe("ZOTHER");
    expect(zoneForName("_A1.IMAGES.Example.COM", ZONES)?.id).toBe("ZROOT");
    expect(zoneForName("_a1.notexample.com.", ZONES)).toBeUndefined();
  });

  it("never picks a private zone: ACM looks the record up publicly", () => {
    expect(zoneForName("_a1.api.internal.example.com.", ZONES)?.id).toBe("ZROOT");
    expect(zoneForName("_a1.corp.", [zone("ZP", "corp.", true)])).toBeUndefined();
  });
});

describe("planValidationRecords", () => {
  it("de-duplicates *.x and x, which share one record, and keeps names without a zone apart", () => {
    const planned = planValidationRecords(
      [
        { name: "_x1.images.example.com.", type: "CNAME", value: "_v1.acm-validations.aws." },
        { name: "_X1.images.example.com", type: "CNAME", value: "_v1.acm-validations.aws." },
        { name: "_x2.shop.example.com.", type: "CNAME", value: "_v2.acm-validations.aws" },
        { name: "_x3.example.org.", type: "CNAME", value: "_v3.acm-validations.aws." },
      ],
      ZONES,
    );
    expect(planned).toEqual([
      {
        name: "_x1.images.example.com.",
        value: "_v1.acm-validations.aws.",
        zone: { id: "ZROOT", name: "example.com." },
      },
      {
        name: "_x2.shop.example.com.",
        value: "_v2.acm-validations.aws.",
        zone: { id: "ZSUB", name: "shop.example.com." },
      },
      { name: "_x3.example.org.", value: "_v3.acm-validations.aws." },
    ]);
  });
});

describe("createValidationRecords", () => {
  it("UPSERTs each zone's CNAMEs in one batch and reports names with no zone", async () => {
    route53.on(ListHostedZonesCommand).resolves({
      HostedZones: ZONES.map((z) => ({
        Id: `/hostedzone/${z.id}`,
        Name: z.name,
        CallerReference: z.id,
        Config: { PrivateZone: z.isPrivate },
      })),
      IsTruncated: false,
      Marker: "",
      MaxItems: 100,
    });
    route53
      .on(ChangeResourceRecordSetsCommand)
      .resolves({ ChangeInfo: { Id: "/change/C1", Status: "PENDING", SubmittedAt: new Date() } });

    const result = await createValidationRecords([
      { name: "_x1.example.com.", type: "CNAME", value: "_v1.acm-validations.aws." },
      { name: "_x1.example.com.", type: "CNAME", value: "_v1.acm-validations.aws." },
      { name: "_x2.www.example.com.", type: "CNAME", value: "_v2.acm-validations.aws." },
      { name: "_x3.shop.example.com.", type: "CNAME", value: "_v3.acm-validations.aws." },
      { name: "_x4.example.org.", type: "CNAME", value: "_v4.acm-validations.aws." },
    ]);

    const calls = route53.commandCalls(ChangeResourceRecordSetsCommand).map((call) => call.args[0].input);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.HostedZoneId).toBe("ZROOT");
    expect(calls[0]?.ChangeBatch?.Changes).toEqual([
      {
        Action: "UPSERT",
        ResourceRecordSet: {
          Name: "_x1.example.com.",
          Type: "CNAME",
          TTL: 300,
          ResourceRecords: [{ Value: "_v1.acm-validations.aws." }],
        },
      },
      {
        Action: "UPSERT",
        ResourceRecordSet: {
          Name: "_x2.www.example.com.",
          Type: "CNAME",
          TTL: 300,
          ResourceRecords: [{ Value: "_v2.acm-validations.aws." }],
        },
      },
    ]);
    expect(calls[1]?.HostedZoneId).toBe("ZSUB");
    expect(result.batches.map((batch) => [batch.zoneName, batch.changeId])).toEqual([
      ["example.com.", "C1"],
      ["shop.example.com.", "C1"],
    ]);
    expect(result.unmatched.map((record) => record.name)).toEqual(["_x4.example.org."]);
  });

  it("sends nothing when no record has a zone", async () => {
    route53
      .on(ListHostedZonesCommand)
      .resolves({ HostedZones: [], IsTruncated: false, Marker: "", MaxItems: 100 });
    const result = await createValidationRecords([
      { name: "_x.example.net.", type: "CNAME", value: "_v.acm-validations.aws." },
    ]);
    expect(route53.commandCalls(ChangeResourceRecordSetsCommand)).toHaveLength(0);
    expect(result.unmatched).toHaveLength(1);
  });
});

describe("previewValidationRecords", () => {
  it("says whether each record is missing, present or holds another value", async () => {
    route53.on(ListHostedZonesCommand).resolves({
      HostedZones: [
        {
          Id: "/hostedzone/ZROOT",
          Name: "example.com.",
          CallerReference: "r",
          Config: { PrivateZone: false },
        },
      ],
      IsTruncated: false,
      Marker: "",
      MaxItems: 100,
    });
    route53.on(ListResourceRecordSetsCommand, { StartRecordName: "_a.example.com." }).resolves({
      ResourceRecordSets: [
        {
          Name: "_a.example.com.",
          Type: "CNAME",
          TTL: 300,
          ResourceRecords: [{ Value: "_va.acm-validations.aws" }],
        },
      ],
      IsTruncated: false,
      MaxItems: 300,
    });
    route53.on(ListResourceRecordSetsCommand, { StartRecordName: "_b.example.com." }).resolves({
      ResourceRecordSets: [
        {
          Name: "_b.example.com.",
          Type: "CNAME",
          TTL: 300,
          ResourceRecords: [{ Value: "_old.acm-validations.aws." }],
        },
      ],
      IsTruncated: false,
      MaxItems: 300,
    });
    route53.on(ListResourceRecordSetsCommand, { StartRecordName: "_c.example.com." }).resolves({
      ResourceRecordSets: [
        { Name: "_d.example.com.", Type: "CNAME", TTL: 300, ResourceRecords: [{ Value: "x." }] },
      ],
      IsTruncated: false,
      MaxItems: 300,
    });

    const preview = await previewValidationRecords([
      { name: "_a.example.com.", type: "CNAME", value: "_va.acm-validations.aws." },
      { name: "_b.example.com.", type: "CNAME", value: "_vb.acm-validations.aws." },
      { name: "_c.example.com.", type: "CNAME", value: "_vc.acm-validations.aws." },
    ]);
    expect(preview.map((record) => [record.name, record.state, record.currentValue])).toEqual([
      ["_a.example.com.", "present", "_va.acm-validations.aws."],
      ["_b.example.com.", "different", "_old.acm-validations.aws."],
      ["_c.example.com.", "missing", undefined],
    ]);
  });
});
