import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { describe, expect, it } from "vitest";
import { detectConcurrentChanges, diffRecordSets } from "./diff";

const www: ResourceRecordSet = {
  Name: "www.example.com.",
  Type: "A",
  TTL: 300,
  ResourceRecords: [{ Value: "192.0.2.1" }, { Value: "192.0.2.2" }],
};
const blue: ResourceRecordSet = {
  Name: "api.example.com.",
  Type: "A",
  SetIdentifier: "blue",
  Weight: 90,
  AliasTarget: { HostedZoneId: "Z1", DNSName: "blue.example.net.", EvaluateTargetHealth: true },
};
const green: ResourceRecordSet = {
  ...blue,
  SetIdentifier: "green",
  Weight: 10,
  AliasTarget: { HostedZoneId: "Z1", DNSName: "green.example.net.", EvaluateTargetHealth: true },
};

describe("diffRecordSets", () => {
  it("reports added, removed and changed records with field changes", () => {
    const after = [
      { ...www, TTL: 60 },
      { ...blue, Weight: 50 },
    ];
    const diffs = diffRecordSets([www, blue, green], after);
    expect(diffs.map((d) => [d.key, d.kind])).toEqual([
      ["www.example.com.|A|", "changed"],
      ["api.example.com.|A|blue", "changed"],
      ["api.example.com.|A|green", "removed"],
    ]);
    expect(diffs[0]?.fieldChanges).toEqual([{ field: "TTL", before: "300", after: "60" }]);
    expect(diffs[1]?.fieldChanges).toEqual([{ field: "Weight", before: "90", after: "50" }]);
    expect(diffRecordSets([], [www])).toEqual([
      { key: "www.example.com.|A|", kind: "added", after: www, fieldChanges: [] },
    ]);
  });

  it("ignores value order, name case and alias trailing dots", () => {
    const reordered = {
      ...www,
      Name: "WWW.example.com",
      ResourceRecords: [{ Value: "192.0.2.2" }, { Value: "192.0.2.1" }],
    };
    expect(diffRecordSets([www], [reordered])).toEqual([]);
    expect(
      diffRecordSets(
        [blue],
        [{ ...blue, AliasTarget: { ...blue.AliasTarget!, DNSName: "Blue.example.net" } }],
      ),
    ).toEqual([]);
  });

  it("shows switching from values to an alias", () => {
    const toAlias: ResourceRecordSet = {
      Name: www.Name,
      Type: "A",
      AliasTarget: { HostedZoneId: "Z1", DNSName: "lb.example.net.", EvaluateTargetHealth: false },
    };
    const fields = diffRecordSets([www], [toAlias])[0]?.fieldChanges.map((f) => f.field);
    expect(fields).toEqual([
      "TTL",
      "Values",
      "AliasTarget.HostedZoneId",
      "AliasTarget.DNSName",
      "AliasTarget.EvaluateTargetHealth",
    ]);
  });
});

describe("detectConcurrentChanges", () => {
  it("reports only the records being edited when keys are given", () => {
    const current = [
      { ...www, TTL: 1 },
      { ...blue, Weight: 0 },
    ];
    expect(
      detectConcurrentChanges([www, blue, green], current, ["api.example.com.|A|blue"]).map((d) => d.key),
    ).toEqual(["api.example.com.|A|blue"]);
    expect(detectConcurrentChanges([www], [www])).toEqual([]);
  });
});
