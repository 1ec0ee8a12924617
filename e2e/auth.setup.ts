import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test as setup, type Page } from "@playwright/test";
import { ACCOUNTS, addUserByCli, PASSWORD, REVIEWER_STATE, setupTokenByCli, signIn } from "./support/accounts";

async function fillFirstAdminForm(page: Page, setupToken: string): Promise<void> {
  await page.getByLabel("Setup token").fill(setupToken);
  await page.getByLabel("Email").fill(ACCOUNTS.admin);
  await page.getByLabel("Name (shown in history)").fill("E2E Admin");
  await page.getByLabel(/^Password \(/).fill(PASSWORD);
  await page.getByLabel("Password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Create the admin account" }).click();
}

// Runs first, on the server's fresh database. The first admin is made on /setup, which needs the
// token only the operator sees (issue 15: a visitor must not claim a fresh install); the other
// accounts every later spec uses come from the CLI, and a signed-in reviewer's browser state serves
// the ingest, events and compare specs (they import and edit events, which takes the reviewer role).
setup("the first admin with the setup token, accounts, and a reviewer session", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByText("This install has no admin yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Create the first admin" })).toHaveCount(0);

  await page.goto("/setup");
  await fillFirstAdminForm(page, "a-guessed-token");
  await expect(page.getByText(/Wrong setup token/)).toBeVisible();
  await fillFirstAdminForm(page, setupTokenByCli());
  await expect(page).toHaveURL(/\/sign-in\?created=1/);
  // the page is gone once an admin exists
  expect((await page.goto("/setup"))?.status()).toBe(404);

  addUserByCli(ACCOUNTS.reviewer, "reviewer", "E2E Reviewer");
  addUserByCli(ACCOUNTS.viewer, "viewer", "E2E Viewer");
  await signIn(page, ACCOUNTS.reviewer);
  await expect(page.getByTestId("signed-in-as")).toContainText("E2E Reviewer");
  mkdirSync(path.dirname(REVIEWER_STATE), { recursive: true });
  await page.context().storageState({ path: REVIEWER_STATE });
});
