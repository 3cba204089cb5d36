import { afterEach, describe, expect, it, vi } from "vitest";

import { acknowledgeFindingSchema } from "./advisor";

const NOW = Date.parse("2026-12-03T12:00:00.000Z");

describe("acknowledgeFindingSchema", () => {
  afterEach(() => vi.useRealTimers());
  const parse = (input: Record<string, unknown>) => {
    vi.useFakeTimers({ now: NOW });
    return acknowledgeFindingSchema.safeParse({ findingKey: "rule:resource", reason: "Known", ...input });
  };
  const messages = (input: Record<string, unknown>) => {
    const result = parse(input);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it("takes a reason of 1–500 characters and no expiry", () => {
    expect(parse({ reason: "  HTTPS is terminated upstream  " }).data).toEqual({
      findingKey: "rule:resource",
      reason: "HTTPS is terminated upstream",
      expiresAt: undefined,
    });
    expect(messages({ reason: "   " })).toEqual(["reason: Say why this finding may wait."]);
    expect(messages({ reason: "x".repeat(500) })).toEqual([]);
    expect(messages({ reason: "x".repeat(501) })).toEqual([
      "reason: Keep the reason to 500 characters or fewer.",
    ]);
  });

  it("reads a date as from that day on (UTC), in the future and within one year", () => {
    expect(parse({ expiresAt: "2027-01-15" }).data?.expiresAt).toBe("2027-01-15T00:00:00.000Z");
    expect(parse({ expiresAt: "" }).data?.expiresAt).toBeUndefined();
    expect(messages({ expiresAt: "2026-12-03" })).toEqual([
      "expiresAt: Choose a date in the future, or leave it empty.",
    ]);
    expect(messages({ expiresAt: "2027-12-03" })).toEqual([]);
    expect(messages({ expiresAt: "2027-12-04" })).toEqual([
      "expiresAt: An acknowledgement can last at most one year.",
    ]);
    expect(messages({ expiresAt: "soon" })).toEqual(["expiresAt: Enter the date as YYYY-MM-DD."]);
  });
});
