import type { ConsoleMessage, Response } from "@playwright/test";

import { E2E_DOWN_URL, expect, SEEDED, test } from "./fixtures";
import { ConsolePage, TOP_LEVEL_PAGES, VIEWPORT_WIDTHS } from "./pages/console-page";
import { HostedZonesPage, uniqueName } from "./pages/zones-bulk-pages";

test("the shell shows navigation, the region selector and that it talks to the local emulator", async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open("/hosted-zones");

  for (const label of [
    "Load balancers",
    "Target groups",
    "Certificates",
    "Hosted zones",
    "Simulator",
    "Rollouts",
    "Audit log",
    "IAM policy",
  ]) {
    await expect(console.nav(label)).toBeVisible();
  }
  await expect(console.nav("Hosted zones")).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Local emulator", { exact: true })).toBeVisible();
  await expect(console.regionSelect()).toHaveValue("us-east-1");
});

test("the console explains what to do when AWS cannot be reached", async ({ page }) => {
  await page.goto(`${E2E_DOWN_URL}/load-balancers`);
  await expect(page.getByRole("heading", { name: "Cannot reach AWS" })).toBeVisible();
  await expect(page.getByText("npm run demo", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("Local emulator: unreachable")).toBeVisible();
});

test("the audit log works while AWS cannot be reached: it is the console's own data", async ({ page }) => {
  await page.goto(`${E2E_DOWN_URL}/audit`);
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cannot reach AWS" })).toHaveCount(0);
  // The header still says AWS is down, and an AWS page reached by client-side navigation still explains it.
  await expect(page.getByText("Local emulator: unreachable")).toBeVisible();
  await page.getByRole("link", { name: "Load balancers" }).first().click();
  await expect(page.getByRole("heading", { name: "Cannot reach AWS" })).toBeVisible();
});

test("the audit log page renders", async ({ page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
});

test("a first visit loads the console's icon and static files without a 404 or a console error", async ({
  page,
  request,
}) => {
  const failures: string[] = [];
  const errors: string[] = [];
  page.on("response", (response: Response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") errors.push(message.text());
  });

  await page.goto("/hosted-zones");
  await expect(page.getByRole("heading", { level: 1, name: "Hosted zones" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  // Chromium asks for /favicon.ico by itself on a first visit, whatever the page links to.
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect(failures).toEqual([]);
  expect(errors).toEqual([]);

  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", /\/icon\.svg/);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    "href",
    /\/apple-touch-icon\.png/,
  );
  for (const [path, type] of [
    ["/icon.svg", /image\/svg\+xml/],
    ["/apple-touch-icon.png", /image\/png/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain("Disallow: /");
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the navigation collapses behind a Menu button that the keyboard opens and closes", async ({
    page,
  }) => {
    const console = new ConsolePage(page);
    await console.open("/hosted-zones");
    await expect(console.heading("Hosted zones")).toBeVisible();

    await expect(console.menuButton()).toHaveAttribute("aria-expanded", "false");
    await expect(console.nav("Load balancers")).toBeHidden();

    await console.menuButton().focus();
    await page.keyboard.press("Enter");
    await expect(console.menuButton()).toHaveAttribute("aria-expanded", "true");
    await expect(console.nav("Load balancers")).toBeVisible();
    await expect(console.nav("Hosted zones")).toHaveAttribute("aria-current", "page");

    await page.keyboard.press("Escape");
    await expect(console.menuButton()).toHaveAttribute("aria-expanded", "false");
    await expect(console.nav("Load balancers")).toBeHidden();
    await expect(console.menuButton()).toBeFocused();

    // Following a link closes the menu on the new page.
    await page.keyboard.press("Space");
    await console.nav("Certificates").click();
    await expect(console.heading("Certificates")).toBeVisible();
    await expect(console.menuButton()).toHaveAttribute("aria-expanded", "false");
    await expect(console.nav("Certificates")).toBeHidden();
  });
});

test.describe("tables on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the hosted zones and audit tables scroll inside their own box, so the last column is reachable", async ({
    page,
  }) => {
    // Creating a zone also writes an audit entry, so both tables have rows.
    const zoneName = `${uniqueName("phone")}.example.org.`;
    await new HostedZonesPage(page).createPublicZone(zoneName.replace(/\.$/, ""));
    const console = new ConsolePage(page);

    const tables = [
      {
        path: "/hosted-zones",
        caption: "Hosted zones",
        last: page.getByRole("button", { name: `Delete ${zoneName}` }),
      },
      { path: "/audit", caption: "Audit entries", last: page.getByRole("columnheader", { name: "Summary" }) },
    ];
    for (const { path, caption, last } of tables) {
      await console.open(path);
      await expect(page.getByRole("table", { name: caption })).toBeVisible();
      expect(await console.sidewaysOverflow(), path).toBeLessThanOrEqual(0);
      await page.getByRole("region", { name: caption }).evaluate((element) => {
        element.scrollLeft = element.scrollWidth;
      });
      // Whole, give or take a sub-pixel: a column's width can end in a fraction of a pixel that scrolling rounds off.
      await expect(last, path).toBeInViewport({ ratio: 0.99 });
    }
  });
});

for (const width of VIEWPORT_WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("no top-level page scrolls sideways", async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const console = new ConsolePage(page);
      for (const path of TOP_LEVEL_PAGES) {
        await console.open(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        // Let streamed sections arrive; a page that polls (rollouts) never goes idle, so do not wait for ever.
        await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
        expect(await console.sidewaysOverflow(), `${path} at ${width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: testInfo.outputPath(`${width}${path === "/" ? "/home" : path}.png`),
          fullPage: true,
        });
      }
      // The navigation is a sidebar from the tablet width up, and a Menu button below it.
      if (width < 768) await expect(console.menuButton()).toBeVisible();
      else {
        await expect(console.menuButton()).toBeHidden();
        await expect(console.nav("Simulator")).toBeVisible();
      }
    });
  });
}

for (const width of [1024, 1280] as const) {
  test(`the records table's header and rows scroll together and nothing is clipped at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/hosted-zones");
    await page.getByRole("link", { name: SEEDED.zoneName, exact: true }).click();
    const table = page.getByRole("table", { name: "Record sets" });
    const healthHeader = table.getByRole("columnheader", { name: "Health check" });
    const row = table.getByRole("row").filter({ hasText: "img-green" });
    await expect(row).toBeVisible();
    expect(await new ConsolePage(page).sidewaysOverflow()).toBeLessThanOrEqual(0);

    // Scroll the table's box all the way sideways: the last column comes fully into view, header and cell aligned.
    const box = table.getByLabel("Record sets, scrollable");
    await box.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    const tableBox = await table.boundingBox();
    const headerBox = await healthHeader.boundingBox();
    const cellBox = await row.getByRole("cell").last().boundingBox();
    const editBox = await row
      .getByRole("link", { name: /^Edit A img\.example\.com\. img-green/ })
      .boundingBox();
    if (!tableBox || !headerBox || !cellBox || !editBox) throw new Error("the table is not laid out");
    expect(headerBox.x + headerBox.width).toBeLessThanOrEqual(tableBox.x + tableBox.width);
    expect(Math.abs(headerBox.x - cellBox.x)).toBeLessThan(1);
    expect(editBox.x + editBox.width).toBeLessThanOrEqual(tableBox.x + tableBox.width);
    await expect(healthHeader).toBeInViewport({ ratio: 1 });
  });
}
