import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { GetHostedZoneCommand, ListResourceRecordSetsCommand, Route53Client } from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ActionRefusal } from "@/lib/errors/action-refusal";
import { recordChangeSchema } from "@/lib/schemas/record-change";

import { prepareRecordChange } from "./prepare-record-change";

const route53 = mockClient(Route53Client);
const blue: ResourceRecordSet = { Name: "img.example.com.", Type: "A", SetIdentifier: "blue", Weight: 90, TTL: 60, ResourceRecords: [{ Value: "192.0.2.1" }] };
const www: ResourceRecordSet = { Name: "www.example.com.", Type: "CNAME", TTL: 300, ResourceRecords: [{ Value: "img.example.com" }] };

beforeEach(() => {
  route53.reset();
  route53.on(GetHostedZoneCommand).resolves({ HostedZone: { Id: "/hostedzone/Z1", Name: "example.com.", CallerReference: "x", ResourceRecordSetCount: 3 } });
  route53.on(ListResourceRecordSetsCommand).resolves({ ResourceRecordSets: [blue, www], IsTruncated: false });
});
afterEach(() => route53.reset());

const input = (values: Record<string, unknown>) => recordChangeSchema.parse({ zoneId: "Z1", ttl: 60, ...values });

async function refusal(promise: Promise<unknown>): Promise<ActionRefusal> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ActionRefusal);
  return error as ActionRefusal;
}

describe("prepareRecordChange", () => {
  it("plans a create with its diff and calls", async () => {
    const prepared = await prepareRecordChange(input({ name: "new.example.com", type: "A", values: "192.0.2.5", routing: { policy: "simple" } }));
    expect(prepared.desired).toEqual([{ kind: "create", after: { Name: "new.example.com.", Type: "A", TTL: 60, ResourceRecords: [{ Value: "192.0.2.5" }] } }]);
    expect(prepared.diff).toMatchObject([{ kind: "added", key: "new.example.com.|A|" }]);
    expect(prepared).toMatchObject({ batchCount: 1, awsCalls: 2, batchSummaries: [["CREATE new.example.com. A"]] });
  });

  it("plans an edit as a replace of the exact loaded record", async () => {
    const prepared = await prepareRecordChange(
      input({ name: "img.example.com.", type: "A", values: "192.0.2.1", routing: { policy: "weighted", setIdentifier: "blue", weight: 50 }, before: blue }),
    );
    expect(prepared.desired).toEqual([{ kind: "replace", before: blue, after: { ...blue, Weight: 50 } }]);
    expect(prepared.batchSummaries).toEqual([["DELETE img.example.com. A blue", "CREATE img.example.com. A blue"]]);
  });

  it("refuses with field errors when the zone's rules are broken, before any change is planned", async () => {
    const error = await refusal(prepareRecordChange(input({ name: "www.example.com", type: "A", values: "192.0.2.5", routing: { policy: "simple" } })));
    expect(error.code).toBe("InvalidInput");
    expect(error.fieldErrors?.type?.[0]).toMatch(/is a CNAME/);
  });

  it("refuses an edit that changes nothing", async () => {
    const error = await refusal(
      prepareRecordChange(input({ name: "img.example.com.", type: "A", values: "192.0.2.1", routing: { policy: "weighted", setIdentifier: "blue", weight: 90 }, before: blue })),
    );
    expect(error.code).toBe("NoChange");
  });
});
