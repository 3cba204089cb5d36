import type { ResourceRecordSet, RRType } from "@aws-sdk/client-route-53";
import { ListResourceRecordSetsCommand, Route53Client } from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { listAllRecordSets, listRecordSetPages, ROUTE53_MAX_PAGE_SIZE } from "./list-record-sets";

const route53 = mockClient(Route53Client);

/** Route 53's order: names compared label by label from the right, then type, then set identifier. */
function route53Order(a: ResourceRecordSet, b: ResourceRecordSet): number {
  const reversed = (name: string) => name.replace(/\.$/, "").split(".").reverse().join(".");
  const byName = reversed(a.Name ?? "").localeCompare(reversed(b.Name ?? ""));
  if (byName) return byName;
  const byType = (a.Type ?? "").localeCompare(b.Type ?? "");
  if (byType) return byType;
  return (a.SetIdentifier ?? "").localeCompare(b.SetIdentifier ?? "");
}

function makeZone(size: number): ResourceRecordSet[] {
  const records: ResourceRecordSet[] = [];
  for (let index = 0; index < size; index++) {
    const name = `host-${String(index).padStart(5, "0")}.svc${index % 7}.example.com.`;
    if (index % 5 === 0) {
      records.push({
        Name: name,
        Type: "A",
        SetIdentifier: "blue",
        Weight: 90,
        TTL: 60,
        ResourceRecords: [{ Value: "10.0.0.1" }],
      });
      records.push({
        Name: name,
        Type: "A",
        SetIdentifier: "green",
        Weight: 10,
        TTL: 60,
        ResourceRecords: [{ Value: "10.0.0.2" }],
      });
    } else {
      records.push({
        Name: name,
        Type: index % 2 ? "A" : "TXT",
        TTL: 300,
        ResourceRecords: [{ Value: `"${index}"` }],
      });
    }
  }
  return records.sort(route53Order);
}

/** A fake ListResourceRecordSets that pages like Route 53: at most 300, three-part continuation token. */
function serve(zone: ResourceRecordSet[]) {
  const requests: { name?: string; type?: string; identifier?: string; maxItems?: number }[] = [];
  route53
    .on(ListResourceRecordSetsCommand)
    .callsFake(
      (input: {
        StartRecordName?: string;
        StartRecordType?: RRType;
        StartRecordIdentifier?: string;
        MaxItems?: number;
      }) => {
        requests.push({
          name: input.StartRecordName,
          type: input.StartRecordType,
          identifier: input.StartRecordIdentifier,
          maxItems: input.MaxItems,
        });
        const max = Math.min(input.MaxItems ?? 300, 300);
        const start = input.StartRecordName
          ? zone.findIndex(
              (set) =>
                set.Name === input.StartRecordName &&
                set.Type === input.StartRecordType &&
                (set.SetIdentifier ?? undefined) === input.StartRecordIdentifier,
            )
          : 0;
        const page = zone.slice(start, start + max);
        const next = zone[start + max];
        return Promise.resolve({
          ResourceRecordSets: page,
          IsTruncated: Boolean(next),
          MaxItems: max,
          NextRecordName: next?.Name,
          NextRecordType: next?.Type,
          NextRecordIdentifier: next?.SetIdentifier,
        });
      },
    );
  return requests;
}

beforeEach(() => route53.reset());
afterEach(() => route53.reset());

describe("Route 53 record pagination", () => {
  it("lists a zone of 2,000+ records completely and in Route 53's order", async () => {
    const zone = makeZone(2_100);
    expect(zone.length).toBeGreaterThan(2_000);
    const requests = serve(zone);

    const all = await listAllRecordSets("Z1");

    expect(all).toEqual(zone);
    expect(requests).toHaveLength(Math.ceil(zone.length / 300));
    expect(requests.every((request) => request.maxItems === ROUTE53_MAX_PAGE_SIZE)).toBe(true);
  });

  it("continues with all three parts of the token, including the set identifier", async () => {
    const zone = makeZone(2_100);
    const requests = serve(zone);
    await listAllRecordSets("Z1");

    const continued = requests.slice(1);
    expect(continued.every((request) => request.name && request.type)).toBe(true);
    expect(continued.some((request) => request.identifier)).toBe(true);
  });

  it("yields the first page before later pages are requested", async () => {
    const zone = makeZone(1_000);
    const requests = serve(zone);
    const pages = listRecordSetPages("Z1");

    const first = await pages.next();
    expect(first.value).toHaveLength(300);
    expect(requests).toHaveLength(1);
  });

  it("stops after one request for a small zone", async () => {
    const requests = serve(makeZone(10));
    expect(await listAllRecordSets("Z1")).toHaveLength(12);
    expect(requests).toHaveLength(1);
  });

  it("turns a missing zone into a typed not-found error", async () => {
    route53.on(ListResourceRecordSetsCommand).rejects(
      Object.assign(new Error("No hosted zone found with ID: Z404"), {
        name: "NoSuchHostedZone",
        $metadata: { httpStatusCode: 404 },
      }),
    );
    await expect(listAllRecordSets("Z404")).rejects.toMatchObject({
      kind: "not-found",
      code: "NoSuchHostedZone",
    });
  });
});
