import type { Page } from "@playwright/test";

import { ANONYMOUS_STATE, expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

const INITIAL_PASSWORD = "initial-password-for-e2e";

async function addUser(page: Page, username: string, role: string): Promise<void> {
  await page.goto("/users");
  const form = page.getByRole("form", { name: "Add user" });
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Role").selectOption(role);
  await form.getByLabel("Initial password").fill(INITIAL_PASSWORD);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(userRow(page, username)).toContainText(role);
}

const userRow = (page: Page, username: string) =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name: username, exact: true }) });

/** The audit entries of one action, newest first, from the JSON export. */
async function audited(page: Page, action: string) {
  const response = await page.request.get(`/api/audit/export?action=${action}&format=json`);
  return (await response.json()) as { actor: string; outcome: string; summary: string }[];
}

test("an admin changes a user's role, and the change is audited", async ({ page }) => {
  const username = `role-${Date.now()}`;
  await addUser(page, username, "viewer");

  const form = page.getByRole("form", { name: `Change role of ${username}` });
  await form.getByLabel(`Role of ${username}`).selectOption("operator");
  await form.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText(`Changed ${username}'s role from viewer to operator`)).toBeVisible();
  await page.reload();
  await expect(userRow(page, username).getByRole("cell", { name: "operator", exact: true })).toBeVisible();

  const [entry] = await audited(page, "users.setRole");
  expect(entry).toMatchObject({ actor: "admin", outcome: "success" });
  expect(entry?.summary).toContain(username);
});

test("an admin resets a password: the generated one is shown once and works; the old one no longer does", async ({
  page,
  browser,
}) => {
  const username = `reset-${Date.now()}`;
  await addUser(page, username, "viewer");

  await userRow(page, username).getByRole("button", { name: "Reset password…" }).click();
  const form = page.getByRole("form", { name: `Reset the password of ${username}` });
  await form.getByRole("button", { name: "Set password" }).click();
  const shown = page.getByLabel(`Generated password for ${username}`);
  await expect(shown).toBeVisible();
  const password = (await shown.textContent()) ?? "";
  expect(password.length).toBeGreaterThanOrEqual(20);

  const other = await browser.newContext({ storageState: ANONYMOUS_STATE });
  const otherPage = await other.newPage();
  const signIn = new SignInPage(otherPage);
  await signIn.signIn(username, INITIAL_PASSWORD);
  await expect(otherPage.getByText("That username and password do not match.")).toBeVisible();
  await signIn.signIn(username, password);
  await expect(otherPage.getByTestId("signed-in-user")).toHaveText(username);
  await other.close();

  const [entry] = await audited(page, "users.resetPassword");
  expect(entry).toMatchObject({ actor: "admin", outcome: "success" });
  expect(JSON.stringify(entry)).not.toContain(password);
});

test("an admin deletes a user but not themselves", async ({ page }) => {
  const username = `gone-${Date.now()}`;
  await addUser(page, username, "operator");

  await userRow(page, username)
    .getByRole("button", { name: `Delete user ${username}` })
    .click();
  await page
    .getByRole("form", { name: `Confirm deleting user ${username}` })
    .getByRole("button", { name: "Delete user" })
    .click();
  await expect(userRow(page, username)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete user admin" })).toHaveCount(0);

  const [entry] = await audited(page, "users.delete");
  expect(entry).toMatchObject({ actor: "admin", outcome: "success" });
  expect(entry?.summary).toBe(`Deleted operator user ${username}`);
});
