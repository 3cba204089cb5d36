import { expect, SEEDED, test } from "./fixtures";
import { AlbPage } from "./pages/alb-page";
import { HealthChecksPage, HostedZonesPage, uniqueName, ZoneBulkPage } from "./pages/zones-bulk-pages";

test("a zone with a record can't be deleted, and the refusal says why", async ({ page }) => {
  const zones = new HostedZonesPage(page);
  const bulk = new ZoneBulkPage(page);
  const zoneName = `${uniqueName("del")}.example.org`;
  const zoneId = await zones.createPublicZone(zoneName);

  await bulk.openImport(zoneId);
  await bulk.paste("BIND zone file", "$TTL 300\nwww IN A 192.0.2.10\n");
  const preview = await bulk.preview();
  await expect(preview.getByText("1 to create")).toBeVisible();
  await expect(preview.getByText("0 errors", { exact: true })).toBeVisible();
  await bulk.applyImport(1);
  await expect(
    page.getByText(/^Created 1 record set in one change batch \(change [\w-]+\)\.$/),
  ).toBeVisible();

  const row = await zones.deleteZone(`${zoneName}.`);
  await expect(row.getByRole("alert")).toContainText(
    `can't be deleted: it still has 1 record set besides its NS and SOA records (www.${zoneName}. A)`,
  );
  await page.reload();
  await expect(zones.row(`${zoneName}.`)).toBeVisible();
});

test("importing a 2,000-line BIND zone file shows errors by line, then creates every record in batches", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const zones = new HostedZonesPage(page);
  const bulk = new ZoneBulkPage(page);
  const zoneName = `${uniqueName("imp")}.example.org`;
  const zoneId = await zones.createPublicZone(zoneName);

  const lines = [
    `$ORIGIN ${zoneName}.`,
    "$TTL 300",
    `@ IN SOA ns1.${zoneName}. hostmaster.${zoneName}. 1 7200 900 1209600 86400`,
    `@ IN NS ns1.${zoneName}.`,
  ];
  for (let index = lines.length; index < 2_000; index++)
    lines.push(`host-${index} IN A 10.${Math.floor(index / 250) % 250}.${index % 250}.1`);
  lines[10] = "broken IN A 999.1.1.1";
  await bulk.openImport(zoneId);
  await bulk.uploadFile("big.zone", `${lines.join("\n")}\n`);
  const preview = await bulk.preview();

  const creates = 2_000 - 4 - 1;
  await expect(preview.getByText(`${creates.toLocaleString("en-US")} to create`)).toBeVisible();
  await expect(preview.getByRole("list", { name: "Parse errors" })).toContainText("Line 11");
  await expect(preview.getByRole("list", { name: "Skipped records" })).toContainText("SOA");
  await expect(preview.getByRole("list", { name: "Skipped records" })).toContainText("NS");
  await expect(preview).toContainText("They need 2 change batches");
  await expect(preview).toContainText("applied one after another; each is atomic");
  await expect(preview.getByText("1 error", { exact: true })).toBeVisible();
  // The file input still names the loaded file after the preview (the form's reset used to clear it).
  await expect(page.getByLabel("Upload a file")).toHaveValue(/big\.zone$/);

  await bulk.applyImport(creates);
  await expect(
    page.getByText(
      new RegExp(
        `^Created ${creates.toLocaleString("en-US")} record sets in 2 change batches, applied one after another \\(changes C`,
      ),
    ),
  ).toBeVisible();
  // The records table's own count once every page has streamed in ("… loading more" until then).
  await page.goto(`/hosted-zones/${zoneId}`);
  await expect(zones.recordCount()).toHaveText(`${(creates + 2).toLocaleString("en-US")} record sets`, {
    timeout: 60_000,
  });
});

test("bulk weights set blue 90 / green 10 across two names after a preview", async ({ page }) => {
  const zones = new HostedZonesPage(page);
  const bulk = new ZoneBulkPage(page);
  const zoneName = `${uniqueName("wts")}.example.org`;
  const zoneId = await zones.createPublicZone(zoneName);

  const weighted = ["img", "api"].flatMap((label) =>
    ["blue", "green"].map((id, index) => ({
      Name: `${label}.${zoneName}.`,
      Type: "A",
      SetIdentifier: id,
      Weight: 50,
      TTL: 60,
      ResourceRecords: [{ Value: `192.0.2.${index + 1}` }],
    })),
  );
  await bulk.openImport(zoneId);
  await bulk.paste("JSON (ListResourceRecordSets)", JSON.stringify({ ResourceRecordSets: weighted }));
  await bulk.preview();
  await bulk.applyImport(4);

  await bulk.openWeights(zoneId);
  await page.getByRole("checkbox", { name: new RegExp(`^img\\.${zoneName}`) }).check();
  await page.getByRole("checkbox", { name: new RegExp(`^api\\.${zoneName}`) }).check();
  await page.getByLabel("Weight of “blue”").fill("90");
  await page.getByLabel("Weight of “green”").fill("10");
  await page.getByRole("button", { name: "Preview changes" }).click();

  const changes = page.getByRole("table", { name: "Weight changes" });
  await expect(changes.getByRole("row", { name: /^Weight/ })).toHaveCount(4);
  await expect(
    changes
      .getByRole("rowgroup")
      .filter({ hasText: `img.${zoneName}. A blue` })
      .getByRole("row", { name: /^Weight/ })
      .getByRole("cell"),
  ).toHaveText(["50", "90"]);
  await page.getByRole("button", { name: "Apply 4 weight changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "4 records changed" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: new RegExp(`^img\\.${zoneName}`) })).toHaveAccessibleName(
    /blue 90 \(90%\) · green 10 \(10%\)/,
  );
});

test("a new health check is listed with its endpoint, path, interval, threshold and status", async ({
  page,
}) => {
  const checks = new HealthChecksPage(page);
  const domain = `${uniqueName("hc")}.example.net`;
  await checks.create({
    type: "HTTPS_STR_MATCH",
    domain,
    port: "8443",
    path: "/ready",
    interval: "10",
    failureThreshold: "2",
    searchString: "ready",
  });

  const row = checks.row(domain);
  await expect(row).toContainText(`${domain}:8443`);
  await expect(row).toContainText("HTTPS_STR_MATCH");
  await expect(row).toContainText("/ready");
  await expect(row).toContainText("10 s");
  await expect(row).toContainText("contains “ready”");
  await expect(row).toContainText("Healthy");
});

test("an alias record to the seeded ALB is previewed and created from the load balancer page", async ({
  page,
}) => {
  const label = uniqueName("alias");
  await page.goto(`/load-balancers/${SEEDED.loadBalancer}`);
  await page.waitForLoadState("networkidle");
  const card = await new AlbPage(page).openAliasForm();
  await expect(card.getByLabel("Record name")).toHaveValue(`images.${SEEDED.zoneName.replace(/\.$/, "")}`);

  await card.getByLabel("Record name").fill(`${label}.example.com`);
  await card.getByRole("button", { name: "Preview alias record" }).click();
  const preview = card.getByRole("region", { name: "Alias preview" });
  await expect(preview).toContainText(`${label}.example.com.`);
  await expect(preview).toContainText("evaluate target health true");
  await card.getByRole("button", { name: "Create alias record" }).click();
  await expect(card.getByRole("status")).toContainText(`Created the A alias ${label}.example.com`);

  await page.goto("/hosted-zones");
  await page.getByRole("link", { name: SEEDED.zoneName, exact: true }).click();
  await page.getByRole("searchbox", { name: "Filter records" }).fill(label);
  await expect(
    page
      .getByRole("table", { name: "Record sets" })
      .getByRole("row")
      .filter({ hasText: `${label}.example.com.` }),
  ).toContainText("alias");
});

test("a 1.5 MB zone file previews; a file over the 5 MB import limit is refused at the field and nothing is posted", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const zones = new HostedZonesPage(page);
  const bulk = new ZoneBulkPage(page);
  const zoneName = `${uniqueName("big")}.example.org`;
  const zoneId = await zones.createPublicZone(zoneName);

  // 7,000 TXT records of about 220 bytes: above Next's default 1 MB server-action body, below the 5 MB limit.
  const lines = [`$ORIGIN ${zoneName}.`, "$TTL 300"];
  for (let index = 0; index < 7_000; index++) lines.push(`t${index} IN TXT "${"x".repeat(200)}"`);
  const text = `${lines.join("\n")}\n`;
  expect(Buffer.byteLength(text)).toBeGreaterThan(1_500_000);
  await bulk.openImport(zoneId);
  await bulk.uploadFile("large.zone", text);
  const preview = await bulk.preview();
  await expect(preview.getByText("7,000 to create")).toBeVisible();

  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  const input = await bulk.chooseFile("huge.zone", Buffer.alloc(5_200_000, "a"));
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/^This is 5\.2 MB; an import takes at most 5 MB\./)).toBeVisible();
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByLabel("Or paste it")).toHaveValue("");
  expect(posts).toEqual([]);
});
