import { expect, type Locator, type Page } from "@playwright/test";

/** A name no other test (or earlier run) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

async function settle(page: Page): Promise<void> {
  // Client forms work once hydrated; the network going quiet after navigation is a good enough signal.
  await page.waitForLoadState("networkidle");
}

/** The hosted zones list, create page and a zone's page. */
export class HostedZonesPage {
  constructor(readonly page: Page) {}

  /** Creates a public zone through the form and returns its id (the form opens the new zone). */
  async createPublicZone(name: string): Promise<string> {
    await this.page.goto("/hosted-zones/new");
    await settle(this.page);
    const form = this.page.getByRole("form", { name: "Create hosted zone" });
    await form.getByLabel("Domain name").fill(name);
    await form.getByRole("button", { name: "Create hosted zone" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: `${name}.` })).toBeVisible({
      timeout: 30_000,
    });
    const zoneId = new URL(this.page.url()).pathname.split("/").at(-1);
    if (!zoneId) throw new Error("No zone id in the URL");
    return zoneId;
  }

  row(zoneName: string): Locator {
    return this.page
      .getByRole("row")
      .filter({ has: this.page.getByRole("link", { name: zoneName, exact: true }) });
  }

  /** Clicks Delete then confirms, on the hosted zones list. */
  async deleteZone(zoneName: string): Promise<Locator> {
    await this.page.goto("/hosted-zones");
    await settle(this.page);
    const row = this.row(zoneName);
    await row.getByRole("button", { name: `Delete ${zoneName}` }).click();
    await row.getByRole("button", { name: "Delete zone" }).click();
    return row;
  }

  /**
   * A zone page's records table count (its role=status), e.g. "1,997 record sets" once every page streamed in. The
   * header's "N record sets" is Route 53's own count, there at once: a bare getByText matched both.
   */
  recordCount(): Locator {
    return this.page.getByRole("status").filter({ hasText: "record sets" });
  }
}

/** Import, bulk weights: the zone's bulk pages. */
export class ZoneBulkPage {
  constructor(readonly page: Page) {}

  async openImport(zoneId: string): Promise<void> {
    await this.page.goto(`/hosted-zones/${zoneId}/import`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Import records" })).toBeVisible();
    await settle(this.page);
  }

  async uploadFile(name: string, text: string): Promise<void> {
    await this.page
      .getByLabel("Upload a file")
      .setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
    await expect(this.page.getByText(`Loaded ${name}`)).toBeVisible();
  }

  /** Chooses a file the page refuses before loading it (over the import limit). */
  async chooseFile(name: string, bytes: Buffer): Promise<Locator> {
    const input = this.page.getByLabel("Upload a file");
    await input.setInputFiles({ name, mimeType: "text/plain", buffer: bytes });
    return input;
  }

  async paste(format: "BIND zone file" | "JSON (ListResourceRecordSets)", text: string): Promise<void> {
    await this.page.getByLabel(format).check();
    await this.page.getByLabel("Or paste it").fill(text);
  }

  async preview(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Preview import" }).click();
    const preview = this.page.getByRole("region", { name: "Import preview" });
    await expect(preview).toBeVisible();
    return preview;
  }

  async applyImport(count: number): Promise<void> {
    await this.page
      .getByRole("button", {
        name: `Create ${count.toLocaleString("en-US")} record set${count === 1 ? "" : "s"}`,
      })
      .click();
    const created = `Created ${count.toLocaleString("en-US")} record set${count === 1 ? "" : "s"} in`;
    await expect(this.page.getByRole("status").filter({ hasText: created })).toBeVisible({ timeout: 60_000 });
  }

  async openWeights(zoneId: string): Promise<void> {
    await this.page.goto(`/hosted-zones/${zoneId}/weights`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Bulk weights" })).toBeVisible();
    await settle(this.page);
  }
}

/** The health checks list and create page. */
export class HealthChecksPage {
  constructor(readonly page: Page) {}

  async create(fields: {
    type: string;
    domain: string;
    port: string;
    path: string;
    interval: "10" | "30";
    failureThreshold: string;
    searchString?: string;
  }): Promise<void> {
    await this.page.goto("/health-checks/new");
    await settle(this.page);
    const form = this.page.getByRole("form", { name: "Create health check" });
    await form.getByLabel("What to monitor").selectOption(fields.type);
    await form.getByLabel("Domain name", { exact: true }).fill(fields.domain);
    await form.getByLabel("Port").fill(fields.port);
    await form.getByLabel("Path").fill(fields.path);
    await form.getByLabel("Request interval").selectOption(fields.interval);
    await form.getByLabel("Failure threshold").fill(fields.failureThreshold);
    if (fields.searchString !== undefined) await form.getByLabel("Search string").fill(fields.searchString);
    await form.getByRole("button", { name: "Create health check" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Health checks" })).toBeVisible();
  }

  row(text: string): Locator {
    return this.page.getByRole("table", { name: "Health checks" }).getByRole("row").filter({ hasText: text });
  }
}
