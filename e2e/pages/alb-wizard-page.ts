import { expect, type Locator, type Page } from "@playwright/test";

/** The "Create load balancer" wizard at /load-balancers/new. */
export class AlbWizardPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/load-balancers/new");
    // The wizard is a controlled client component: wait until it is hydrated before typing.
    await this.page.waitForLoadState("networkidle");
  }

  form(): Locator {
    return this.page.getByRole("form");
  }

  stepHeading(): Locator {
    return this.page.locator("#wizard-step-heading");
  }

  async next(): Promise<void> {
    await this.page.getByRole("button", { name: /^(Next|Review)$/ }).click();
  }

  async fillBasics(options: {
    name: string;
    scheme?: "Internet-facing" | "Internal";
    vpc?: RegExp | string;
    subnets: string[];
  }): Promise<void> {
    await this.page.getByLabel("Load balancer name").fill(options.name);
    await this.page
      .getByRole("radio", { name: new RegExp(`^${options.scheme ?? "Internet-facing"}`) })
      .check();
    if (options.vpc) await this.selectByText(this.page.getByLabel("VPC", { exact: true }), options.vpc);
    for (const subnet of options.subnets)
      await this.page.getByRole("checkbox", { name: new RegExp(`^${subnet}\\b`) }).check();
  }

  listener(index: number): Locator {
    return this.page.getByRole("group", { name: new RegExp(`^Listener ${index + 1}:`) });
  }

  certificateField(index: number): Locator {
    return this.listener(index).getByLabel("Certificate (ACM)");
  }

  async chooseCertificate(index: number, domain: string): Promise<void> {
    await this.selectByText(this.certificateField(index), new RegExp(`^${domain.replace(/\./g, "\\.")}`));
  }

  /** Sets a listener's port and default action; a fixed response takes its status, content type and body. */
  async setListenerAction(
    index: number,
    action:
      | { type: "forward" }
      | { type: "redirect"; protocol?: "HTTP" | "HTTPS"; port?: string; statusCode?: "301" | "302" }
      | { type: "fixed-response"; statusCode: string; contentType?: string; body?: string },
  ): Promise<void> {
    const listener = this.listener(index);
    await listener.getByLabel("Default action").selectOption(action.type);
    if (action.type === "redirect") {
      if (action.statusCode)
        await listener.getByLabel("Redirect status code").selectOption(`HTTP_${action.statusCode}`);
      if (action.protocol) await listener.getByLabel("Redirect protocol").selectOption(action.protocol);
      if (action.port !== undefined) await listener.getByLabel("Redirect port").fill(action.port);
    } else if (action.type === "fixed-response") {
      await listener.getByLabel("Response status code").fill(action.statusCode);
      if (action.contentType) await listener.getByLabel("Content type").selectOption(action.contentType);
      if (action.body !== undefined) await listener.getByLabel("Response body").fill(action.body);
    }
  }

  async removeListener(index: number): Promise<void> {
    await this.page.getByRole("button", { name: `Remove listener ${index + 1}` }).click();
  }

  async chooseExistingTargetGroup(name: string): Promise<void> {
    await this.page.getByRole("radio", { name: /^Existing target group/ }).check();
    await this.selectByText(
      this.page.getByLabel("Existing target group", { exact: true }),
      new RegExp(`^${name} ·`),
    );
  }

  async fillTargetGroup(options: { name?: string; port?: string; healthCheckPath?: string }): Promise<void> {
    if (options.name) await this.page.getByLabel("Target group name").fill(options.name);
    if (options.port) await this.page.getByLabel("Port", { exact: true }).first().fill(options.port);
    if (options.healthCheckPath)
      await this.page.getByLabel("Path", { exact: true }).fill(options.healthCheckPath);
  }

  async chooseInstances(names: string[]): Promise<void> {
    for (const name of names)
      await this.page.getByRole("checkbox", { name: new RegExp(`^${name}\\b`) }).check();
  }

  async addAlias(zone: string, recordName: string): Promise<void> {
    await this.page.getByRole("checkbox", { name: /Create a DNS name/ }).check();
    await this.selectByText(
      this.page.getByLabel("Hosted zone"),
      new RegExp(`^${zone.replace(/\./g, "\\.")}`),
    );
    await this.page.getByLabel("Record name").fill(recordName);
  }

  /** The review's warnings about the region as it is now (shown above the creation steps). */
  reviewWarnings(): Locator {
    return this.page.getByRole("region", { name: "What will happen" });
  }

  creationSteps(): Locator {
    return this.page.getByRole("list", { name: "Creation steps" });
  }

  async create(): Promise<void> {
    await this.page.getByRole("button", { name: "Create load balancer" }).click();
  }

  /** Selects the option whose text matches (values are ids/ARNs the test does not know). */
  private async selectByText(select: Locator, text: RegExp | string): Promise<void> {
    // Reading options does not wait: wait for the select, which a step shows once "Next" has checked the last one.
    await expect(select).toBeVisible();
    const options = await select.locator("option").all();
    for (const option of options) {
      const label = (await option.textContent()) ?? "";
      if (typeof text === "string" ? label.includes(text) : text.test(label.trim())) {
        await select.selectOption({ label: label.trim() });
        return;
      }
    }
    throw new Error(`No option matching ${String(text)}`);
  }
}
