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
      page.getByRole("button", { name: "Delete…" }),
      page.getByRole("button", { name: "Create alias", exact: true }),
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

/**
 * Opens every detail page and, once its content is on screen (the records table's rows stream in after the heading,
 * the ALB page's sections after its listeners), expects each change control to be absent ("none") or there
 * ("some"). Asserting absence before the content arrives would prove nothing.
 */
async function visit(page: Page, zoneId: string, expected: "none" | "some") {
  const found = controls(page);
  const check = async (key: keyof typeof found) => {
    for (const locator of found[key]) {
      if (expected === "none") await expect(locator, `${key}: ${String(locator)}`).toHaveCount(0);
      else await expect(locator.first(), `${key}: ${String(locator)}`).toBeAttached();
    }
  };

  await page.goto(`/hosted-zones/${zoneId}`);
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.zoneName })).toBeVisible();
  await expect(page.getByRole("table", { name: "Record sets" }).getByRole("cell").first()).toBeVisible();
  await check("zone");

  await page.goto(`/load-balancers/${SEEDED.loadBalancer}`);
  await expect(page.getByRole("heading", { name: /^Listeners/ })).toBeVisible();
  // The streamed sections' placeholders carry the same headings ("Delete load balancer"…): wait until every one is
  // replaced. The advisor's section may wait for a Region scan another test started (about 4 s idle; 10x under load).
  await expect(page.getByText("Reading the hosted zones…")).toHaveCount(0, { timeout: 45_000 });
  await expect(page.getByRole("heading", { name: "DNS names pointing here" })).toBeVisible();
  await check("loadBalancer");

  await page.goto(`/target-groups/${SEEDED.blueTargetGroup}`);
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.blueTargetGroup })).toBeVisible();
  await check("targetGroup");

  await page.goto("/certificates");
  await page.getByRole("link", { name: SEEDED.certificateDomain, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.certificateDomain })).toBeVisible();
  await check("certificate");

  await page.goto("/health-checks");
  await expect(page.getByRole("heading", { level: 1, name: "Health checks" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Health checks" }).getByRole("cell").first()).toBeVisible();
  await check("healthChecks");
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
  await visit(viewerPage, zoneId, "none");

  // A change page reached by its URL says it is read-only instead of showing the editor.
  await viewerPage.goto(`/hosted-zones/${zoneId}/records/new`);
  await expect(viewerPage.getByText("Read-only for your role")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: /preview/i })).toHaveCount(0);
  await viewerPage.goto(`/hosted-zones/${zoneId}/import`);
  await expect(viewerPage.getByText("Read-only for your role")).toBeVisible();
  await viewer.close();

  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  await visit(await admin.newPage(), zoneId, "some");
  await admin.close();
});
