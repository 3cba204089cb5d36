import { describe, expect, it } from "vitest";

import { AttemptLimiter } from "./attempt-limiter";

describe("AttemptLimiter", () => {
  it("allows max attempts per key and window, then says how long to wait; other keys are not affected", () => {
    let now = 0;
    const limiter = new AttemptLimiter({ window: 60, max: 3 }, () => now);
    expect([1, 2, 3].map(() => limiter.attempt("ana"))).toEqual([undefined, undefined, undefined]);
    now = 20_000;
    expect(limiter.attempt("ana")).toBe(40);
    expect(limiter.attempt("bo")).toBeUndefined();
    now = 60_000;
    expect(limiter.attempt("ana")).toBeUndefined();
  });
});
