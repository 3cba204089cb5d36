import { expect, SEEDED, test } from "./fixtures";

test("hosted zones list the seeded zone and its records under every routing policy", async ({ page }) => {
  await page.goto("/hosted-zones");
  await expect(page.getByRole("heading", { level: 1, name: "Hosted zones" })).toBeVisible();
  await page.getByRole("link", { name: SEEDED.zoneName, exact: true }).click();

  await expect(page.getByRole("heading", { level: 1, name: SEEDED.zoneName })).toBeVisible();
  const table = page.getByRole("table", { name: "Record sets" });
  await expect(table).toBeVisible();

  const policy = page.getByLabel("Routing policy");
  for (const [name, routing] of [
    ["img.example.com.", "weighted"],
    ["api.example.com.", "failover"],
    ["geo.example.com.", "geolocation"],
    ["near.example.com.", "geoproximity"],
    ["lat.example.com.", "latency"],
    ["mv.example.com.", "multivalue"],
    ["www.example.com.", "simple"],
  ] as const) {
    await policy.selectOption(routing);
    await expect(table.getByRole("row").filter({ hasText: name }).first()).toBeVisible();
  }

  await policy.selectOption("");
  await page.getByLabel("Filter records").fill("img-blue");
  await expect(table.getByRole("row").filter({ hasText: "weight 90" })).toHaveCount(1);
});
