import { describe, expect, it, vi } from "vitest";

import { runAdvisor } from "@/lib/advisor/scan";
import { cleanSnapshot } from "@/lib/advisor/snapshot.fixture";

const snapshot = cleanSnapshot((_, alb) => alb.loadBalancer.availabilityZones.pop());
vi.mock("@/lib/advisor-ops/scan-region", () => ({
  scanRegion: () => Promise.resolve({ snapshot, findings: runAdvisor(snapshot) }),
}));

const { advise, parseArgs } = await import("./advise");

describe("npm run advise", () => {
  it("exits 1 while a critical finding is open and 0 once it is acknowledged", async () => {
    const open = await advise({ region: "us-east-1", format: "table", acks: [] });
    expect(open.exitCode).toBe(1);
    expect(open.output).toContain("alb-single-az");

    const key = runAdvisor(snapshot)[0]!.key;
    const acked = await advise({
      region: "us-east-1",
      format: "json",
      acks: [{ findingKey: key, reason: "lab", actor: "ci", at: "2026-07-01T00:00:00Z" }],
    });
    expect(acked.exitCode).toBe(0);
    expect(JSON.parse(acked.output).acknowledged).toHaveLength(1);
  });

  it("reads --region and --format, and refuses nonsense", () => {
    expect(parseArgs(["--region", "eu-west-1", "--format=csv"])).toEqual({
      region: "eu-west-1",
      format: "csv",
    });
    expect(() => parseArgs(["--format", "xml"])).toThrow(/table, json or csv/);
    expect(() => parseArgs(["--region", "mars"])).toThrow(/not an AWS Region/);
  });
});
