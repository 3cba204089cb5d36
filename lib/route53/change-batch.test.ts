import type { Change, ResourceRecordSet } from "@aws-sdk/client-route-53";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ChangeBatchTooLargeError,
  countBatchUsage,
  planChangeBatches,
  toChanges,
  type DesiredChange,
} from "./change-batch";
import { MAX_RESOURCE_RECORDS_PER_BATCH, MAX_VALUE_CHARS_PER_BATCH } from "./limits";

const a = (name: string, values: string[], extra: Partial<ResourceRecordSet> = {}): ResourceRecordSet => ({
  Name: name,
  Type: "A",
  TTL: 60,
  ResourceRecords: values.map((Value) => ({ Value })),
  ...extra,
});
const alias = (name: string): ResourceRecordSet => ({
  Name: name,
  Type: "A",
  AliasTarget: { HostedZoneId: "Z35SXDOTRQ7X7K", DNSName: "lb.example.net.", EvaluateTargetHealth: true },
});

// DG "Quotas" › Maximums on API requests › Number of elements and characters in ChangeResourceRecordSets requests.
describe("countBatchUsage", () => {
  it("counts ResourceRecord elements and Value characters (spaces included)", () => {
    const changes: Change[] = [
      {
        Action: "CREATE",
        ResourceRecordSet: {
          Name: "t.example.com.",
          Type: "TXT",
          TTL: 1,
          ResourceRecords: [{ Value: '"a b"' }, { Value: '"c"' }],
        },
      },
    ];
    expect(countBatchUsage(changes)).toEqual({ changes: 1, resourceRecords: 2, valueCharacters: 8 });
  });

  it("counts an UPSERT twice toward both limits", () => {
    const record = a("x.example.com.", ["192.0.2.1"]);
    expect(countBatchUsage([{ Action: "UPSERT", ResourceRecordSet: record }])).toEqual({
      changes: 1,
      resourceRecords: 2,
      valueCharacters: 18,
    });
    expect(countBatchUsage([{ Action: "DELETE", ResourceRecordSet: record }])).toEqual({
      changes: 1,
      resourceRecords: 1,
      valueCharacters: 9,
    });
  });

  it("counts alias records as zero: they have no ResourceRecord or Value elements", () => {
    expect(countBatchUsage([{ Action: "CREATE", ResourceRecordSet: alias("x.example.com.") }])).toEqual({
      changes: 1,
      resourceRecords: 0,
      valueCharacters: 0,
    });
  });
});

describe("planChangeBatches", () => {
  it("never uses UPSERT for edits: a replace is DELETE(loaded) + CREATE(new)", () => {
    const before = a("www.example.com.", ["192.0.2.1"]);
    const after = a("www.example.com.", ["192.0.2.2"]);
    expect(toChanges([{ kind: "replace", before, after }])).toEqual([
      { Action: "DELETE", ResourceRecordSet: before },
      { Action: "CREATE", ResourceRecordSet: after },
    ]);
  });

  // DG "Quotas": ≤ 1,000 ResourceRecord elements per request → 5,000 single-value records need exactly 5.
  it("needs exactly 5 batches for 5,000 new single-value records", () => {
    const desired: DesiredChange[] = Array.from({ length: 5_000 }, (_, i) => ({
      kind: "create",
      after: a(`host-${i}.example.com.`, [
        `10.${Math.floor(i / 65_536)}.${Math.floor(i / 256) % 256}.${i % 256}`,
      ]),
    }));
    const batches = planChangeBatches(desired);
    expect(batches).toHaveLength(5);
    expect(batches.map((batch) => countBatchUsage(batch).resourceRecords)).toEqual([
      1000, 1000, 1000, 1000, 1000,
    ]);
  });

  // DG "Quotas": ≤ 32,000 characters in all Value elements per request.
  it("splits on the character limit: 10 records of 4,000 characters need 2 batches", () => {
    const txt = (i: number): ResourceRecordSet => ({
      Name: `t${i}.example.com.`,
      Type: "TXT",
      TTL: 60,
      ResourceRecords: [{ Value: "x".repeat(4_000) }],
    });
    const batches = planChangeBatches(
      Array.from({ length: 10 }, (_, i) => ({ kind: "create", after: txt(i) })),
    );
    expect(batches.map((batch) => batch.length)).toEqual([8, 2]);
  });

  it("counts UPSERTs twice when packing: 600 single-value upserts need 2 batches", () => {
    const desired: DesiredChange[] = Array.from({ length: 600 }, (_, i) => ({
      kind: "upsert",
      after: a(`u${i}.example.com.`, ["192.0.2.1"]),
    }));
    expect(planChangeBatches(desired)).toHaveLength(2);
  });

  it("keeps each DELETE+CREATE pair in one batch, DELETE first", () => {
    const desired: DesiredChange[] = Array.from({ length: 700 }, (_, i) => ({
      kind: "replace",
      before: a(`r${i}.example.com.`, ["192.0.2.1"]),
      after: a(`r${i}.example.com.`, ["192.0.2.2"]),
    }));
    const batches = planChangeBatches(desired);
    expect(batches).toHaveLength(2);
    for (const batch of batches) {
      for (let i = 0; i < batch.length; i += 2) {
        expect(batch[i]?.Action).toBe("DELETE");
        expect(batch[i + 1]?.Action).toBe("CREATE");
        expect(batch[i]?.ResourceRecordSet?.Name).toBe(batch[i + 1]?.ResourceRecordSet?.Name);
      }
    }
  });

  it("keeps changes to the same name together (delete CNAME + create A)", () => {
    const filler: DesiredChange[] = Array.from({ length: 999 }, (_, i) => ({
      kind: "create",
      after: a(`f${i}.example.com.`, ["192.0.2.1"]),
    }));
    const cname: ResourceRecordSet = {
      Name: "www.example.com.",
      Type: "CNAME",
      TTL: 60,
      ResourceRecords: [{ Value: "x.example.net" }],
    };
    const batches = planChangeBatches([
      ...filler,
      { kind: "delete", before: cname },
      { kind: "create", after: a("www.example.com.", ["192.0.2.9"]) },
    ]);
    const withWww = batches.filter((batch) =>
      batch.some((c) => c.ResourceRecordSet?.Name === "www.example.com."),
    );
    expect(withWww).toHaveLength(1);
    expect(
      withWww[0]?.filter((c) => c.ResourceRecordSet?.Name === "www.example.com.").map((c) => c.Action),
    ).toEqual(["DELETE", "CREATE"]);
  });

  it("throws when one change alone exceeds the limits", () => {
    const huge: ResourceRecordSet = {
      Name: "big.example.com.",
      Type: "TXT",
      TTL: 60,
      ResourceRecords: Array.from({ length: 9 }, () => ({ Value: "x".repeat(4_000) })),
    };
    expect(() => planChangeBatches([{ kind: "create", after: huge }])).toThrow(ChangeBatchTooLargeError);
  });

  it("property: every batch is within limits, nothing is lost, and the count is close to the lower bound", () => {
    const arbChange = fc.record({
      name: fc.integer({ min: 0, max: 300 }),
      values: fc.integer({ min: 1, max: 40 }),
      length: fc.integer({ min: 7, max: 400 }),
      kind: fc.constantFrom("create", "delete", "replace", "upsert"),
    });
    fc.assert(
      fc.property(fc.array(arbChange, { maxLength: 200 }), (specs) => {
        const desired: DesiredChange[] = specs.map((spec, i) => {
          const record: ResourceRecordSet = {
            Name: `n${spec.name}.example.com.`,
            Type: "TXT",
            SetIdentifier: `s${i}`,
            Weight: 1,
            TTL: 60,
            ResourceRecords: Array.from({ length: spec.values }, () => ({ Value: "y".repeat(spec.length) })),
          };
          if (spec.kind === "replace") return { kind: "replace", before: record, after: record };
          if (spec.kind === "delete") return { kind: "delete", before: record };
          return { kind: spec.kind, after: record };
        });
        let batches: Change[][];
        try {
          batches = planChangeBatches(desired);
        } catch (error) {
          expect(error).toBeInstanceOf(ChangeBatchTooLargeError);
          return;
        }
        const total = countBatchUsage(toChanges(desired));
        expect(batches.flat()).toHaveLength(total.changes);
        for (const batch of batches) {
          const usage = countBatchUsage(batch);
          expect(usage.resourceRecords).toBeLessThanOrEqual(MAX_RESOURCE_RECORDS_PER_BATCH);
          expect(usage.valueCharacters).toBeLessThanOrEqual(MAX_VALUE_CHARS_PER_BATCH);
        }
        const lowerBound = Math.ceil(
          Math.max(
            total.resourceRecords / MAX_RESOURCE_RECORDS_PER_BATCH,
            total.valueCharacters / MAX_VALUE_CHARS_PER_BATCH,
          ),
        );
        // First-fit decreasing is within 11/9·OPT + 1 for one dimension; allow 2× + 1 for two dimensions.
        expect(batches.length).toBeLessThanOrEqual(2 * lowerBound + 1);
      }),
      { numRuns: 100 },
    );
  });
});
