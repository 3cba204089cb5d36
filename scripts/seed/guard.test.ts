import { afterEach, describe, expect, it } from "vitest";

import { resetAppEnvForTests } from "@/lib/env";

import { assertLocalEmulator } from "./guard";

const original = process.env.AWS_ENDPOINT_URL;

function withEndpoint(endpoint: string | undefined): void {
  if (endpoint === undefined) delete process.env.AWS_ENDPOINT_URL;
  else process.env.AWS_ENDPOINT_URL = endpoint;
  resetAppEnvForTests();
}

afterEach(() => withEndpoint(original));

describe("assertLocalEmulator", () => {
  it.each(["http://127.0.0.1:4566", "http://localhost:4566", "http://[::1]:4566", "http://127.0.0.2:5000/"])(
    "accepts the loopback endpoint %s",
    (endpoint) => {
      withEndpoint(endpoint);
      expect(assertLocalEmulator()).toBe(endpoint);
    },
  );

  it("refuses when AWS_ENDPOINT_URL is not set (the SDK would reach real AWS)", () => {
    withEndpoint(undefined);
    expect(() => assertLocalEmulator()).toThrow(/not set/);
  });

  it.each([
    "https://ec2.us-east-1.amazonaws.com",
    "http://10.0.0.5:4566",
    "http://localhost.example.com:4566",
    "http://127.0.0.1.nip.io",
  ])("refuses the remote endpoint %s", (endpoint) => {
    withEndpoint(endpoint);
    expect(() => assertLocalEmulator()).toThrow(/not a loopback/);
  });
});
