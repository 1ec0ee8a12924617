import path from "node:path";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, addUserByCli, PASSWORD, signIn } from "./support/accounts";
import { sampleEventId } from "./support/sample-event";

// Issue 7 as a desk uses it: an admin made by the CLI signs in and creates a reviewer on the Users
// page; the reviewer records a verdict with a link and a file as evidence, edits it, reads the
// history and restores the first version; a viewer reads but cannot write (the server says 403 to a
// forged request); everyone signs out.

const SHOTS = path.resolve("e2e/screenshots");
const ADMIN = "flow-admin@example.org";
const REVIEWER = "flow-reviewer@example.org";
const EVIDENCE_FILE = path.resolve("e2e/fixtures/evidence-note.txt");

test.describe.configure({ mode: "serial" });

test("admin by CLI → reviewer → verdict with evidence → edit → history → restore → sign out", async ({ page, baseURL }) => {
  addUserByCli(ADMIN, "admin", "Flow Admin");
  await page.goto("/events");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fevents/);
  await page.screenshot({ path: `${SHOTS}/review-01-sign-in.png` });
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/events$/);

  // the admin creates the reviewer
  await page.getByRole("link", { name: "Users" }).click();
  const form = page.getByTestId("create-user-form");
  await form.getByLabel("Email").fill(REVIEWER);
  await form.getByLabel("Name").fill("Flow Reviewer");
  await form.getByLabel("Role").selectOption("reviewer");
  await form.getByLabel(/Initial password/).fill(PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText(`Created reviewer ${REVIEWER}`);
  await expect(page.getByTestId("users-table")).toContainText(REVIEWER);
  await page.screenshot({ path: `${SHOTS}/review-02-users.png`, fullPage: true });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // the reviewer opens a claim from the compare table
  await signIn(page, REVIEWER);
  const eventId = await sampleEventId(page);
  await page.goto(`/events/${eventId}/compare`);
  await page.locator('[data-testid="compare-row"][data-row-id="number:truck"]').getByTestId("review-link").click();
  await expect(page.getByTestId("claim-title")).toHaveText("Figure: truck");
  await expect(page.getByTestId("claim-cells")).toContainText("Reuters");

  // a verdict with a link (and the passage it supports) and a file
  const verdictForm = page.getByTestId("verdict-form");
  await verdictForm.getByLabel(/^Mixed/).check();
  await verdictForm.getByLabel(/^Summary/).fill("The outlets give 2,000 to 3,000 trucks; no figure is sourced.");
  await verdictForm.getByLabel("Link", { exact: true }).fill("https://example.org/border-statistics");
  await verdictForm.getByLabel(/^Quoted text/).fill("About 2,000 trucks crossed in the first week.");
  await verdictForm.getByRole("button", { name: "Add link or quote" }).click();
  await verdictForm.getByTestId("evidence-file-input").setInputFiles(EVIDENCE_FILE);
  await expect(verdictForm.getByTestId("evidence-item")).toHaveCount(2);
  await verdictForm.getByLabel(/^Notes/).fill("Checked against the **ministry** release.");
  await verdictForm.getByRole("button", { name: "Save the verdict" }).click();
  const current = page.getByTestId("current-verdict");
  await expect(current.getByTestId("rating-badge")).toHaveText("Mixed");
  await expect(current).toContainText("Version 1 · Flow Reviewer");
  await expect(current.getByTestId("evidence-file-link")).toHaveText("evidence-note.txt");
  await expect(current.getByTestId("verdict-notes").locator("strong")).toHaveText("ministry");

  // the file downloads as stored
  const download = await page.request.get((await current.getByTestId("evidence-file-link").getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");

  // edit: a new version
  await page.getByTestId("verdict-form").getByLabel(/^Misleading/).check();
  await page.getByTestId("verdict-form").getByLabel(/^Summary/).fill("Presenting 3,000 trucks as fact is misleading: the figure is an estimate.");
  await page.getByTestId("verdict-form").getByRole("button", { name: "Save a new version" }).click();
  await expect(current.getByTestId("rating-badge")).toHaveText("Misleading");
  await expect(current).toContainText("Version 2");
  await expect(page.getByTestId("verdict-revision")).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/review-03-verdict-edited.png`, fullPage: true });

  // restore version 1, as version 3
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(current).toContainText("Version 3");
  await expect(current.getByTestId("rating-badge")).toHaveText("Mixed");
  await expect(page.getByTestId("verdict-revision").first()).toContainText("restored an older version");
  await expect(page.getByTestId("verdict-revision")).toHaveCount(3);
  await page.reload();
  await expect(current.getByTestId("rating-badge")).toHaveText("Mixed");
  await expect(current.getByTestId("evidence-item")).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/review-04-history-restored.png`, fullPage: true });

  // the compare table shows the verdict
  await page.goto(`/events/${eventId}/compare`);
  await expect(page.locator('[data-testid="compare-row"][data-row-id="number:truck"]').getByTestId("rating-badge")).toHaveText("Mixed");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/events/${eventId}/compare`);
  await expect(page).toHaveURL(/\/sign-in/);
  expect(baseURL).toBeTruthy();
});

test("a viewer reads the verdict but cannot write: no form, and the server answers 403", async ({ page, baseURL }) => {
  addUserByCli("flow-viewer@example.org", "viewer", "Flow Viewer");
  await signIn(page, "flow-viewer@example.org");
  const eventId = await sampleEventId(page);
  await page.goto(`/events/${eventId}/claims/${encodeURIComponent("number:truck")}`);
  await expect(page.getByTestId("current-verdict").getByTestId("rating-badge")).toHaveText("Mixed");
  await expect(page.getByTestId("verdict-form")).toHaveCount(0);
  await expect(page.getByText("can read verdicts but not record them")).toBeVisible();
  await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/review-05-viewer.png`, fullPage: true });

  // forged: the viewer's own cookie, a well-formed save, sent straight to the route
  const current = (await (await page.request.get(`/api/verdicts?eventId=${eventId}&rowId=${encodeURIComponent("number:truck")}`)).json()) as { verdict: { version: number } };
  const forged = await page.request.post("/api/verdicts", {
    headers: { origin: baseURL! },
    data: { eventId, rowId: "number:truck", rating: "true", summary: "forged", evidence: [], expectedVersion: current.verdict.version },
  });
  expect(forged.status()).toBe(403);
  const after = (await (await page.request.get(`/api/verdicts?eventId=${eventId}&rowId=${encodeURIComponent("number:truck")}`)).json()) as { verdict: { version: number; summary: string } };
  expect(after.verdict.version).toBe(current.verdict.version);
  expect(after.verdict.summary).not.toBe("forged");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("two reviewers save the same verdict: the second sees both versions and keeps their text", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, ACCOUNTS.reviewer);
  await signIn(second, REVIEWER);
  const eventId = await sampleEventId(first);
  const claim = `/events/${eventId}/claims/${encodeURIComponent("number:year")}`;
  await first.goto(claim);
  await first.getByTestId("verdict-form").getByLabel(/^Unverifiable/).check();
  await first.getByTestId("verdict-form").getByLabel(/^Summary/).fill("No year is given by a second source.");
  await first.getByTestId("verdict-form").getByRole("button", { name: "Save the verdict" }).click();
  await expect(first.getByTestId("current-verdict")).toContainText("Version 1");

  // the second reviewer opened the page before the first saved: simulate with a stale form
  await second.goto(claim);
  await first.getByTestId("verdict-form").getByLabel(/^Summary/).fill("No second source gives the year.");
  await first.getByTestId("verdict-form").getByRole("button", { name: "Save a new version" }).click();
  await expect(first.getByTestId("current-verdict")).toContainText("Version 2");

  const form = second.getByTestId("verdict-form");
  await form.getByLabel(/^False/).check();
  await form.getByLabel(/^Summary/).fill("My own reading: the year is wrong.");
  await form.getByRole("button", { name: "Save a new version" }).click();
  const conflict = second.getByTestId("verdict-conflict");
  await expect(conflict).toContainText("saved this verdict (version 2)");
  await expect(conflict).toContainText("No second source gives the year.");
  await expect(conflict).toContainText("My own reading: the year is wrong.");
  await expect(form.getByLabel(/^Summary/)).toHaveValue("My own reading: the year is wrong.");
  await second.screenshot({ path: `${SHOTS}/review-08-conflict.png`, fullPage: true });

  // keeping theirs as the base, the second reviewer's text lands as version 3
  await conflict.getByRole("button", { name: "Save mine as version 3" }).click();
  await expect(second.getByTestId("current-verdict")).toContainText("Version 3");
  await expect(second.getByTestId("verdict-revision")).toHaveCount(3);
  await first.close();
  await second.close();
});
