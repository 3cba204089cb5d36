import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { describe, expect, it } from "vitest";
import { planChangeBatches, toChanges } from "./change-batch";
import { planWeightChanges } from "./weights";

const weighted = (name: string, id: string, weight: number, type = "A"): ResourceRecordSet => ({
  Name: name,
  Type: type as "A",
  SetIdentifier: id,
  Weight: weight,
  AliasTarget: { HostedZoneId: "Z1", DNSName: `${id}.example.net.`, EvaluateTargetHealth: true },
});

const records = [
  weighted("api.example.com.", "blue", 50),
  weighted("api.example.com.", "green", 50),
  weighted("img.example.com.", "blue", 50),
  weighted("img.example.com.", "green", 50),
  weighted("img.example.com.", "blue", 50, "AAAA"),
  weighted("img.example.com.", "green", 50, "AAAA"),
  weighted("other.example.com.", "blue", 50),
];

describe("planWeightChanges", () => {
  it("sets blue 90 / green 10 across several names as DELETE exact + CREATE pairs", () => {
    const plan = planWeightChanges(records, { blue: 90, green: 10 }, [
      "api.example.com",
      "IMG.example.com.",
      "api.example.com.",
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toHaveLength(6);
    const changes = toChanges(plan.changes);
    expect(changes.map((c) => c.Action)).toEqual(
      Array.from({ length: 6 }, () => ["DELETE", "CREATE"]).flat(),
    );
    expect(changes[0]).toEqual({ Action: "DELETE", ResourceRecordSet: records[0] });
    expect(changes[1]?.ResourceRecordSet).toEqual({ ...records[0], Weight: 90 });
    expect(changes.some((c) => c.Action === "UPSERT")).toBe(false);
    expect(changes.some((c) => c.ResourceRecordSet?.Name === "other.example.com.")).toBe(false);
    expect(planChangeBatches(plan.changes)).toHaveLength(1);
  });

  it("skips records already at the target weight", () => {
    expect(planWeightChanges(records, { blue: 50, green: 10 }, ["api.example.com."]).changes).toHaveLength(1);
  });

  // API Reference, ResourceRecordSet › Weight: 0–255.
  it("rejects weights outside 0–255 and unknown set identifiers", () => {
    expect(planWeightChanges(records, { blue: 256 }, ["api.example.com."]).problems[0]).toMatch(/0 to 255/);
    const plan = planWeightChanges(records, { green: 0 }, ["other.example.com."]);
    expect(plan).toEqual({
      changes: [],
      problems: ['other.example.com. has no weighted record with the ID "green".'],
    });
  });
});
