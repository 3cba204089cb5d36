import { describe, expect, it } from "vitest";

import { PartialOutcome, RELOAD_GUIDANCE } from "./partial-outcome";

describe("PartialOutcome's message", () => {
  it("says what was done, what failed, what exists now and to reload", () => {
    const error = new PartialOutcome({
      done: "Requested the certificate",
      created: [{ kind: "certificate", id: "arn:aws:acm:us-east-1:1:certificate/c1" }],
      failedStep: "reading it back",
      cause: { message: "Throttled.", code: "Throttling" },
    });
    expect(error.message).toBe(
      "Requested the certificate, but reading it back failed: Throttled. " +
        "What exists now: certificate arn:aws:acm:us-east-1:1:certificate/c1. " +
        RELOAD_GUIDANCE,
    );
  });

  it("keeps the reload guidance when the caller words the outcome itself", () => {
    const error = new PartialOutcome({
      done: "Applied 1 of 2 change batches",
      failedStep: "batch 2",
      message: "Applied 1 of 2 change batches (C1); batch 2 failed. Tried to create x but it already exists",
    });
    expect(error.message).toBe(
      `Applied 1 of 2 change batches (C1); batch 2 failed. Tried to create x but it already exists. ${RELOAD_GUIDANCE}`,
    );
  });

  it("does not repeat the guidance a caller already wrote", () => {
    const error = new PartialOutcome({ done: "x", failedStep: "y", message: `Did x. ${RELOAD_GUIDANCE}` });
    expect(error.message).toBe(`Did x. ${RELOAD_GUIDANCE}`);
  });
});
