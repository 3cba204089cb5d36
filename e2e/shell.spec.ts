import { E2E_DOWN_URL, expect, test } from "./fixtures";
import { ConsolePage } from "./pages/console-page";

test("the shell shows navigation, the region selector and that it talks to the local emulator", async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open("/hosted-zones");

  for (const label of ["Load balancers", "Target groups", "Certificates", "Hosted zones", "Simulator", "Rollouts", "Audit log"]) {
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

test("the audit log page renders", async ({ page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
});
