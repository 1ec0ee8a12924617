import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Issue 4 on the article page: entities, dates, numbers and quotes marked in the text, and the
// claims panel whose slots lead to their words. e2e/ingest.spec.ts may already have pasted seed
// 000 into this run's database: then the import says "duplicate" and links to the same article.

const SEED = path.resolve("data/samples/000_a7392bfecf3fe0bd.txt");
const SHOTS = path.resolve("e2e/screenshots");
const HIGHLIGHT = "rgb(253, 230, 138)";

test("the article page marks the text and lists claim slots that point at their words", async ({ page }) => {
  await page.goto("/import");
  await page.getByTestId("paste-text").fill(readFileSync(SEED, "utf8"));
  await page.getByRole("button", { name: /import pasted text/i }).click();
  const row = page.getByTestId("import-result").first();
  await expect(row).toContainText(/imported|duplicate/i);
  await row.getByRole("link").first().click();

  // Entities in the text, with what they resolve to on hover.
  const text = page.getByTestId("article-text");
  const baghdad = text.locator('[data-hl~="place"]', { hasText: /^Bagdad$/ }).first();
  await expect(baghdad).toBeVisible();
  await expect(baghdad).toHaveAttribute("title", /Place: Baghdad/);
  await expect(text.locator('[data-hl~="date"]', { hasText: /^jeudi$/ }).first()).toHaveAttribute("title", /Thursday/);

  // The meeting, in Baghdad, on Thursday.
  const meeting = page.getByTestId("claim-event").and(page.locator('[data-kind="meeting"]')).first();
  await expect(meeting.getByTestId("event-summary")).toContainText("meeting · Baghdad · Thursday");
  await expect(meeting.locator('[data-slot-type="place"]')).toContainText("Baghdad");
  await expect(meeting.locator('[data-slot-type="date"]')).toContainText("Thursday");

  // "s'est-il félicité": al-Allaq is the speaker by pronoun only, so the claim says inferred, in the panel and in the text.
  const allaqQuote = meeting.locator('[data-slot-type="quote"]').filter({ hasText: "al-Allaq" });
  await expect(allaqQuote).toHaveAttribute("data-inferred", "true");
  await expect(allaqQuote).toContainText(/inferred/);
  await expect(allaqQuote).toContainText(/by pronoun/);
  await expect(text.getByTestId("quote-speaker").filter({ hasText: "Saad Mozher al-Allaq" }).first()).toHaveAttribute("data-inferred", "true");
  const moradianQuote = meeting.locator('[data-slot-type="quote"]').filter({ hasText: "Mostafa Moradian" });
  await expect(moradianQuote).not.toHaveAttribute("data-inferred");

  // A click on the place slot targets its words: the URL names the span and the span is highlighted.
  const placeLink = meeting.locator('[data-slot-type="place"] a').first();
  const spanId = await placeLink.getAttribute("data-span");
  expect(spanId).toMatch(/^span-\d+-\d+$/);
  await placeLink.click();
  await expect(page).toHaveURL(new RegExp(`#${spanId}$`));
  const target = text.locator(`[data-r~="${spanId}"]`);
  await expect(target).toHaveText("Bagdad");
  await expect(target).toHaveCSS("background-color", HIGHLIGHT);
  await expect(target).toBeInViewport();

  // The legend's toggles hide one kind of mark and leave the others.
  const placesToggle = page.locator('[data-mark-toggle="place"]');
  await placesToggle.uncheck();
  expect(await baghdad.evaluate((element) => getComputedStyle(element).getPropertyValue("--mark-place").trim())).toBe("transparent");
  await placesToggle.check();
  expect(await baghdad.evaluate((element) => getComputedStyle(element).getPropertyValue("--mark-place").trim())).not.toBe("transparent");

  // A quote slot leads to the quote, with its speaker note beside it.
  await allaqQuote.getByTestId("quote-slot-speaker").click();
  const quoteSpan = await allaqQuote.locator("a").first().getAttribute("data-span");
  await expect(text.locator(`[data-r~="${quoteSpan}"]`).first()).toHaveCSS("background-color", HIGHLIGHT);

  // Off every link, so no hover preview shows in the picture next to the pinned quote.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SHOTS, "article-claims.png"), fullPage: true });
});
