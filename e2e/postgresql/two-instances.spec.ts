import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, addUserByCli, signIn } from "../support/accounts";
import { E2E_DATABASE_URL, INSTANCE_A, INSTANCE_B } from "./instances";

// Issue 9's e2e path on PostgreSQL: sign in → import → search → event, across two app instances on
// one database. A reviewer signs in and imports on instance A, then searches, reads and compares
// on instance B with the same browser; an event rename and a verdict saved on one instance show
// on the other, and signing out on B ends the session on A. Everything another instance needs
// must come from the database: a cache or a session held in one process's memory fails here.

const SHOTS = path.resolve("e2e/screenshots");
const SEED_000 = path.resolve("data/samples/000_a7392bfecf3fe0bd.txt");
const DEMO = path.resolve("data/demo/border-crossing-sample.jsonl");
const REUTERS_HEADLINE = "[Sample] Iran, Iraq and Syria discuss reopening Albu Kamal border crossing";
const TRUCKS = "number:truck";

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  addUserByCli(ACCOUNTS.reviewer, "reviewer", "E2E Reviewer", E2E_DATABASE_URL);
});

/**
 * Imports through the import page and waits until the import has finished. The wait is the one
 * line that knows how the page reports the end of an import; callers check the library instead.
 */
async function importThroughPage(page: Page, input: { paste: string } | { files: string[] }): Promise<void> {
  await page.goto(`${INSTANCE_A}/import`);
  if ("paste" in input) {
    await page.getByTestId("paste-text").fill(input.paste);
    await page.getByRole("button", { name: /import pasted text/i }).click();
  } else {
    await page.getByTestId("file-input").setInputFiles(input.files);
    await page.getByRole("button", { name: /import files/i }).click();
  }
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
}

const compareRow = (page: Page, id: string) => page.locator(`[data-testid="compare-row"][data-row-id="${id}"]`);

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

test("sign in and import on A; search, read and compare on B; changes and sign-out cross instances", async ({ page, browser }) => {
  // 1. Sign in on A. The session cookie is host-only for 127.0.0.1, and cookies ignore the port
  //    (RFC 6265 §8.5): the browser sends the same cookie to B, which must find the session in the database.
  await signIn(page, ACCOUNTS.reviewer);
  await expect(page.getByTestId("signed-in-as")).toContainText("E2E Reviewer");
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.startsWith("parallax.session_token"));
  expect(session?.domain).toBe("127.0.0.1");
  expect((await page.context().cookies(INSTANCE_B)).map((cookie) => cookie.name)).toContain(session!.name);

  // 2. Import on A: one pasted seed, and the four-outlet sample event as a JSONL file.
  await importThroughPage(page, { paste: readFileSync(SEED_000, "utf8") });
  await importThroughPage(page, { files: [DEMO] });
  await page.goto(`${INSTANCE_A}/articles`);
  await expect(page.getByTestId("article-row")).toHaveCount(5);

  // 3. On B, never signed in there: the library, searched for a word of the Reuters headline.
  await page.goto(`${INSTANCE_B}/articles`);
  await expect(page).toHaveURL(`${INSTANCE_B}/articles`);
  await expect(page.getByTestId("signed-in-as")).toContainText("E2E Reviewer");
  await expect(page.getByTestId("article-row")).toHaveCount(5);
  await page.getByTestId("search-input").fill("crossing");
  await page.getByTestId("search-input").press("Enter");
  await expect(page).toHaveURL(/q=crossing/);
  const hit = page.getByTestId("article-row").filter({ hasText: REUTERS_HEADLINE });
  await expect(hit).toHaveCount(1);
  await expect(page.getByTestId("article-row").filter({ hasText: "quadripartite" })).toHaveCount(0);
  await shot(page, "postgresql-b-search.png");

  // 4. The article, then its event and the event's comparison, all served by B.
  await hit.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`^${INSTANCE_B}/articles/`));
  const articleId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REUTERS_HEADLINE);
  await expect(page.getByTestId("article-text")).toContainText("DAMASCUS, March 10 (Reuters)");
  await expect(page.getByTestId("evidence-outlet")).toContainText(/Reuters/);

  await page.goto(`${INSTANCE_B}/events`);
  await page.getByTestId("event-row").filter({ hasText: "[Sample]" }).getByTestId("event-link").click();
  await expect(page).toHaveURL(new RegExp(`^${INSTANCE_B}/events/[^/]+$`));
  const eventUrl = page.url().replace(INSTANCE_B, "");
  await expect(page.getByTestId("event-member")).toHaveCount(4);
  await expect(page.locator(`[data-testid="event-member"][data-article-id="${articleId}"]`)).toBeVisible();
  const automaticTitle = await page.getByTestId("event-title").innerText();

  await page.getByTestId("compare-link").click();
  await expect(page).toHaveURL(`${INSTANCE_B}${eventUrl}/compare`);
  await expect(page.getByTestId("compare-column")).toHaveCount(4);
  await expect(page.getByTestId("compare-column")).toContainText(["Press TV", "Reuters", "AFP", "Xinhua"]);
  await expect(compareRow(page, "date").getByTestId("row-mark")).toHaveAttribute("data-mark", "conflict");
  await expect(compareRow(page, "place").getByTestId("row-mark")).toHaveAttribute("data-mark", "agree");
  await shot(page, "postgresql-b-compare.png");

  // 5. A rename made on A is B's title on the next load; B undoes it, and A sees the undo.
  const renamed = "Albu Kamal: the crossing talks in Damascus";
  await page.goto(`${INSTANCE_A}${eventUrl}`);
  await page.getByLabel("Title", { exact: true }).fill(renamed);
  await page.getByTestId("rename-form").getByRole("button", { name: "Rename" }).click();
  await expect(page.getByTestId("event-title")).toHaveText(renamed);
  await page.goto(`${INSTANCE_B}${eventUrl}`);
  await expect(page.getByTestId("event-title")).toHaveText(renamed);
  await expect(page.getByTestId("undo-summary")).toContainText("Renamed");
  await page.getByTestId("undo-form").getByRole("button", { name: /undo/i }).click();
  await expect(page.getByTestId("event-title")).toHaveText(automaticTitle);
  await page.goto(`${INSTANCE_A}${eventUrl}`);
  await expect(page.getByTestId("event-title")).toHaveText(automaticTitle);
  await expect(page.getByTestId("history-entry").first()).toContainText("Undid: Renamed");

  // 6. A verdict saved on B is A's current verdict, on the claim page and in the compare table.
  await page.goto(`${INSTANCE_B}${eventUrl}/claims/${encodeURIComponent(TRUCKS)}`);
  const verdictForm = page.getByTestId("verdict-form");
  await verdictForm.getByLabel(/^Mixed/).check();
  await verdictForm.getByLabel(/^Summary/).fill("The outlets give 2,000 to 3,000 trucks; no figure is sourced.");
  await verdictForm.getByRole("button", { name: "Save the verdict" }).click();
  await expect(page.getByTestId("current-verdict")).toContainText("Version 1 · E2E Reviewer");
  await page.goto(`${INSTANCE_A}${eventUrl}/claims/${encodeURIComponent(TRUCKS)}`);
  await expect(page.getByTestId("current-verdict").getByTestId("rating-badge")).toHaveText("Mixed");
  await expect(page.getByTestId("current-verdict")).toContainText("Version 1 · E2E Reviewer");
  await shot(page, "postgresql-a-verdict.png");
  await page.goto(`${INSTANCE_A}${eventUrl}/compare`);
  await expect(compareRow(page, TRUCKS).getByTestId("rating-badge")).toHaveText("Mixed");

  // 7. Sign out on B: the session row is gone, so A refuses even a copy of the old cookie.
  await page.goto(`${INSTANCE_B}/articles`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(new RegExp(`^${INSTANCE_B}/sign-in`));
  const replay = await browser.newContext();
  await replay.addCookies([session!]);
  const replayPage = await replay.newPage();
  await replayPage.goto(`${INSTANCE_A}/events`);
  await expect(replayPage).toHaveURL(new RegExp(`^${INSTANCE_A}/sign-in`));
  await replay.close();
});
