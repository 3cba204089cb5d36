import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { describe, expect, it } from "vitest";

import { planImport } from "./import-plan";

const a = (name: string, value = "192.0.2.1", extra: Partial<ResourceRecordSet> = {}): ResourceRecordSet => ({
  Name: name,
  Type: "A",
  TTL: 300,
  ResourceRecords: [{ Value: value }],
  ...extra,
});

const existing: ResourceRecordSet[] = [
  { Name: "example.com.", Type: "NS", TTL: 172800, ResourceRecords: [{ Value: "ns-1.awsdns-1.com." }] },
  a("www.example.com."),
  a("img.example.com.", "192.0.2.2", { SetIdentifier: "blue", Weight: 90 }),
  { Name: "cdn.example.com.", Type: "CNAME", TTL: 300, ResourceRecords: [{ Value: "d1.cloudfront.net." }] },
];

describe("planImport", () => {
  it("creates new names and reports existing ones as conflicts instead of overwriting", () => {
    const plan = planImport("example.com", existing, [
      a("new.example.com."),
      a("WWW.example.com", "192.0.2.9"),
    ]);
    expect(plan.creates.map((r) => r.Name)).toEqual(["new.example.com."]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]?.existing[0]?.Name).toBe("www.example.com.");
  });

  it("lets a new weighted member join a weighted group but not a simple record", () => {
    const plan = planImport("example.com.", existing, [
      a("img.example.com.", "192.0.2.3", { SetIdentifier: "green", Weight: 10 }),
      a("img.example.com.", "192.0.2.4"),
    ]);
    expect(plan.creates).toHaveLength(1);
    expect(plan.creates[0]?.SetIdentifier).toBe("green");
    expect(plan.conflicts[0]?.reason).toMatch(/routing policy/);
  });

  it("keeps CNAMEs alone on their name, skips the apex NS and refuses names outside the zone", () => {
    const plan = planImport("example.com.", existing, [
      a("cdn.example.com."),
      { Name: "www.example.com.", Type: "CNAME", TTL: 60, ResourceRecords: [{ Value: "x.example.net." }] },
      { Name: "example.com.", Type: "NS", TTL: 60, ResourceRecords: [{ Value: "ns.example.net." }] },
      a("www.example.org."),
    ]);
    expect(plan.creates).toEqual([]);
    expect(plan.conflicts.map((c) => c.reason)).toEqual([
      "A CNAME can't share its name with other records.",
      "A CNAME can't share its name with other records.",
    ]);
    expect(plan.skipped).toHaveLength(1);
    expect(plan.errors[0]?.message).toMatch(/isn't in the zone/);
  });
});
