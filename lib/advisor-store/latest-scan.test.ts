import { afterEach, describe, expect, it, vi } from "vitest";

import type { RegionScan } from "@/lib/advisor-ops/scan-region";

import { FRESH_MS, latestScan, scanNow, setScannerForTests } from "./latest-scan";

function scanAt(takenAt: string): RegionScan {
  return {
    snapshot: {
      region: "us-east-1",
      takenAt,
      loadBalancers: [],
      targetGroups: [],
      certificates: [],
      securityGroups: [],
      zones: [],
      healthChecks: [],
    },
    findings: [],
  };
}

describe("latest scan cache", () => {
  afterEach(() => setScannerForTests(undefined));

  it("scans once for the first caller, then answers from the cache and refreshes in the background when stale", async () => {
    let now = 0;
    let count = 0;
    const scanner = vi.fn(() => Promise.resolve(scanAt(`scan-${++count}`)));
    setScannerForTests(scanner, () => now);

    expect((await latestScan("us-east-1")).snapshot.takenAt).toBe("scan-1");
    expect((await latestScan("us-east-1")).snapshot.takenAt).toBe("scan-1");
    expect(scanner).toHaveBeenCalledTimes(1);

    now = FRESH_MS + 1;
    // Stale: the old scan comes back at once while a new one runs.
    expect((await latestScan("us-east-1")).snapshot.takenAt).toBe("scan-1");
    expect(scanner).toHaveBeenCalledTimes(2);
    expect((await latestScan("us-east-1")).snapshot.takenAt).toBe("scan-2");
  });

  it("shares one running scan between callers, and scanNow always scans again", async () => {
    let release: (scan: RegionScan) => void = () => undefined;
    const scanner = vi.fn(() => new Promise<RegionScan>((resolve) => (release = resolve)));
    setScannerForTests(scanner);

    const first = scanNow("eu-west-1");
    const second = latestScan("eu-west-1");
    release(scanAt("shared"));
    expect((await first).snapshot.takenAt).toBe("shared");
    expect((await second).snapshot.takenAt).toBe("shared");
    expect(scanner).toHaveBeenCalledTimes(1);

    const third = scanNow("eu-west-1");
    release(scanAt("again"));
    expect((await third).snapshot.takenAt).toBe("again");
  });

  it("does not remember a failed scan: the next caller scans again", async () => {
    const scanner = vi
      .fn<(region: string) => Promise<RegionScan>>()
      .mockRejectedValueOnce(new Error("unreachable"))
      .mockResolvedValue(scanAt("ok"));
    setScannerForTests(scanner);

    await expect(latestScan("us-east-1")).rejects.toThrow("unreachable");
    expect((await latestScan("us-east-1")).snapshot.takenAt).toBe("ok");
    expect(scanner).toHaveBeenCalledTimes(2);
  });
});
