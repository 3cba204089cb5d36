// Proves moto_server.py's ACM patch (e) and the SOA fix (f) against a running emulator. Runs only when
// AWS_ENDPOINT_URL is set:
//   npm run emulator &   # then
//   AWS_ENDPOINT_URL=http://127.0.0.1:4566 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1 \
//     npx vitest run scripts/emulator
import {
  ACMClient,
  DeleteCertificateCommand,
  DescribeCertificateCommand,
  ListCertificatesCommand,
  RequestCertificateCommand,
} from "@aws-sdk/client-acm";
import type { CertificateDetail } from "@aws-sdk/client-acm";
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  DeleteHostedZoneCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";
import type { Change } from "@aws-sdk/client-route-53";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The launcher's MOTO_ACM_VALIDATION_WAIT (5 s unless overridden): moto's timer that the patch disables.
const MOTO_WAIT_SECONDS = Number(process.env.MOTO_ACM_VALIDATION_WAIT ?? "5");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!process.env.AWS_ENDPOINT_URL)("emulator ACM DNS validation patch", () => {
  const region = "us-east-1";
  const acm = new ACMClient({ region });
  const route53 = new Route53Client({ region });
  const zoneName = `acm-${Date.now()}-${Math.floor(Math.random() * 1e6)}.example.com`;
  const domain = `app.${zoneName}`;
  const wildcard = `*.${domain}`;
  const other = `www.${zoneName}`;
  const zoneIds: string[] = [];
  let publicZoneId = "";
  let privateZoneId = "";
  let certificateArn = "";

  const createZone = async (isPrivate: boolean): Promise<string> => {
    const created = await route53.send(
      new CreateHostedZoneCommand({
        Name: zoneName,
        CallerReference: `${zoneName}-${isPrivate ? "private" : "public"}`,
        ...(isPrivate
          ? { HostedZoneConfig: { PrivateZone: true }, VPC: { VPCId: "vpc-12345678", VPCRegion: region } }
          : {}),
      }),
    );
    const id = created.HostedZone?.Id ?? "";
    expect(id).not.toBe("");
    zoneIds.push(id);
    return id;
  };

  const change = (zoneId: string, ...changes: Change[]) =>
    route53.send(
      new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Changes: changes } }),
    );

  const describeCertificate = async (): Promise<CertificateDetail> => {
    const response = await acm.send(new DescribeCertificateCommand({ CertificateArn: certificateArn }));
    expect(response.Certificate).toBeDefined();
    return response.Certificate!;
  };

  const statusByDomain = (detail: CertificateDetail) =>
    Object.fromEntries((detail.DomainValidationOptions ?? []).map((o) => [o.DomainName, o.ValidationStatus]));

  /** The validation CNAME of `name`, written as a user might: no trailing dots, value in upper case. */
  const validationChange = (detail: CertificateDetail, name: string): Change => {
    const record = detail.DomainValidationOptions?.find((o) => o.DomainName === name)?.ResourceRecord;
    expect(record?.Type).toBe("CNAME");
    return {
      Action: "CREATE",
      ResourceRecordSet: {
        Name: record!.Name!.replace(/\.$/, ""),
        Type: "CNAME",
        TTL: 300,
        ResourceRecords: [{ Value: record!.Value!.replace(/\.$/, "").toUpperCase() }],
      },
    };
  };

  beforeAll(async () => {
    publicZoneId = await createZone(false);
    privateZoneId = await createZone(true);
    const requested = await acm.send(
      new RequestCertificateCommand({
        DomainName: domain,
        SubjectAlternativeNames: [wildcard, other],
        ValidationMethod: "DNS",
      }),
    );
    certificateArn = requested.CertificateArn ?? "";
    expect(certificateArn).not.toBe("");
  });

  afterAll(async () => {
    if (certificateArn) await acm.send(new DeleteCertificateCommand({ CertificateArn: certificateArn }));
    for (const zoneId of zoneIds) {
      const page = await route53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId }));
      const leftovers = (page.ResourceRecordSets ?? []).filter((r) => r.Type !== "NS" && r.Type !== "SOA");
      if (leftovers.length > 0)
        await change(zoneId, ...leftovers.map((r) => ({ Action: "DELETE" as const, ResourceRecordSet: r })));
      await route53.send(new DeleteHostedZoneCommand({ Id: zoneId }));
    }
  });

  it(
    "(e) stays PENDING_VALIDATION past moto's wait, until every validation CNAME exists in a public zone",
    async () => {
      await sleep((MOTO_WAIT_SECONDS + 1) * 1000);

      const pending = await describeCertificate();
      expect(pending.Status).toBe("PENDING_VALIDATION");
      expect(pending.IssuedAt).toBeUndefined();
      // One option per name, DomainName first; `*.x` and `x` share one record, as on AWS.
      const options = pending.DomainValidationOptions ?? [];
      expect(options[0]?.DomainName).toBe(domain);
      expect(options.map((o) => o.DomainName).sort()).toEqual([wildcard, domain, other].sort());
      expect(options.every((o) => o.ValidationMethod === "DNS")).toBe(true);
      const recordOf = (name: string) => options.find((o) => o.DomainName === name)?.ResourceRecord;
      expect(recordOf(wildcard)).toEqual(recordOf(domain));
      expect(recordOf(other)?.Name).not.toBe(recordOf(domain)?.Name);
      // Deterministic: a second read gives the same records.
      expect((await describeCertificate()).DomainValidationOptions).toEqual(options);

      // Records in a private zone are not publicly resolvable: they validate nothing.
      await change(privateZoneId, validationChange(pending, domain), validationChange(pending, other));
      expect((await describeCertificate()).Status).toBe("PENDING_VALIDATION");

      // The shared record validates both `x` and `*.x`; the certificate waits for the last domain.
      await change(publicZoneId, validationChange(pending, domain));
      const partly = await describeCertificate();
      expect(partly.Status).toBe("PENDING_VALIDATION");
      expect(statusByDomain(partly)).toEqual({
        [domain]: "SUCCESS",
        [wildcard]: "SUCCESS",
        [other]: "PENDING_VALIDATION",
      });

      await change(publicZoneId, validationChange(pending, other));
      const issued = await describeCertificate();
      expect(issued.Status).toBe("ISSUED");
      expect(issued.IssuedAt).toBeInstanceOf(Date);
      expect(Object.values(statusByDomain(issued))).toEqual(["SUCCESS", "SUCCESS", "SUCCESS"]);

      const listed = await acm.send(new ListCertificatesCommand({ CertificateStatuses: ["ISSUED"] }));
      expect(listed.CertificateSummaryList?.map((c) => c.CertificateArn)).toContain(certificateArn);
    },
    (MOTO_WAIT_SECONDS + 15) * 1000,
  );

  it("(f) lists the zone's SOA record as an SOA value", async () => {
    const page = await route53.send(new ListResourceRecordSetsCommand({ HostedZoneId: publicZoneId }));
    const soa = page.ResourceRecordSets?.find((r) => r.Type === "SOA");
    expect(soa?.ResourceRecords).toEqual([
      { Value: "ns-2048.awsdns-64.com. hostmaster.example.com. 1 7200 900 1209600 86400" },
    ]);
  });
});
