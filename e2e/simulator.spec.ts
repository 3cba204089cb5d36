import { expect, SEEDED, test } from "./fixtures";
import { RecordEditorPage } from "./pages/record-editor-page";
import { SimulatorPage } from "./pages/simulator-page";

test("simulate a weight change before applying it, from the hosted zone's link", async ({ page }) => {
  await page.goto("/hosted-zones");
  await page.getByRole("link", { name: SEEDED.zoneName }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.zoneName })).toBeVisible();
  await page.getByRole("link", { name: "Simulate routing" }).click();

  const simulator = new SimulatorPage(page);
  await expect(simulator.heading()).toBeVisible();
  await simulator.pickRecord("img.example.com.", "A");
  await expect(simulator.map()).toBeVisible();

  await simulator.runDistribution("10,000");
  const current = /^Current zone/;
  await expect(simulator.distributionRow(current, "img-blue")).toContainText(/(89|90|91)\.\d%/);
  await expect(simulator.distributionRow(current, "img-green")).toContainText(/(9|10|11)\.\d%/);

  await simulator.weight("img-green").fill("50");
  await expect(simulator.draftStatus()).toContainText("Draft — not applied");
  await expect(simulator.draftStatus()).toContainText("Weight of img-green: 10 → 50");
  const after = /^After — draft/;
  await expect(simulator.distributionRow(after, "img-green")).toContainText(/3[4-7]\.\d%/);
  await expect(simulator.distributionRow(/^Before — current zone/, "img-green")).toContainText(/(9|10|11)\.\d%/);

  const carry = simulator.draftStatus().getByRole("link", { name: "Carry weight 50 for img-green to the record editor" });
  await expect(carry).toHaveAttribute("href", /\/records\/edit\?key=img\.example\.com\.%7CA%7Cimg-green&weight=50$/);

  const carryHref = (await carry.getAttribute("href")) ?? "";

  await simulator.weight("img-blue").fill("50");
  const carryBoth = simulator.draftStatus().getByRole("link", { name: "Carry 2 weights to the bulk weights page" });
  await expect(carryBoth).toHaveAttribute("href", /\/weights\?names=img\.example\.com\.&w\.img-blue=50&w\.img-green=50$/);
  const carryBothHref = (await carryBoth.getAttribute("href")) ?? "";

  await simulator.draftStatus().getByRole("button", { name: "Discard draft" }).click();
  await expect(simulator.draftStatus()).toHaveCount(0);
  await expect(simulator.weight("img-green")).toHaveValue("10");

  // The carried link pre-fills the record editor with the draft's weight; nothing is applied until previewed and applied.
  await page.goto(carryHref);
  const editor = new RecordEditorPage(page);
  await expect(editor.form.getByRole("note")).toHaveText("Values carried from the simulator draft: weight 10 → 50. Preview to see the change.");
  await expect(editor.field("Record ID")).toHaveValue("img-green");
  await expect(editor.field("Weight")).toHaveValue("50");

  await page.goto(carryBothHref);
  await expect(page.getByRole("note")).toHaveText(
    "Values carried from the simulator draft: weight of img-blue 90 → 50, weight of img-green 10 → 50. Preview to see the change.",
  );
  await expect(page.getByRole("checkbox", { name: /^img\.example\.com\./ })).toBeChecked();
  await expect(page.getByLabel("Weight of “img-blue”")).toHaveValue("50");
  await expect(page.getByLabel("Weight of “img-green”")).toHaveValue("50");
});

test("click a country on the map to see the geolocation answer and why", async ({ page }) => {
  const simulator = new SimulatorPage(page);
  await page.goto("/simulator");
  await page.getByRole("link", { name: SEEDED.zoneName }).click();
  await expect(simulator.heading()).toBeVisible();

  await simulator.pickRecord("geo.example.com.", "A");
  await expect(page).toHaveURL(/name=geo\.example\.com\./);
  await expect(simulator.country("Germany")).toHaveAccessibleName("Germany: geo-europe");
  await expect(simulator.country("United States")).toHaveAccessibleName("United States: geo-us");

  await simulator.country("Germany").click();
  const answer = simulator.pickedAnswer();
  await expect(answer).toContainText("Answer for Germany");
  await expect(answer).toContainText("192.0.2.21");
  await expect(answer.getByRole("listitem").filter({ hasText: "smallest matching area" })).toContainText("geo-europe");

  await page.getByLabel("Country", { exact: true }).selectOption("US");
  await page.getByLabel("US state", { exact: true }).selectOption("CA");
  await expect(simulator.testerAnswer()).toContainText("geo-us-ca");
  await expect(simulator.testerAnswer()).toContainText("smallest matching area is subdivision US-CA");
});

test("an unknown zone says so instead of failing", async ({ page }) => {
  await page.goto("/simulator?zone=ZNOSUCHZONE000");
  await expect(page.getByText("This hosted zone does not exist")).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose another zone" })).toBeVisible();
});
