import type { Page } from "@playwright/test";

/** The console shell: navigation, region selector, connection badge. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
  }

  nav(label: string) {
    return this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true });
  }

  regionSelect() {
    return this.page.getByLabel("Region");
  }

  heading(name: string | RegExp) {
    return this.page.getByRole("heading", { level: 1, name });
  }

  async selectRegion(region: string): Promise<void> {
    await this.regionSelect().selectOption(region);
    await this.page.waitForLoadState("networkidle");
  }
}
