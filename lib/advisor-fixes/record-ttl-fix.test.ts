import { describe, expect, it, vi } from "vitest";

import { recordChangeSchema } from "@/lib/schemas/record-change";

const primary = {
  Name: "api.example.com.",
  Type: "A",
  SetIdentifier: "api-primary",
  Failover: "PRIMARY",
  TTL: 300,
  HealthCheckId: "hc-1",
  ResourceRecords: [{ Value: "198.51.100.10" }],
};

vi.mock("@/lib/aws/route53/hosted-zones", () => ({
  getHostedZone: vi.fn(() => Promise.resolve({ id: "Z1", name: "example.com.", recordCount: 10 })),
}));
vi.mock("@/lib/aws/route53/read-record-sets", () => ({
  listRecordSetsAtName: vi.fn(() =>
    Promise.resolve([primary, { ...primary, SetIdentifier: "api-secondary" }]),
  ),
}));
const prepare = vi.fn((_input: unknown) => Promise.resolve({ diff: [] }));
vi.mock("@/lib/aws/route53/prepare-record-change", () => ({
  prepareRecordChange: (input: unknown) => prepare(input),
}));

const { previewRecordTtlFix } = await import("./record-ttl-fix");

describe("previewRecordTtlFix", () => {
  it("sends the record editor's change for the same record with only the TTL changed, the loaded record as before", async () => {
    const preview = await previewRecordTtlFix({
      zoneId: "Z1",
      name: "api.example.com.",
      type: "A",
      setIdentifier: "api-primary",
      ttl: 60,
    });
    const parsed = recordChangeSchema.parse(preview.apply);
    expect(parsed).toMatchObject({
      zoneId: "Z1",
      name: "api.example.com.",
      type: "A",
      ttl: 60,
      values: ["198.51.100.10"],
      healthCheckId: "hc-1",
      routing: { policy: "failover", setIdentifier: "api-primary", failover: "PRIMARY" },
      before: primary,
    });
    expect(prepare).toHaveBeenCalledWith(parsed);
  });

  it("refuses a record that is gone", async () => {
    await expect(
      previewRecordTtlFix({
        zoneId: "Z1",
        name: "api.example.com.",
        type: "A",
        setIdentifier: "gone",
        ttl: 60,
      }),
    ).rejects.toThrow(/no longer in the zone/);
  });
});
