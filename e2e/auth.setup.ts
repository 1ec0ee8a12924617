import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, addUserByCli, REVIEWER_STATE, signIn } from "./support/accounts";

// Runs first: the accounts every later spec uses, and a signed-in reviewer's browser state for the
// ingest, events and compare specs (they import and edit events, which takes the reviewer role).
setup("accounts and a reviewer session", async ({ page }) => {
  addUserByCli(ACCOUNTS.admin, "admin", "E2E Admin");
  addUserByCli(ACCOUNTS.reviewer, "reviewer", "E2E Reviewer");
  addUserByCli(ACCOUNTS.viewer, "viewer", "E2E Viewer");
  await signIn(page, ACCOUNTS.reviewer);
  await expect(page.getByTestId("signed-in-as")).toContainText("E2E Reviewer");
  mkdirSync(path.dirname(REVIEWER_STATE), { recursive: true });
  await page.context().storageState({ path: REVIEWER_STATE });
});
