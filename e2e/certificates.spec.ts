import {
  ListHostedZonesByNameCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";

import { expect, SEEDED, test } from "./fixtures";
import { CertificatesPage } from "./pages/certificates-page";

const route53 = new Route53Client({ region: "us-east-1" });

async function cnamesAt(name: string): Promise<string[]> {
  const zones = await route53.send(new ListHostedZonesByNameCommand({ DNSName: SEEDED.zoneName }));
  const zone = zones.HostedZones?.find(
    (candidate) => candidate.Name === SEEDED.zoneName && !candidate.Config?.PrivateZone,
  );
  if (!zone?.Id) throw new Error(`No public ${SEEDED.zoneName} zone in the emulator.`);
  const records = await route53.send(
    new ListResourceRecordSetsCommand({
      HostedZoneId: zone.Id,
      StartRecordName: name,
      StartRecordType: "CNAME",
      MaxItems: 1,
    }),
  );
  return (records.ResourceRecordSets ?? [])
    .filter((record) => record.Name === name && record.Type === "CNAME")
    .flatMap((record) => (record.ResourceRecords ?? []).map((value) => value.Value ?? ""));
}

test("request a certificate, create its validation CNAME in one click, and see it issued", async ({
  page,
}) => {
  const certificates = new CertificatesPage(page);
  const domain = `e2e-${Math.random().toString(36).slice(2, 10)}.example.com`;
  await certificates.request(domain, [`*.${domain}`]);

  await expect(page.getByText("pending validation").first()).toBeVisible();
  // `*.x` and `x` share one record: one row, one CNAME.
  const records = certificates.validationRecords();
  await expect(records.getByRole("row")).toHaveCount(2);
  await expect(records.getByText("will be created")).toBeVisible();
  const name = (await records.getByRole("row").nth(1).getByRole("cell").first().innerText()).trim();
  const value = (await records.getByRole("row").nth(1).getByRole("cell").nth(2).innerText()).trim();
  expect(name).toMatch(new RegExp(`\\.${domain.replaceAll(".", "\\.")}\\.$`));

  await certificates.createValidationRecordsButton().click();
  await expect(
    page.getByRole("status").filter({ hasText: "Created 1 validation record in example.com" }),
  ).toBeVisible();
  expect(await cnamesAt(name)).toEqual([value]);

  await expect(async () => {
    await certificates.refresh();
    await expect(certificates.headerStatus(domain).getByText("issued", { exact: true })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(
    page.getByRole("table", { name: "Validation status per domain" }).getByText("validated"),
  ).toHaveCount(2);
});

test("a pending certificate's page turns issued by itself even when every read is slower than the poll interval", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const certificates = new CertificatesPage(page);
  const domain = `e2e-${Math.random().toString(36).slice(2, 10)}.example.com`;
  await certificates.request(domain);
  await certificates.createValidationRecordsButton().click();
  await expect(page.getByRole("status").filter({ hasText: "Created 1 validation record" })).toBeVisible();

  // From now on every server call and page refresh takes 7 s, longer than the 5 s poll interval: polls must wait
  // for each other instead of cancelling each other.
  await page.route("**/certificates/**", async (route) => {
    const headers = route.request().headers();
    if (headers["next-action"] !== undefined || headers["rsc"] === "1")
      await new Promise((resolve) => setTimeout(resolve, 7_000));
    await route.continue();
  });

  // Nobody clicks Refresh: the page finds out by itself.
  await expect(certificates.headerStatus(domain).getByText("issued", { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText(/^Last checked \d/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Refresh", exact: true })).toBeEnabled();
  await expect(page.getByText("Refreshing…")).toHaveCount(0);
});

test("the list flags imported and expiring certificates and links listeners by name and port", async ({
  page,
}) => {
  const certificates = new CertificatesPage(page);
  await certificates.openList();
  const row = page.getByRole("row").filter({ hasText: SEEDED.certificateDomain }).first();
  await expect(row.getByText("imported · no auto-renewal")).toBeVisible();
  await expect(row.getByRole("link", { name: `${SEEDED.loadBalancer} HTTPS:443` })).toHaveAttribute(
    "href",
    `/load-balancers/${SEEDED.loadBalancer}`,
  );
  // images-us.example.com aliases the ALB but *.images.example.com does not cover it (one label only).
  await expect(row.getByText(/not covered:.*images-us\.example\.com/)).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: "legacy.example.com" })
      .getByText(/in \d+ days/),
  ).toBeVisible();
});

test("deleting a certificate in use is refused, naming the listener", async ({ page }) => {
  const certificates = new CertificatesPage(page);
  await certificates.openList();
  await page.getByRole("link", { name: SEEDED.certificateDomain, exact: true }).click();
  await page.getByRole("button", { name: "Delete certificate…" }).click();
  await page
    .getByRole("form", { name: `Confirm deleting certificate ${SEEDED.certificateDomain}` })
    .getByRole("button", { name: "Delete certificate" })
    .click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: new RegExp(`still in use by .*${SEEDED.loadBalancer} HTTPS:443`) }),
  ).toBeVisible();
});

test("an import with a malformed key shows a field error and never echoes the key", async ({ page }) => {
  await page.goto("/certificates/import");
  const form = page.getByRole("form", { name: "Import a certificate" });
  await form
    .getByLabel("Certificate body (PEM)")
    .fill("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
  await form.getByLabel("Private key (PEM, unencrypted)").fill("not-a-key-SECRET123");
  await form.getByRole("button", { name: "Import certificate" }).click();
  await expect(form.getByText("The private key must be PEM-encoded")).toBeVisible();
  await expect(form.getByLabel("Private key (PEM, unencrypted)")).toHaveValue("");
  await expect(page.getByText("SECRET123")).toHaveCount(0);
});
