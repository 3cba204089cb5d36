import { afterEach, describe, expect, it } from "vitest";

import { resetAppEnvForTests } from "@/lib/env";

import { clients, resetClientsForTests, ROUTE53_REGION } from "./clients";

afterEach(() => {
  delete process.env.AWS_ENDPOINT_URL;
  resetAppEnvForTests();
  resetClientsForTests();
});

describe("client factory", () => {
  it("builds one client per service and region and reuses it", async () => {
    const first = clients.elbv2("us-east-1");
    expect(clients.elbv2("us-east-1")).toBe(first);
    expect(clients.elbv2("eu-west-1")).not.toBe(first);
    expect(await clients.elbv2("eu-west-1").config.region()).toBe("eu-west-1");
  });

  it("puts Route 53 in us-east-1, the home of its global API", async () => {
    expect(await clients.route53().config.region()).toBe(ROUTE53_REGION);
  });

  it("uses adaptive retries (lowercase, or the SDK silently falls back to standard)", async () => {
    const client = clients.acm("us-east-1");
    const strategy = (await client.config.retryStrategy()) as { mode?: string };
    expect(client.config.retryMode).toBe("adaptive");
    expect(strategy.mode).toBe("adaptive");
    expect(await client.config.maxAttempts()).toBe(5);
  });

  it("sends requests to AWS_ENDPOINT_URL when it is set", async () => {
    process.env.AWS_ENDPOINT_URL = "http://127.0.0.1:4566";
    resetAppEnvForTests();
    resetClientsForTests();
    const endpoint = await clients.ec2("us-east-1").config.endpoint?.();
    expect(endpoint?.hostname).toBe("127.0.0.1");
    expect(endpoint?.port).toBe(4566);
  });

  it("uses the regional AWS endpoint when AWS_ENDPOINT_URL is not set", async () => {
    expect(clients.sts("eu-west-1").config.endpoint).toBeUndefined();
  });
});
