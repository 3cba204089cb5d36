import { expect, test as setup } from "@playwright/test";

import { ADMIN, ANONYMOUS_STATE, STORAGE_STATE, VIEWER } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

// Runs once before the specs (the "setup" project): signs in as the admin through the sign-in page, adds a viewer on
// the users page, signs that viewer in too, and saves both sessions for the specs' storageState.
setup("sign in as admin and add a viewer", async ({ page, browser }) => {
  expect(ADMIN.password, "ROUTEBOARD_ADMIN_PASSWORD is set by scripts/test-all.ts").not.toBe("");
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password, { next: "/hosted-zones" });
  await expect(page).toHaveURL(/\/hosted-zones$/);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Administrator");
  await page.context().storageState({ path: STORAGE_STATE.admin });

  await page.goto("/users");
  const form = page.getByRole("form", { name: "Add user" });
  await form.getByLabel("Username").fill(VIEWER.username);
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByLabel("Initial password").fill(VIEWER.password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`^${VIEWER.username} .*viewer`) })).toBeVisible();

  const viewerContext = await browser.newContext({ storageState: ANONYMOUS_STATE });
  const viewerPage = await viewerContext.newPage();
  await new SignInPage(viewerPage).signIn(VIEWER.username, VIEWER.password);
  await expect(viewerPage.getByTestId("signed-in-user")).toHaveText(VIEWER.username);
  await viewerContext.storageState({ path: STORAGE_STATE.viewer });
  await viewerContext.close();
});
