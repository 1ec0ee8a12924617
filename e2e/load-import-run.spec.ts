import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";

// A large upload runs in the background: a 600-line JSONL feed goes to its run page, which shows
// the progress as chunks are stored and the outcome of every line once done. The feed is made
// here from the repository's sample articles, each copy told apart by one sentence (a test
// fixture, not real articles), with a broken line every 100. It runs in the last project: its
// 594 articles would change the counts the earlier specs assert.

const SHOTS = path.resolve("e2e/screenshots");
const SAMPLES = path.resolve("data/samples");

test("a 600-line feed is imported in the background with a progress page, every line accounted for", async ({ page }) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-e2e-feed-"));
  const texts = readdirSync(SAMPLES)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => readFileSync(path.join(SAMPLES, name), "utf8"));
  const lines = Array.from({ length: 600 }, (_, index) => {
    if (index % 100 === 99) return `{"text": "broken line ${index}`;
    const [first, ...rest] = texts[index % texts.length]!.split("\n\n");
    return JSON.stringify({ text: [first, `E2E fixture copy ${index}: ${index} observateurs étaient présents.`, ...rest].join("\n\n") });
  });
  const feed = path.join(dir, "background-feed.jsonl");
  writeFileSync(feed, `${lines.join("\n")}\n`);

  try {
    await signIn(page, ACCOUNTS.reviewer);
    await page.goto("/import");
    await page.getByTestId("file-input").setInputFiles(feed);
    await page.getByRole("button", { name: "Import files" }).click();

    // more than the form waits for: the run page, with its progress
    await expect(page).toHaveURL(/\/import\/runs\/[^/]+$/, { timeout: 60_000 });
    await expect(page.getByRole("heading", { name: "Import: background-feed.jsonl" })).toBeVisible();
    const progress = page.getByTestId("run-progress");
    await expect(progress).toBeVisible();
    await expect(page.getByTestId("run-counts")).toContainText("of 600 items settled");
    await page.screenshot({ path: path.join(SHOTS, "import-run-progress.png"), fullPage: true });

    // the page follows the run by itself until it is done
    await expect(progress).toHaveAttribute("data-status", "done", { timeout: 240_000 });
    await expect(page.getByTestId("run-counts")).toContainText("600 of 600 items settled (100%)");
    await expect(progress).toContainText("594 imported");
    await expect(progress).toContainText("6 rejected");
    await expect(page.getByTestId("run-grouping")).toContainText("594 articles put into events");
    const rejected = page.locator('[data-testid="import-result"][data-status="rejected"]');
    await expect(rejected).toHaveCount(6);
    await expect(rejected.first()).toContainText("background-feed.jsonl line 100");
    await expect(rejected.first()).toContainText("INVALID_JSONL_LINE");
    await page.screenshot({ path: path.join(SHOTS, "import-run-done.png"), fullPage: true });

    // and the import page lists it among the recent runs
    await page.goto("/import");
    await expect(page.getByTestId("run-row").first()).toContainText("background-feed.jsonl");
    await expect(page.getByTestId("run-row").first()).toContainText("600 / 600");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
