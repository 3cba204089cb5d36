import { expect, type Locator, type Page } from "@playwright/test";

export interface CustomStepInput {
  percent: number;
  bakeSeconds: number;
  approval?: boolean;
}

/** /rollouts/new on a target: versions, strategy, gates, the timeline preview and Start. */
export class RolloutPlannerPage {
  constructor(readonly page: Page) {}

  async promote(backendId: string): Promise<void> {
    await this.page.getByLabel("Version to promote").selectOption(backendId);
  }

  async customSteps(steps: CustomStepInput[]): Promise<void> {
    await this.page.getByRole("radio", { name: /Custom steps/ }).check();
    const remove = this.page.getByRole("button", { name: /^Remove step/ });
    // Count the default steps once they are on screen, then wait for each click to show.
    await expect(this.page.getByLabel("Step 1: share of the new version (%)")).toBeVisible();
    let shown = await remove.count();
    for (; shown > steps.length; shown--) {
      await remove.last().click();
      await expect(remove).toHaveCount(shown - 1);
    }
    for (; shown < steps.length; shown++) {
      await this.page.getByRole("button", { name: "Add step" }).click();
      await expect(remove).toHaveCount(shown + 1);
    }
    for (const [index, step] of steps.entries()) {
      await this.page
        .getByLabel(`Step ${index + 1}: share of the new version (%)`)
        .fill(String(step.percent));
      await this.page.getByLabel(`Step ${index + 1}: bake (seconds)`).fill(String(step.bakeSeconds));
      await this.page.getByLabel(`Approval before step ${index + 1}`).setChecked(step.approval ?? false);
    }
  }

  analysis(): Locator {
    return this.page.getByLabel(/^Canary analysis/);
  }

  preview(): Locator {
    return this.page.getByRole("region", { name: "Plan preview" });
  }

  /** Fills the reason and starts; resolves on the new rollout's live page. */
  async start(reason: string): Promise<void> {
    await this.page.getByLabel("Why (for the history and the audit log)").fill(reason);
    await this.page.getByRole("button", { name: "Start rollout" }).click();
  }
}

/** /rollouts/[id]: status, commands, weights, drift and history. */
export class LiveRolloutPage {
  constructor(readonly page: Page) {}

  status(): Locator {
    return this.page.getByRole("region", { name: "Rollout status" });
  }

  async waitFor(status: string | RegExp, step?: string, timeout = 30_000): Promise<void> {
    await expect(this.status()).toContainText(status, { timeout });
    if (step) await expect(this.status()).toContainText(step, { timeout });
  }

  async command(label: string, confirm: string, reason: string): Promise<void> {
    await this.page
      .getByRole("group", { name: "Rollout commands" })
      .getByRole("button", { name: label })
      .click();
    await this.page.getByLabel(/^Why /).fill(reason);
    await this.page.getByRole("button", { name: confirm, exact: true }).click();
  }

  history(): Locator {
    return this.page.getByRole("list", { name: "Rollout history" });
  }

  rolloutId(): string {
    return new URL(this.page.url()).pathname.split("/").at(-1) ?? "";
  }
}
