import { afterEach, describe, expect, it } from "vitest";

import { setRolloutStoreForTests } from "./index";
import { rolloutTickMs, startRolloutController, stopRolloutController } from "./process";
import { SqliteRolloutStore } from "./sqlite-store";

afterEach(async () => {
  await stopRolloutController();
  setRolloutStoreForTests(undefined);
});

describe("the process's rollout controller", () => {
  it("reads the tick from ROUTEBOARD_ROLLOUT_TICK_MS, 5 s by default, never below 100 ms", () => {
    expect(rolloutTickMs({})).toBe(5000);
    expect(rolloutTickMs({ ROUTEBOARD_ROLLOUT_TICK_MS: "500" })).toBe(500);
    expect(rolloutTickMs({ ROUTEBOARD_ROLLOUT_TICK_MS: "20" })).toBe(5000);
    expect(rolloutTickMs({ ROUTEBOARD_ROLLOUT_TICK_MS: "soon" })).toBe(5000);
  });

  it("starts once per process however often it is called, and stops", async () => {
    setRolloutStoreForTests(new SqliteRolloutStore(":memory:"));
    const first = startRolloutController();
    expect(startRolloutController()).toBe(first);
    await stopRolloutController();
    expect(startRolloutController()).not.toBe(first);
  });
});
