import type { Locator, Page } from "@playwright/test";

/** Every page the main navigation leads to, and the console's home. */
export const TOP_LEVEL_PAGES = [
  "/",
  "/load-balancers",
  "/target-groups",
  "/certificates",
  "/hosted-zones",
  "/health-checks",
  "/simulator",
  "/rollouts",
  "/audit",
] as const;

/** The widths the console is checked at: a phone, a small laptop, and two common desktop widths. */
export const VIEWPORT_WIDTHS = [390, 1024, 1280, 1440] as const;

/** The console shell: navigation, region selector, connection badge. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
  }

  nav(label: string) {
    return this.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: label, exact: true });
  }

  /** The button that shows and hides the navigation on a narrow screen. */
  menuButton(): Locator {
    return this.page.getByRole("button", { name: "Menu" });
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

  /** How far the page itself scrolls sideways (0 when it does not). */
  async sidewaysOverflow(): Promise<number> {
    return this.page.evaluate(() => {
      const scroller = document.scrollingElement ?? document.documentElement;
      return scroller.scrollWidth - window.innerWidth;
    });
  }
}
