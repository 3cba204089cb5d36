import { beforeAll, describe, expect, it } from "vitest";

import { defaultToDummyCredentials } from "./guard";
import { seed } from "./index";
import { findProblems, readBack } from "./verify";

// Runs against whatever emulator AWS_ENDPOINT_URL names (npm run emulator, or moto_server on a loopback port).
describe.skipIf(!process.env.AWS_ENDPOINT_URL)("seed (integration, against the emulator)", () => {
  beforeAll(() => defaultToDummyCredentials());

  it("creates everything once and a second run changes nothing", async () => {
    const lines: string[] = [];
    const first = await seed({ log: (line) => lines.push(line) });
    const before = await readBack();
    expect(findProblems(before)).toEqual([]);

    const second = await seed({ log: (line) => lines.push(line) });
    const after = await readBack();

    expect(second.created).toEqual([]);
    expect(second.existingCount).toBe(first.created.length + first.existingCount);
    expect(after.inventory).toEqual(before.inventory);
    expect(second.regions.map((region) => region.loadBalancer.loadBalancerArn)).toEqual(
      first.regions.map((region) => region.loadBalancer.loadBalancerArn),
    );
    expect(second.dns.hostedZoneId).toBe(first.dns.hostedZoneId);
  }, 60_000);
});
