import { expect, type Page } from "@playwright/test";

/** The certificates pages: list, request form and a certificate's detail page. */
export class CertificatesPage {
  constructor(readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.goto("/certificates");
    await expect(this.page.getByRole("heading", { level: 1, name: "Certificates" })).toBeVisible();
  }

  /** Requests a DNS-validated certificate and lands on its page. */
  async request(domainName: string, otherNames: string[] = []): Promise<void> {
    await this.page.goto("/certificates/request");
    const form = this.page.getByRole("form", { name: "Request a public certificate" });
    await form.getByLabel("Domain name").fill(domainName);
    if (otherNames.length) await form.getByLabel("Other names (optional)").fill(otherNames.join("\n"));
    await form.getByRole("button", { name: "Request certificate" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: domainName })).toBeVisible();
  }

  /** The page header of a certificate's page: its title, status badges and the status poll's note. */
  headerStatus(domainName: string) {
    return this.page.getByRole("heading", { level: 1, name: domainName }).locator("..");
  }

  validationRecords() {
    return this.page.getByRole("table", { name: "Validation records" });
  }

  createValidationRecordsButton() {
    return this.page
      .getByRole("form", { name: "Create validation records" })
      .getByRole("button", { name: /^Create .*validation record/ });
  }

  async refresh(): Promise<void> {
    await this.page.getByRole("button", { name: "Refresh" }).click();
  }
}
