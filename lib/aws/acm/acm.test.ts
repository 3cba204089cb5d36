import {
  ACMClient,
  DescribeCertificateCommand,
  ImportCertificateCommand,
  ListCertificatesCommand,
} from "@aws-sdk/client-acm";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { importCertificate } from "./certificate-writes";
import { listCertificates, validationRecords } from "./certificates";

const acm = mockClient(ACMClient);
beforeEach(() => acm.reset());

describe("listCertificates", () => {
  it("describes each certificate with SANs, dates, InUseBy and validation records", async () => {
    acm.on(ListCertificatesCommand).resolves({ CertificateSummaryList: [{ CertificateArn: "c1" }] });
    acm.on(DescribeCertificateCommand).resolves({
      Certificate: {
        CertificateArn: "c1",
        DomainName: "example.com",
        SubjectAlternativeNames: ["example.com", "*.example.com"],
        Status: "PENDING_VALIDATION",
        Type: "AMAZON_ISSUED",
        NotAfter: new Date("2027-01-01T00:00:00Z"),
        InUseBy: [],
        DomainValidationOptions: [
          {
            DomainName: "example.com",
            ValidationMethod: "DNS",
            ValidationStatus: "PENDING_VALIDATION",
            ResourceRecord: { Name: "_x.example.com.", Type: "CNAME", Value: "_y.acm-validations.aws." },
          },
          {
            DomainName: "*.example.com",
            ValidationMethod: "DNS",
            ValidationStatus: "PENDING_VALIDATION",
            ResourceRecord: { Name: "_x.example.com.", Type: "CNAME", Value: "_y.acm-validations.aws." },
          },
        ],
      },
    });
    const [cert] = await listCertificates("us-east-1");
    expect(cert).toMatchObject({
      arn: "c1",
      status: "PENDING_VALIDATION",
      notAfter: "2027-01-01T00:00:00.000Z",
      subjectAlternativeNames: ["example.com", "*.example.com"],
    });
    expect(validationRecords(cert!)).toEqual([
      { name: "_x.example.com.", type: "CNAME", value: "_y.acm-validations.aws." },
    ]);
  });
});

describe("importCertificate", () => {
  it("never puts the private key in the error or the log", async () => {
    const key = "-----BEGIN PRIVATE KEY-----\nTOPSECRET\n-----END PRIVATE KEY-----";
    acm.on(ImportCertificateCommand).rejects(
      Object.assign(new Error(`bad key ${key}`), {
        name: "ValidationException",
        $metadata: { requestId: "r1" },
      }),
    );
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);

    const error: unknown = await importCertificate("us-east-1", { certificate: "c", privateKey: key }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "ValidationException", kind: "validation", requestId: "r1" });
    expect(JSON.stringify(error) + String((error as Error).message)).not.toContain("TOPSECRET");
    expect(JSON.stringify(log.mock.calls)).not.toContain("TOPSECRET");
    log.mockRestore();
  });
});
