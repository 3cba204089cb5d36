import type { ResourceRecordSet, RRType } from "@aws-sdk/client-route-53";
import { ListResourceRecordSetsCommand, Route53Client } from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { listRecordSetsAtName, readRecordSet } from "./read-record-sets";

const route53 = mockClient(Route53Client);

type Start = {
  StartRecordName?: string;
  StartRecordType?: RRType;
  StartRecordIdentifier?: string;
  MaxItems?: number;
};

const reversed = (name: string) => name.replace(/\.$/, "").split(".").reverse().join(".");

/** Route 53's order (API Reference, ListResourceRecordSets): names by labels from the right, then type, then identifier. */
function compare(
  a: { name: string; type: string; id: string },
  b: { name: string; type: string; id: string },
): number {
  return (
    reversed(a.name).localeCompare(reversed(b.name)) ||
    a.type.localeCompare(b.type) ||
    a.id.localeCompare(b.id)
  );
}
const position = (rrset: ResourceRecordSet) => ({
  name: rrset.Name ?? "",
  type: rrset.Type ?? "",
  id: rrset.SetIdentifier ?? "",
});

/** A zone of `size` simple records plus a weighted group at img, served a page at a time from where Start puts it. */
function serve(size: number) {
  const zone: ResourceRecordSet[] = Array.from({ length: size }, (_, index) => ({
    Name: `host-${String(index).padStart(5, "0")}.example.com.`,
    Type: "A",
    TTL: 300,
    ResourceRecords: [{ Value: "10.0.0.1" }],
  }));
  for (const id of ["blue", "green"])
    zone.push({
      Name: "img.example.com.",
      Type: "A",
      SetIdentifier: id,
      Weight: 50,
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.1" }],
    });
  zone.push({ Name: "img.example.com.", Type: "TXT", TTL: 60, ResourceRecords: [{ Value: '"hello"' }] });
  zone.sort((a, b) => compare(position(a), position(b)));

  const requests: Start[] = [];
  route53.on(ListResourceRecordSetsCommand).callsFake((input: Start) => {
    requests.push(input);
    const from = {
      name: input.StartRecordName ?? "",
      type: input.StartRecordType ?? "",
      id: input.StartRecordIdentifier ?? "",
    };
    const start = input.StartRecordName ? zone.findIndex((rrset) => compare(position(rrset), from) >= 0) : 0;
    const max = Math.min(input.MaxItems ?? 300, 300);
    const page = start < 0 ? [] : zone.slice(start, start + max);
    const next = start < 0 ? undefined : zone[start + max];
    return Promise.resolve({
      ResourceRecordSets: page,
      IsTruncated: Boolean(next),
      NextRecordName: next?.Name,
      NextRecordType: next?.Type,
      NextRecordIdentifier: next?.SetIdentifier,
    });
  });
  return requests;
}

beforeEach(() => route53.reset());
afterEach(() => route53.reset());

describe("readRecordSet", () => {
  it("reads one record of a 10,000-record zone with one call that starts at its name, type and set identifier", async () => {
    const requests = serve(10_000);

    const green = await readRecordSet("Z1", { name: "img.example.com", type: "A", setIdentifier: "green" });

    expect(green).toMatchObject({ Name: "img.example.com.", SetIdentifier: "green", Weight: 50 });
    expect(requests).toEqual([
      {
        HostedZoneId: "Z1",
        MaxItems: 20,
        StartRecordName: "img.example.com.",
        StartRecordType: "A",
        StartRecordIdentifier: "green",
      },
    ]);
  });

  it("reads a simple record by name and type alone", async () => {
    const requests = serve(500);
    expect(await readRecordSet("Z1", { name: "host-00042.example.com.", type: "A" })).toMatchObject({
      Name: "host-00042.example.com.",
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.StartRecordIdentifier).toBeUndefined();
  });

  it("pages on inside a large group until it finds the record (an emulator that ignores StartRecordIdentifier)", async () => {
    serve(0);
    route53.reset();
    const group: ResourceRecordSet[] = Array.from({ length: 30 }, (_, index) => ({
      Name: "w.example.com.",
      Type: "A",
      SetIdentifier: `w${String(index).padStart(2, "0")}`,
      Weight: 1,
    }));
    const requests: Start[] = [];
    route53.on(ListResourceRecordSetsCommand).callsFake((input: Start) => {
      requests.push(input);
      // Starts at the group for any identifier, and continues without NextRecordIdentifier's help past the first page.
      const start =
        requests.length === 1
          ? 0
          : group.findIndex((rrset) => rrset.SetIdentifier === input.StartRecordIdentifier);
      const max = input.MaxItems ?? 300;
      const next = group[start + max];
      return Promise.resolve({
        ResourceRecordSets: group.slice(start, start + max),
        IsTruncated: Boolean(next),
        NextRecordName: next?.Name,
        NextRecordType: next?.Type,
        NextRecordIdentifier: next?.SetIdentifier,
      });
    });
    expect(
      await readRecordSet("Z1", { name: "w.example.com.", type: "A", setIdentifier: "w25" }),
    ).toMatchObject({ SetIdentifier: "w25" });
    expect(requests).toHaveLength(2);
  });

  it("answers undefined for a record that is not in the zone, without reading on past its name", async () => {
    const requests = serve(10_000);
    expect(
      await readRecordSet("Z1", { name: "img.example.com.", type: "A", setIdentifier: "red" }),
    ).toBeUndefined();
    expect(requests).toHaveLength(1);
  });
});

describe("listRecordSetsAtName", () => {
  it("returns every type at one name from one page that starts there", async () => {
    const requests = serve(10_000);

    const atImg = await listRecordSetsAtName("Z1", "IMG.example.com");

    expect(atImg.map((rrset) => `${rrset.Type} ${rrset.SetIdentifier ?? ""}`.trim())).toEqual([
      "A blue",
      "A green",
      "TXT",
    ]);
    expect(requests).toEqual([{ HostedZoneId: "Z1", MaxItems: 20, StartRecordName: "img.example.com." }]);
  });

  it("follows the next page only while it is still inside the name", async () => {
    serve(0);
    route53.reset();
    const many: ResourceRecordSet[] = Array.from({ length: 45 }, (_, index) => ({
      Name: "txt.example.com.",
      Type: "TXT",
      SetIdentifier: `t${String(index).padStart(3, "0")}`,
      MultiValueAnswer: true,
    }));
    const requests: Start[] = [];
    route53.on(ListResourceRecordSetsCommand).callsFake((input: Start) => {
      requests.push(input);
      const start = input.StartRecordIdentifier
        ? many.findIndex((rrset) => rrset.SetIdentifier === input.StartRecordIdentifier)
        : 0;
      const max = input.MaxItems ?? 300;
      const page = many.slice(start, start + max);
      const next = many[start + max];
      return Promise.resolve({
        ResourceRecordSets: page,
        IsTruncated: Boolean(next),
        NextRecordName: next?.Name,
        NextRecordType: next?.Type,
        NextRecordIdentifier: next?.SetIdentifier,
      });
    });

    expect(await listRecordSetsAtName("Z1", "txt.example.com.")).toHaveLength(45);
    expect(requests).toHaveLength(3);
    expect(requests[1]).toMatchObject({
      StartRecordName: "txt.example.com.",
      StartRecordType: "TXT",
      StartRecordIdentifier: "t020",
    });
  });
});
