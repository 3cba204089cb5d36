import { expect, type Locator, type Page } from "@playwright/test";

/** The record editor (create and edit pages) and the zone's records table around it. */
export class RecordEditorPage {
  constructor(readonly page: Page) {}

  /** Opens the zone from the hosted zones list and returns its id. */
  async openZone(zoneName: string): Promise<string> {
    await this.page.goto("/hosted-zones");
    await this.page.getByRole("link", { name: zoneName, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: zoneName })).toBeVisible();
    const zoneId = new URL(this.page.url()).pathname.split("/").at(-1);
    if (!zoneId) throw new Error("No zone id in the URL");
    return zoneId;
  }

  async openCreate(zoneId: string): Promise<void> {
    await this.page.goto(`/hosted-zones/${zoneId}/records/new`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Create record" })).toBeVisible();
  }

  get form(): Locator {
    return this.page.getByRole("form");
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async fill(fields: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(fields)) {
      const control = this.field(label);
      const tag = await control.evaluate((element) => element.tagName);
      if (tag === "SELECT") await control.selectOption(value);
      else await control.fill(value);
    }
  }

  async choosePolicy(policy: string): Promise<void> {
    await this.field("Routing policy").selectOption(policy);
  }

  async preview(): Promise<void> {
    await this.form.getByRole("button", { name: "Preview" }).click();
  }

  async applyAndWait(): Promise<void> {
    await expect(
      this.form.getByRole("region", { name: "Preview" }).or(this.page.getByText(/change batch/)),
    ).toBeVisible();
    await this.form.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(this.page.getByRole("heading", { name: /Change submitted|Record deleted/ })).toBeVisible();
  }

  /** The error message attached to a field through aria-describedby. */
  async fieldError(label: string): Promise<string> {
    const control = this.field(label);
    await expect(control).toHaveAttribute("aria-invalid", "true");
    const ids = (await control.getAttribute("aria-describedby")) ?? "";
    const errorId = ids.split(" ").find((id) => id.endsWith("-error"));
    if (!errorId) throw new Error(`${label} has no error message`);
    return (await this.page.locator(`#${errorId}`).textContent()) ?? "";
  }

  /** The records table of the zone, filtered to `name`. */
  async rowsFor(zoneId: string, name: string): Promise<Locator> {
    await this.page.goto(`/hosted-zones/${zoneId}`);
    const table = this.page.getByRole("table", { name: "Record sets" });
    await expect(table).toBeVisible();
    await this.page.getByRole("searchbox", { name: "Filter records" }).fill(name);
    // Every page of the zone streamed in and the filter applied: only then does "no such row" mean anything.
    await expect(this.page.getByRole("status").filter({ hasText: "record sets" })).toHaveText(
      /record sets match$/,
    );
    return table.getByRole("row").filter({ hasText: name });
  }
}
