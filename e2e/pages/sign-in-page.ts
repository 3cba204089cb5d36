import type { Page } from "@playwright/test";

/** The sign-in page. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(username: string, password: string, { next }: { next?: string } = {}): Promise<void> {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
    await this.page.getByLabel("Username").fill(username);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }
}
