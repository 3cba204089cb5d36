import type { CertificateSummary } from "@aws-sdk/client-acm";
import {
  ImportCertificateCommand,
  ListTagsForCertificateCommand,
  paginateListCertificates,
  RequestCertificateCommand,
} from "@aws-sdk/client-acm";

import { clients } from "@/lib/aws/clients";
import { callAws, toAwsError } from "@/lib/aws/errors";

import { CERTIFICATES, tagsWithName } from "./config";
import type { SeedReporter } from "./reporter";
import { selfSignedCertificate } from "./self-signed";

export interface RegionCertificates {
  /** images.example.com + *.images.example.com: imported, so ISSUED at once; the HTTPS listener uses it. */
  issuedArn: string;
  /** legacy.example.com: imported with NotAfter 20 days out, to light up "expiring soon". */
  expiringArn: string;
  /** cdn.example.com: requested, no validation record, so it stays PENDING_VALIDATION (as on AWS, with our emulator). */
  pendingArn: string;
}

const SEEDED_DOMAINS = new Set<string>(Object.values(CERTIFICATES).map((certificate) => certificate.domain));

/** ARNs of this region's seeded certificates, keyed by their Name tag. */
async function findSeededCertificates(region: string): Promise<Map<string, string>> {
  const acm = clients.acm(region);
  const candidates: CertificateSummary[] = [];
  try {
    for await (const page of paginateListCertificates({ client: acm }, {})) {
      candidates.push(
        ...(page.CertificateSummaryList ?? []).filter((summary) =>
          SEEDED_DOMAINS.has(summary.DomainName ?? ""),
        ),
      );
    }
  } catch (error) {
    throw toAwsError(error, "list the certificates");
  }

  const byName = new Map<string, string>();
  await Promise.all(
    candidates.map(async (summary) => {
      const arn = summary.CertificateArn ?? "";
      const tags = await callAws("read a certificate's tags", () =>
        acm.send(new ListTagsForCertificateCommand({ CertificateArn: arn })),
      );
      const name = tags.Tags?.find((tag) => tag.Key === "Name")?.Value;
      if (name && !byName.has(name)) byName.set(name, arn);
    }),
  );
  return byName;
}

/**
 * The three demo certificates of a region. The listener's certificate is imported rather than requested: like AWS,
 * our emulator issues a requested certificate only once its validation CNAMEs exist in a public zone, whereas an
 * imported valid certificate is ISSUED the moment the call returns.
 */
export async function seedCertificates(region: string, report: SeedReporter): Promise<RegionCertificates> {
  const acm = clients.acm(region);
  const existing = await findSeededCertificates(region);

  const ensureImported = (spec: { name: string; domain: string; sans: readonly string[]; days: number }) =>
    report.ensure(
      `${region} certificate ${spec.domain} (imported, ${spec.days} days)`,
      () => Promise.resolve(existing.get(spec.name)),
      async () => {
        const pem = await selfSignedCertificate(spec.domain, spec.sans, spec.days);
        const made = await callAws("import a demo certificate", () =>
          acm.send(
            new ImportCertificateCommand({
              Certificate: Buffer.from(pem.certificate),
              PrivateKey: Buffer.from(pem.privateKey),
              Tags: tagsWithName(spec.name),
            }),
          ),
        );
        return made.CertificateArn ?? "";
      },
    );

  const { pending } = CERTIFICATES;
  const [issuedArn, expiringArn, pendingArn] = await Promise.all([
    ensureImported(CERTIFICATES.issued),
    ensureImported(CERTIFICATES.expiring),
    report.ensure(
      `${region} certificate ${pending.domain} (requested, never validated)`,
      () => Promise.resolve(existing.get(pending.name)),
      async () => {
        const made = await callAws("request a demo certificate", () =>
          acm.send(
            new RequestCertificateCommand({
              DomainName: pending.domain,
              ValidationMethod: "DNS",
              Tags: tagsWithName(pending.name),
            }),
          ),
        );
        return made.CertificateArn ?? "";
      },
    ),
  ]);
  return { issuedArn, expiringArn, pendingArn };
}
