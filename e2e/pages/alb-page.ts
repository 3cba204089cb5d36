import { expect, type Locator, type Page } from "@playwright/test";

/** A load balancer's page and its edit flows (review → apply). */
export class AlbPage {
  constructor(readonly page: Page) {}

  async open(name: string): Promise<void> {
    await this.page.goto(`/load-balancers/${encodeURIComponent(name)}`);
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
  }

  /** The review step of whatever is being changed (its section is named after the change). */
  review(name: string | RegExp): Locator {
    return this.page.getByRole("region", { name });
  }

  /** The row of a preview table for one setting. */
  previewRow(review: Locator, setting: string): Locator {
    return review.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: setting }) });
  }

  async editAttributes(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Edit attributes" }).click();
    return this.page.getByRole("form", { name: "Edit attributes" });
  }

  async reviewAndApply(review: Locator, button = "Apply changes"): Promise<void> {
    await review.getByRole("button", { name: button }).click();
    await expect(review).toBeHidden();
  }

  rules(listener: string): Locator {
    return this.page.getByRole("table", { name: `Rules of ${listener}` });
  }

  async startAddRule(listener: string): Promise<Locator> {
    await this.page.getByRole("button", { name: `Add rule to ${listener}` }).click();
    return this.page.getByRole("form", { name: `Add a rule to ${listener}` });
  }

  async fillRule(
    form: Locator,
    rule: { priority: string; path: string; targets: { group: string; weight: string }[] },
  ): Promise<void> {
    await form.getByLabel("Priority", { exact: true }).fill(rule.priority);
    await form.getByLabel("Condition 1 type").selectOption("path-pattern");
    await form.getByLabel("Condition 1 values").fill(rule.path);
    for (const [index, target] of rule.targets.entries()) {
      if (index > 0) await form.getByRole("button", { name: "Add target group" }).click();
      const select = form.getByLabel(`Target group ${index + 1}`, { exact: true });
      const value = await select
        .locator("option", { hasText: new RegExp(`^${target.group} `) })
        .getAttribute("value");
      await select.selectOption(value ?? "");
      await form.getByLabel(`Weight ${index + 1}`, { exact: true }).fill(target.weight);
    }
  }

  deleteForm(): Locator {
    return this.page.getByRole("form", { name: "Delete load balancer" });
  }

  /** Opens the deletion form ("Delete…"), whose code loads only then. */
  async openDeletion(): Promise<Locator> {
    const form = this.deleteForm();
    await this.openLazily(this.page.getByRole("button", { name: "Delete…" }), form);
    return form;
  }

  /** Opens the alias form of the "Create alias record" card, whose code loads only then; returns the card. */
  async openAliasForm(): Promise<Locator> {
    const card = this.page
      .locator("section")
      .filter({ has: this.page.getByRole("heading", { name: "Create alias record" }) });
    await this.openLazily(
      card.getByRole("button", { name: "Create alias", exact: true }),
      card.getByLabel("Record name"),
    );
    return card;
  }

  /**
   * Clicks an opener until what it opens is shown: the streamed sections' buttons are on screen before React
   * hydrates them, and a click then does nothing.
   */
  private async openLazily(opener: Locator, opened: Locator): Promise<void> {
    await expect(async () => {
      if (!(await opened.isVisible())) await opener.click({ timeout: 2_000 });
      await expect(opened).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
  }

  /** Types the name to confirm and opens the deletion's review (nothing is sent yet). */
  async reviewDeletion(name: string): Promise<Locator> {
    const form = this.deleteForm();
    await form.getByLabel(`Type ${name} to confirm`).fill(name);
    await form.getByRole("button", { name: "Review deletion" }).click();
    return this.page.getByRole("region", { name: `Delete ${name}`, exact: true });
  }
}
