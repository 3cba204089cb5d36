import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { setAuditStoreForTests } from "@/lib/audit";
import { SqliteAuditStore } from "@/lib/audit/sqlite-audit-store";
import { actorFromUser, setActorForTests } from "@/lib/auth/actor";
import {
  awsServiceError,
  CreateHostedZoneCommand,
  GetHostedZoneCommand,
  ListHostedZonesCommand,
  mockRoute53,
} from "@/lib/aws/sdk-mocks.test-helper";

import { createHostedZoneAction } from "./actions";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const route53 = mockRoute53();
const SUBMISSION = "6f1c2e9a-3b4d-4c5e-8f70-112233445566";
const admin = actorFromUser({
  id: "u1",
  email: "a@example.com",
  name: "Ada",
  username: "ada",
  role: "admin",
});

beforeEach(() => {
  route53.reset();
  setAuditStoreForTests(new SqliteAuditStore(":memory:"));
  setActorForTests(admin);
});
afterEach(() => {
  setAuditStoreForTests(undefined);
  setActorForTests(undefined);
});

function form(name: string, submissionId = SUBMISSION) {
  const data = new FormData();
  data.set("name", name);
  data.set("submissionId", submissionId);
  return data;
}
const references = () =>
  route53.commandCalls(CreateHostedZoneCommand).map((call) => call.args[0].input.CallerReference);

describe("createHostedZoneAction idempotency", () => {
  it("retries with the same CallerReference and answers HostedZoneAlreadyExists with the zone the first try made", async () => {
    route53
      .on(CreateHostedZoneCommand)
      .resolvesOnce({
        HostedZone: { Id: "/hostedzone/Z1", Name: "example.com.", CallerReference: "x" },
        DelegationSet: { NameServers: ["ns-1.example.net"] },
      })
      .rejects(
        awsServiceError(
          "HostedZoneAlreadyExists",
          "A hosted zone has already been created with the specified caller reference.",
        ),
      );

    await createHostedZoneAction(undefined, form("example.com"));
    const [reference] = references();
    route53.on(ListHostedZonesCommand).resolves({
      HostedZones: [{ Id: "/hostedzone/Z1", Name: "example.com.", CallerReference: reference }],
      IsTruncated: false,
      MaxItems: 100,
    });
    route53.on(GetHostedZoneCommand).resolves({
      HostedZone: { Id: "/hostedzone/Z1", Name: "example.com.", CallerReference: reference },
      DelegationSet: { NameServers: ["ns-1.example.net"] },
    });

    const retry = await createHostedZoneAction(undefined, form("example.com"));

    expect(reference).toMatch(/^routeboard-[0-9a-f]{32}$/);
    expect(references()[1]).toBe(reference);
    expect(retry).toMatchObject({ status: "success", data: { id: "Z1", nameServers: ["ns-1.example.net"] } });
    expect(retry.status === "success" && retry.message).toContain("already created by an earlier try");
  });

  it("keeps HostedZoneAlreadyExists an error when no zone has this caller reference", async () => {
    route53.on(CreateHostedZoneCommand).rejects(awsServiceError("HostedZoneAlreadyExists", "exists"));
    route53.on(ListHostedZonesCommand).resolves({ HostedZones: [], IsTruncated: false, MaxItems: 100 });
    const result = await createHostedZoneAction(undefined, form("example.com"));
    expect(result).toMatchObject({ status: "error", code: "HostedZoneAlreadyExists" });
  });
});
