import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { setAuditStoreForTests } from "@/lib/audit";
import { SqliteAuditStore } from "@/lib/audit/sqlite-audit-store";
import { actorFromUser, setActorForTests } from "@/lib/auth/actor";
import {
  awsServiceError,
  DescribeCertificateCommand,
  ImportCertificateCommand,
  mockAcm,
  RequestCertificateCommand,
} from "@/lib/aws/sdk-mocks.test-helper";

import { importCertificateAction, requestCertificateAction } from "./actions";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/region", () => ({ currentRegion: () => Promise.resolve("us-east-1") }));

const ARN = "arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-aaaa-bbbb-cccc-123456789012";
const acm = mockAcm();
let audit: SqliteAuditStore;

/** ACM's documented throttling answer: HTTP 400, ThrottlingException, with a request id. */
const throttled = () => awsServiceError("ThrottlingException", "Rate exceeded", "req-throttled-1");

const admin = actorFromUser({
  id: "u1",
  email: "a@example.com",
  name: "Ada",
  username: "ada",
  role: "admin",
});

beforeEach(() => {
  acm.reset();
  audit = new SqliteAuditStore(":memory:");
  setAuditStoreForTests(audit);
  setActorForTests(admin);
});
afterEach(() => {
  setAuditStoreForTests(undefined);
  setActorForTests(undefined);
});

describe("requestCertificateAction", () => {
  it("tells a throttled read-back as partial: the certificate exists, with its ARN, and the audit says partial", async () => {
    acm.on(RequestCertificateCommand).resolves({ CertificateArn: ARN });
    acm.on(DescribeCertificateCommand).rejects(throttled());

    const result = await requestCertificateAction(undefined, { domainName: "www.example.com" });

    expect(result.status).toBe("partial");
    if (result.status !== "partial") return;
    expect(result.partial.created).toEqual([{ kind: "certificate", id: ARN }]);
    expect(result.partial.failedStep).toBe("reading it back");
    expect(result.partial.causeCode).toBe("ThrottlingException");
    expect(result.message).toContain("Requested a public certificate for www.example.com");
    expect(result.message).toContain(ARN);

    const [entry] = audit.list();
    expect(entry).toMatchObject({ action: "acm.requestCertificate", outcome: "partial", actor: "ada" });
    expect(entry?.summary).toContain(ARN);
    expect(entry?.details).toMatchObject({
      created: [{ kind: "certificate", id: ARN }],
      requestId: "req-throttled-1",
    });
    expect(audit.verify().ok).toBe(true);
  });

  it("is a plain failure (nothing exists) when RequestCertificate itself is throttled", async () => {
    acm.on(RequestCertificateCommand).rejects(throttled());
    const result = await requestCertificateAction(undefined, { domainName: "www.example.com" });
    expect(result).toMatchObject({ status: "error", code: "ThrottlingException" });
    expect(audit.list()[0]?.outcome).toBe("failure");
  });

  it("succeeds when both steps do", async () => {
    acm.on(RequestCertificateCommand).resolves({ CertificateArn: ARN });
    acm.on(DescribeCertificateCommand).resolves({
      Certificate: { CertificateArn: ARN, DomainName: "www.example.com", Status: "PENDING_VALIDATION" },
    });
    const result = await requestCertificateAction(undefined, { domainName: "www.example.com" });
    expect(result.status).toBe("success");
    expect(audit.list()[0]?.outcome).toBe("success");
  });
});

const PEM_CERT = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";
const PEM_KEY = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----";

describe("importCertificateAction", () => {
  it("tells a throttled read-back after the import as partial, with the ARN and without the key", async () => {
    acm.on(ImportCertificateCommand).resolves({ CertificateArn: ARN });
    acm.on(DescribeCertificateCommand).rejects(throttled());

    const result = await importCertificateAction(undefined, { certificate: PEM_CERT, privateKey: PEM_KEY });

    expect(result.status).toBe("partial");
    if (result.status !== "partial") return;
    expect(result.partial.created).toEqual([{ kind: "certificate", id: ARN }]);
    expect(JSON.stringify(result)).not.toContain("PRIVATE KEY");
    const [entry] = audit.list();
    expect(entry?.outcome).toBe("partial");
    expect(JSON.stringify(entry)).not.toContain("PRIVATE KEY");
  });
});

describe("requestCertificateAction idempotency", () => {
  const SUBMISSION = "6f1c2e9a-3b4d-4c5e-8f70-112233445566";

  function form(domainName: string, submissionId = SUBMISSION) {
    const data = new FormData();
    data.set("domainName", domainName);
    data.set("keyAlgorithm", "RSA_2048");
    data.set("submissionId", submissionId);
    return data;
  }
  const tokens = () =>
    acm.commandCalls(RequestCertificateCommand).map((call) => call.args[0].input.IdempotencyToken);

  it("sends the same documented IdempotencyToken when the same submit is retried after a partial outcome", async () => {
    acm.on(RequestCertificateCommand).resolves({ CertificateArn: ARN });
    acm
      .on(DescribeCertificateCommand)
      .rejectsOnce(throttled())
      .resolves({
        Certificate: { CertificateArn: ARN, DomainName: "www.example.com", Status: "PENDING_VALIDATION" },
      });

    const first = await requestCertificateAction(undefined, form("www.example.com"));
    const retry = await requestCertificateAction(first, form("www.example.com"));

    expect(first.status).toBe("partial");
    expect(retry).toMatchObject({ status: "success", data: { arn: ARN } });
    const [token, again] = tokens();
    expect(token).toMatch(/^\w{1,32}$/);
    expect(again).toBe(token);
  });

  it("uses another token for another form or a changed input", async () => {
    acm.on(RequestCertificateCommand).resolves({ CertificateArn: ARN });
    acm
      .on(DescribeCertificateCommand)
      .resolves({ Certificate: { CertificateArn: ARN, Status: "PENDING_VALIDATION" } });
    await requestCertificateAction(undefined, form("www.example.com"));
    await requestCertificateAction(
      undefined,
      form("www.example.com", "00000000-0000-4000-8000-000000000000"),
    );
    await requestCertificateAction(undefined, form("api.example.com"));
    expect(new Set(tokens()).size).toBe(3);
  });

  it("refuses a malformed submission id without calling AWS", async () => {
    const result = await requestCertificateAction(undefined, form("www.example.com", "../../etc"));
    expect(result).toMatchObject({ status: "error", code: "InvalidInput" });
    expect(result.status === "error" && result.fieldErrors?.submissionId).toBeTruthy();
    expect(tokens()).toEqual([]);
  });
});
