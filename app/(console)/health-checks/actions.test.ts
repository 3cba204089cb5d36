import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { setAuditStoreForTests } from "@/lib/audit";
import { SqliteAuditStore } from "@/lib/audit/sqlite-audit-store";
import { actorFromUser, setActorForTests } from "@/lib/auth/actor";
import { awsServiceError, CreateHealthCheckCommand, mockRoute53 } from "@/lib/aws/sdk-mocks.test-helper";

import { createHealthCheckAction } from "./actions";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const route53 = mockRoute53();
const SUBMISSION = "6f1c2e9a-3b4d-4c5e-8f70-112233445566";
const operator = actorFromUser({
  id: "u1",
  email: "o@example.com",
  name: "Ola",
  username: "ola",
  role: "operator",
});

beforeEach(() => {
  route53.reset();
  setAuditStoreForTests(new SqliteAuditStore(":memory:"));
  setActorForTests(operator);
});
afterEach(() => {
  setAuditStoreForTests(undefined);
  setActorForTests(undefined);
});

function form(ipAddress: string, submissionId = SUBMISSION) {
  const data = new FormData();
  data.set("type", "TCP");
  data.set("ipAddress", ipAddress);
  data.set("port", "443");
  data.set("requestInterval", "30");
  data.set("failureThreshold", "3");
  data.set("submissionId", submissionId);
  return data;
}
const references = () =>
  route53.commandCalls(CreateHealthCheckCommand).map((call) => call.args[0].input.CallerReference);

describe("createHealthCheckAction idempotency", () => {
  it("sends the same CallerReference when a submit that timed out is retried", async () => {
    route53
      .on(CreateHealthCheckCommand)
      .rejectsOnce(awsServiceError("ServiceUnavailable", "Service unavailable", "r-1", 503))
      .resolves({
        HealthCheck: {
          Id: "hc-1",
          CallerReference: "x",
          HealthCheckVersion: 1,
          HealthCheckConfig: { Type: "TCP", IPAddress: "192.0.2.10", Port: 443 },
        },
      });

    const first = await createHealthCheckAction(undefined, form("192.0.2.10"));
    const retry = await createHealthCheckAction(first, form("192.0.2.10"));

    expect(first.status).toBe("error");
    expect(retry).toMatchObject({ status: "success", data: { id: "hc-1" } });
    const [reference, again] = references();
    expect(reference).toMatch(/^routeboard-[0-9a-f]{32}$/);
    expect(again).toBe(reference);
  });

  it("uses another CallerReference for a changed input or another form", async () => {
    route53.on(CreateHealthCheckCommand).resolves({
      HealthCheck: {
        Id: "hc-2",
        CallerReference: "x",
        HealthCheckVersion: 1,
        HealthCheckConfig: { Type: "TCP" },
      },
    });
    await createHealthCheckAction(undefined, form("192.0.2.10"));
    await createHealthCheckAction(undefined, form("192.0.2.11"));
    await createHealthCheckAction(undefined, form("192.0.2.10", "00000000-0000-4000-8000-000000000000"));
    expect(new Set(references()).size).toBe(3);
  });
});
