import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

// Issue 6 on the web: the compare page. The seeds' two Baghdad meetings (000 and 002: Thursday vs
// Saturday, chaired by al-Allaq vs delegations of deputy chiefs of staff) side by side, and the
// French/English sample event of data/demo (four outlets, written by us, deliberate conflicts).
// Runs after the events spec (a project dependency), on the same database.

const SHOTS = path.resolve("e2e/screenshots");
const SEED_000 = path.resolve("data/samples/000_a7392bfecf3fe0bd.txt");
const SEED_002 = path.resolve("data/samples/002_2e248bc0dc966fa8.txt");
const DEMO = path.resolve("data/demo/border-crossing-sample.jsonl");
const HIGHLIGHT = "rgb(253, 230, 138)";

test.describe.configure({ mode: "serial" });

async function importFiles(page: Page, files: string[]): Promise<string[]> {
  await page.goto("/import");
  await page.getByTestId("file-input").setInputFiles(files);
  await page.getByRole("button", { name: /import files/i }).click();
  const rows = page.getByTestId("import-result");
  await expect(rows.first()).toContainText(/imported|duplicate/i);
  const ids: string[] = [];
  for (const row of await rows.all()) {
    const href = await row.locator('a[href^="/articles/"]').first().getAttribute("href");
    ids.push(href!.replace("/articles/", ""));
  }
  return ids;
}

/** the event an article is in, from the events list and the event pages */
async function eventOf(page: Page, articleId: string): Promise<string> {
  await page.goto("/events");
  const eventIds = await page.getByTestId("event-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-event-id")!));
  for (const eventId of eventIds) {
    await page.goto(`/events/${eventId}`);
    if ((await page.locator(`[data-testid="event-member"][data-article-id="${articleId}"]`).count()) > 0) return eventId;
  }
  throw new Error(`no event holds article ${articleId}`);
}

const row = (page: Page, id: string) => page.locator(`[data-testid="compare-row"][data-row-id="${id}"]`);

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

test("000 and 002 side by side: the day and who led conflict, the place agrees", async ({ page }) => {
  const [article000, article002] = await importFiles(page, [SEED_000, SEED_002]);
  const [event000, event002] = [await eventOf(page, article000!), await eventOf(page, article002!)];
  expect(event000).not.toBe(event002);

  // from the event page: "compare side by side" on the related event when it is listed, the URL otherwise
  await page.goto(`/events/${event000}`);
  const related = page.getByTestId("related-events").locator(`a[href="/events/${event000}/compare?with=${event002}"]`);
  if ((await related.count()) > 0) await related.click();
  else await page.goto(`/events/${event000}/compare?with=${event002}`);
  await expect(page.getByTestId("compare-table")).toBeVisible();

  await expect(row(page, "date").getByTestId("row-mark")).toHaveAttribute("data-mark", "conflict");
  await expect(row(page, "date").getByTestId("row-explanation")).toContainText(/Thursday.*Saturday/);
  await expect(row(page, "leadership").getByTestId("row-mark")).toHaveAttribute("data-mark", "conflict");
  await expect(row(page, "leadership").getByTestId("row-explanation")).toContainText("al-Allaq");
  await expect(row(page, "place").getByTestId("row-mark")).toHaveAttribute("data-mark", "agree");
  await shot(page, "compare-seeds.png");
});

test("the sample event of four outlets in two languages: marks, a cell to its words, diff modes, filters", async ({ page }) => {
  const ids = await importFiles(page, [DEMO]);
  expect(ids).toHaveLength(4);
  const eventId = await eventOf(page, ids[0]!);
  await page.goto(`/events/${eventId}`);
  await page.getByTestId("compare-link").click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}/compare$`));
  await expect(page.getByTestId("compare-column")).toHaveCount(4);
  await expect(page.getByTestId("compare-column")).toContainText(["Press TV", "Reuters", "AFP", "Xinhua"]);

  // lundi (AFP) against mardi / Tuesday: a conflict across French and English; al-Hamwi vs al-Jubouri in the chair
  await expect(row(page, "date").getByTestId("row-mark")).toHaveAttribute("data-mark", "conflict");
  await expect(row(page, "leadership").getByTestId("row-mark")).toHaveAttribute("data-mark", "conflict");
  await expect(row(page, "number:truck").getByTestId("row-mark")).toHaveAttribute("data-mark", "conflict");
  await expect(row(page, "place").getByTestId("row-mark")).toHaveAttribute("data-mark", "agree");
  await shot(page, "compare-sample.png");

  // the two French versions of al-Hamwi's quote differ by one word: inline and side-by-side diffs
  const quote = page.locator('[data-testid="compare-row"][data-kind="quote"]').filter({ hasText: "Hamwi" }).first();
  await expect(quote.getByTestId("row-mark")).toHaveAttribute("data-mark", "partial");
  const removed = quote.locator("del.diff-removed").first();
  await expect(removed).toBeVisible();
  await expect(removed).toHaveText(/trois/);
  await page.getByTestId("diff-mode-side").click();
  await expect(removed).toBeHidden();
  await expect(quote.getByTestId("diff-text").first()).toBeVisible();
  await page.getByTestId("diff-mode-inline").click();
  await expect(removed).toBeVisible();

  // conflicts only
  await page.getByTestId("filter-conflicts").click();
  await expect(row(page, "place")).toBeHidden();
  await expect(row(page, "date")).toBeVisible();
  const shown = await page.locator('[data-testid="compare-row"]:visible').evaluateAll((rows) => rows.map((element) => element.getAttribute("data-mark")));
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set(["conflict"]));
  await shot(page, "compare-conflicts.png");
  await page.getByTestId("filter-all").click();
  await expect(row(page, "place")).toBeVisible();

  // what each outlet leaves out, and who cites whom
  await expect(page.getByTestId("omission-outlet")).toHaveCount(4);
  await expect(page.getByTestId("cited-sources")).toContainText("SANA");

  // a cell opens its article at its words, highlighted: AFP's "lundi"
  const afpColumn = (await page.getByTestId("compare-column").allTextContents()).findIndex((text) => text.includes("AFP"));
  const link = row(page, "date").getByTestId("compare-cell").nth(afpColumn).getByTestId("cell-link").first();
  const href = (await link.getAttribute("href"))!;
  const [, spanId] = href.match(/#(span-\d+-\d+)$/)!;
  await link.click();
  await expect(page).toHaveURL(/\/articles\/.+\?span=\d+-\d+#span-\d+-\d+$/);
  const target = page.getByTestId("article-text").locator(`[data-r~="${spanId}"]`).first();
  await expect(target).toHaveText("lundi");
  await expect(target).toHaveCSS("background-color", HIGHLIGHT);
  await expect(target).toBeInViewport();
  await shot(page, "compare-cell-target.png");
});
