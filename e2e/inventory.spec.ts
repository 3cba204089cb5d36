import { expect, SEEDED, test } from "./fixtures";
import { AlbPage } from "./pages/alb-page";
import { ConsolePage } from "./pages/console-page";

test("load balancers list the seeded ALB with its listeners, in both regions", async ({ page }) => {
  const console = new ConsolePage(page);
  for (const region of SEEDED.regions) {
    await console.open("/load-balancers");
    await console.selectRegion(region);
    await expect(page.getByRole("heading", { level: 1, name: "Load balancers" })).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: SEEDED.loadBalancer });
    await expect(row).toBeVisible();
    await expect(row.getByText("HTTP:80", { exact: true })).toBeVisible();
    await expect(row.getByText("HTTPS:443", { exact: true })).toBeVisible();
    await expect(row.getByText("internet-facing")).toBeVisible();
  }
  await console.selectRegion("us-east-1");
});

test("a load balancer's page shows listeners, attributes and target health", async ({ page }) => {
  await page.goto("/load-balancers");
  await page.getByRole("link", { name: SEEDED.loadBalancer }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.loadBalancer })).toBeVisible();
  await expect(page.getByText("ELBSecurityPolicy-TLS13-1-2-2021-06")).toBeVisible();
  await expect(page.getByText("idle_timeout.timeout_seconds")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Target group ${SEEDED.blueTargetGroup}` })).toBeVisible();
});

test("target health shows each instance target's Availability Zone", async ({ page }) => {
  const alb = new AlbPage(page);
  await alb.open(SEEDED.loadBalancer);
  const targets = page.getByRole("table", { name: `Targets of ${SEEDED.blueTargetGroup}` });
  const rows = targets.getByRole("row").filter({ has: page.getByRole("cell", { name: /^i-[0-9a-f]+$/ }) });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row.getByRole("cell").nth(2)).toHaveText(/^us-east-1[a-f]$/);
  }
});

test("target groups show each target's health", async ({ page }) => {
  await page.goto("/target-groups");
  await expect(page.getByRole("heading", { name: SEEDED.blueTargetGroup, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: SEEDED.greenTargetGroup, exact: true })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: `Targets of ${SEEDED.blueTargetGroup}` })
      .getByText("healthy")
      .first(),
  ).toBeVisible();
});

test("certificates show status, domains and expiry", async ({ page }) => {
  await page.goto("/certificates");
  const row = page.getByRole("row").filter({ hasText: SEEDED.certificateDomain }).first();
  await expect(row).toBeVisible();
  await expect(page.getByText("pending validation").first()).toBeVisible();
  await expect(page.getByText(/in \d+ days/).first()).toBeVisible();
});
