import { describe, expect, it } from "vitest";

import { AwsError, callAws, toAwsError } from "./errors";

function sdkError(name: string, message = "AWS says no", status = 400) {
  return Object.assign(new Error(message), {
    name,
    $metadata: { requestId: "req-1", httpStatusCode: status },
    $fault: "client",
  });
}

describe("toAwsError", () => {
  it.each([
    ["Throttling", "throttled"],
    ["ThrottlingException", "throttled"],
    ["PriorRequestNotComplete", "throttled"],
    ["AccessDenied", "access-denied"],
    ["AccessDeniedException", "access-denied"],
    ["UnauthorizedOperation", "access-denied"],
    ["InvalidClientTokenId", "credentials"],
    ["ExpiredToken", "credentials"],
    ["NoSuchHostedZone", "not-found"],
    ["LoadBalancerNotFound", "not-found"],
    ["TargetGroupNotFoundException", "not-found"],
    ["InvalidVpcID.NotFound", "not-found"],
    ["InvalidChangeBatch", "conflict"],
    ["HostedZoneNotEmpty", "conflict"],
    ["ValidationError", "validation"],
    ["InvalidInput", "validation"],
    ["InvalidConfigurationRequest", "validation"],
    ["TooManyListeners", "validation"],
    ["SomethingNew", "unknown"],
  ])("maps %s to %s", (code, kind) => {
    const mapped = toAwsError(sdkError(code), "do it");
    expect(mapped).toBeInstanceOf(AwsError);
    expect(mapped.kind).toBe(kind);
    expect(mapped.code).toBe(code);
    expect(mapped.requestId).toBe("req-1");
  });

  it("says what to do for throttling and marks it retryable", () => {
    const mapped = toAwsError(sdkError("Throttling", "Rate exceeded"), "list the hosted zones");
    expect(mapped.retryable).toBe(true);
    expect(mapped.message).toMatch(/throttling.*list the hosted zones.*try again/i);
  });

  it("explains PriorRequestNotComplete as an earlier change still being applied", () => {
    expect(toAwsError(sdkError("PriorRequestNotComplete"), "apply the change").message).toMatch(
      /still applying an earlier change/,
    );
  });

  it("keeps AWS's own text for validation errors, which name the offending value", () => {
    const mapped = toAwsError(
      sdkError("InvalidChangeBatch", "Tried to delete resource record set but it was not found"),
      "apply the change",
    );
    expect(mapped.message).toContain("Tried to delete resource record set");
  });

  it("recognises an unreachable endpoint from the network error code", () => {
    const network = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4566"), { code: "ECONNREFUSED" });
    const mapped = toAwsError(network, "list the load balancers");
    expect(mapped.kind).toBe("unreachable");
    expect(mapped.retryable).toBe(true);
    expect(mapped.message).toMatch(/Could not reach AWS/);
  });

  it("recognises missing credentials", () => {
    const missing = Object.assign(new Error("Could not load credentials from any providers"), {
      name: "CredentialsProviderError",
    });
    expect(toAwsError(missing, "identify").kind).toBe("credentials");
  });

  it("falls back to the HTTP status for unknown codes", () => {
    expect(toAwsError(sdkError("Weird", "x", 403), "read").kind).toBe("access-denied");
    expect(toAwsError(sdkError("Weird", "x", 429), "read").kind).toBe("throttled");
  });

  it("never leaks a stack trace or raw SDK text for unknown errors", () => {
    const mapped = toAwsError(
      sdkError("InternalFailure", "at Object.<anonymous> (/srv/x.js:1:1)", 500),
      "read",
    );
    expect(mapped.message).not.toContain("/srv/x.js");
  });
});

describe("callAws", () => {
  it("returns the call's result", async () => {
    await expect(callAws("read", () => Promise.resolve(42))).resolves.toBe(42);
  });

  it("rethrows failures as AwsError", async () => {
    await expect(callAws("read", () => Promise.reject(sdkError("AccessDenied")))).rejects.toMatchObject({
      name: "AwsError",
      kind: "access-denied",
    });
  });
});
