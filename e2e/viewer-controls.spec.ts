import type { Browser, Page } from "@playwright/test";

import { expect, SEEDED, STORAGE_STATE, test } from "./fixtures";
import { RecordEditorPage } from "./pages/record-editor-page";

/** The change controls each detail page offers to a role that may change it, by accessible name. */
function controls(page: Page) {
  return {
    zone: [
      page.getByRole("link", { name: "Create record" }),
      page.getByRole("link", { name: "Import" }),
      page.getByRole("link", { name: "Bulk weights" }),
      page.getByRole("link", { name: /^Edit / }),
    ],
    loadBalancer: [
      page.getByRole("button", { name: "Edit attributes" }),
      page.getByRole("button", { name: "Edit subnets and security groups" }),
      page.getByRole("button", { name: "Add listener" }),
      page.getByRole("button", { name: /^Edit listener / }),
      page.getByRole("button", { name: /^Delete listener / }),
      page.getByRole("button", { name: /^Add rule to / }),
      page.getByRole("heading", { name: "Delete load balancer" }),
    ],
    targetGroup: [
      page.getByRole("form", { name: "Register targets" }),
      page.getByRole("form", { name: "Health check settings" }),
      page.getByRole("form", { name: "Target group attributes" }),
    ],
    certificate: [page.getByRole("button", { name: /^Delete certificate/ })],
    healthChecks: [page.getByRole("button", { name: /^Delete/ })],
  };
}

async function visit(page: Page, zoneId: string) {
  const found = controls(page);
  const seen: Record<string, number[]> = {};
  const count = async (key: keyof typeof found) => {
    seen[key] = await Promise.all(found[key].map((locator) => locator.count()));
  };

  await page.goto(`/hosted-zones/${zoneId}`);
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.zoneName })).toBeVisible();
  await expect(page.getByRole("link", { name: "Simulate routing" })).toBeVisible();
  await count("zone");

  await page.goto(`/load-balancers/${SEEDED.loadBalancer}`);
  await expect(page.getByRole("heading", { name: /^Listeners/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "DNS names pointing here" })).toBeVisible();
  await count("loadBalancer");

  await page.goto(`/target-groups/${SEEDED.blueTargetGroup}`);
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.blueTargetGroup })).toBeVisible();
  await count("targetGroup");

  await page.goto("/certificates");
  await page.getByRole("link", { name: SEEDED.certificateDomain, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.certificateDomain })).toBeVisible();
  await count("certificate");

  await page.goto("/health-checks");
  await expect(page.getByRole("heading", { level: 1, name: "Health checks" })).toBeVisible();
  await count("healthChecks");
  return seen;
}

async function seededZoneId(browser: Browser): Promise<string> {
  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const zoneId = await new RecordEditorPage(await admin.newPage()).openZone(SEEDED.zoneName);
  await admin.close();
  return zoneId;
}

test("a viewer reads every detail page without an edit, create or delete control; an admin gets them", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const zoneId = await seededZoneId(browser);

  const viewer = await browser.newContext({ storageState: STORAGE_STATE.viewer });
  const viewerPage = await viewer.newPage();
  const viewerSeen = await visit(viewerPage, zoneId);
  for (const [page, counts] of Object.entries(viewerSeen)) expect(counts, page).toEqual(counts.map(() => 0));

  // A change page reached by its URL says it is read-only instead of showing the editor.
  await viewerPage.goto(`/hosted-zones/${zoneId}/records/new`);
  await expect(viewerPage.getByText("Read-only for your role")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: /preview/i })).toHaveCount(0);
  await viewerPage.goto(`/hosted-zones/${zoneId}/import`);
  await expect(viewerPage.getByText("Read-only for your role")).toBeVisible();
  await viewer.close();

  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const adminSeen = await visit(await admin.newPage(), zoneId);
  for (const [page, counts] of Object.entries(adminSeen))
    expect(
      counts.every((n) => n > 0),
      `${page}: ${counts.join(",")}`,
    ).toBe(true);
  await admin.close();
});
