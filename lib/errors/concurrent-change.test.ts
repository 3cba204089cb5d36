import { describe, expect, it } from "vitest";

import { ActionRefusal } from "./action-refusal";
import {
  CONCURRENT_CHANGE,
  concurrentChange,
  ConcurrentChangeError,
  concurrentChangeOf,
  refuseIfChanged,
} from "./concurrent-change";

describe("concurrentChange", () => {
  it("is an ActionRefusal with the one code and JSON-safe details, nothing applied by default", () => {
    const error = concurrentChange({ what: "the health check path of images-green" });
    expect(error).toBeInstanceOf(ActionRefusal);
    expect(error).toBeInstanceOf(ConcurrentChangeError);
    expect(error.code).toBe(CONCURRENT_CHANGE);
    expect(error.message).toBe(
      "Someone else changed the health check path of images-green since you loaded it. Nothing was changed: reload to see the current state, then make your change again.",
    );
    expect(JSON.parse(JSON.stringify(error.details))).toEqual({
      what: "the health check path of images-green",
      detectedBy: "before-apply",
      changes: [],
      applied: [],
    });
  });

  it("says which steps were already applied when AWS refused a later one", () => {
    const error = concurrentChange({
      what: "www A",
      detectedBy: "aws",
      applied: [{ id: "C1", status: "PENDING" }, { id: "C2" }],
    });
    expect(error.message).toContain("2 earlier step(s) were already applied (C1, C2); the rest were not.");
    expect(error.details).toMatchObject({
      detectedBy: "aws",
      applied: [{ id: "C1", status: "PENDING" }, { id: "C2" }],
    });
  });

  it("keeps a message the caller words itself", () => {
    expect(concurrentChange({ what: "x", message: "Listener changed." }).message).toBe("Listener changed.");
  });
});

describe("refuseIfChanged", () => {
  it("does nothing when AWS still holds what was loaded", () => {
    expect(() =>
      refuseIfChanged(
        { Port: "443", Subnets: ["a", "b"] },
        { Subnets: ["a", "b"], Port: "443" },
        { what: "the listener" },
      ),
    ).not.toThrow();
  });

  it("throws with the loaded → now rows of every field that differs", () => {
    let caught: unknown;
    try {
      refuseIfChanged(
        { Port: "443", Policy: "old" },
        { Port: "8443", Policy: "old", Certificate: "arn:c" },
        { what: "listener HTTPS:443" },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConcurrentChangeError);
    expect((caught as ConcurrentChangeError).details.changes).toEqual([
      { key: "Port", label: "Port", kind: "changed", before: "443", after: "8443" },
      { key: "Certificate", label: "Certificate", kind: "added", after: "arn:c" },
    ]);
  });
});

describe("concurrentChangeOf", () => {
  it("reads the details back from an action result and ignores other results", () => {
    const error = concurrentChange({
      what: "the targets",
      changes: [{ key: "t", label: "Targets", kind: "changed", before: ["a"], after: ["a", "b"] }],
    });
    const result = {
      status: "error" as const,
      code: error.code,
      message: error.message,
      details: JSON.parse(JSON.stringify(error.details)) as Record<string, unknown>,
    };
    expect(concurrentChangeOf(result)).toEqual(error.details);
    expect(concurrentChangeOf({ status: "error", code: "NotFound", message: "Gone" })).toBeUndefined();
    expect(concurrentChangeOf({ status: "success", data: 1 })).toBeUndefined();
  });

  it("fills missing parts of an older or partial details object with safe defaults", () => {
    expect(
      concurrentChangeOf({
        status: "error",
        code: CONCURRENT_CHANGE,
        message: "m",
        details: { changed: ["x"] },
      }),
    ).toEqual({
      what: "this",
      detectedBy: "before-apply",
      changes: [],
      applied: [],
    });
  });
});
