import path from "node:path";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";

// Issue 8's outlet pages as an editor reads them, after the review flow has recorded verdicts on
// the sample event: the sortable index, one outlet's figures and charts (each rate with its count
// and interval, each chart with its numbers as a table), and two outlets side by side. Screenshots
// on screen and as printed.

const SHOTS = path.resolve("e2e/screenshots");

test("the outlets index, an outlet's figures and charts, and two outlets side by side", async ({ page }) => {
  await signIn(page, ACCOUNTS.viewer);
  await page.getByRole("link", { name: "Outlets", exact: true }).click();
  const pressTv = page.locator('[data-testid="outlet-row"][data-outlet-slug="press-tv"]');
  await expect(pressTv).toBeVisible();
  await page.getByTestId("sort-conflict").click();
  await expect(page).toHaveURL(/sort=conflict/);
  await page.screenshot({ path: `${SHOTS}/outlets-index.png`, fullPage: true });

  await pressTv.getByTestId("outlet-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Press TV");
  const cards = page.getByTestId("outlet-figure-cards");
  // every rate says what it counts and how sure it is
  await expect(cards).toContainText(/of \d+ shared claims/);
  await expect(cards).toContainText(/95% CI/);
  const charts = page.locator("figure.chart-figure");
  expect(await charts.count()).toBeGreaterThanOrEqual(3);
  for (const chart of await charts.all()) {
    await expect(chart.locator('svg[role="img"]').first()).toHaveAttribute("aria-label", /.+/);
    await expect(chart.locator("details table")).toHaveCount(1);
  }
  // a viewer reads the grades and notes but gets no forms
  await expect(page.getByRole("button", { name: /Grade this|Add the note|Edit the profile/ })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/outlet-press-tv.png`, fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `${SHOTS}/outlet-press-tv-print.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });

  await page.goto("/outlets/compare?outlets=press-tv,reuters");
  await expect(page.getByTestId("compare-outlets-result")).toBeVisible();
  await expect(page.getByTestId("compare-outlets-event").first()).toContainText("[Sample]");
  await expect(page.getByTestId("compare-outlets-totals")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/outlets-compare.png`, fullPage: true });
});
