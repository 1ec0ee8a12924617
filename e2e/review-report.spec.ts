import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { ACCOUNTS, signIn } from "./support/accounts";
import { sampleEventId } from "./support/sample-event";

// Issue 8's reports as a desk makes them: a reviewer records two verdicts on the sample event
// through the claim pages, then downloads the report in every format from the event page; each
// file is read back (CSV parsed, JSON-LD checked, HTML opened with no network, PDF text and pages),
// and the HTML and the PDF's pages are saved as screenshots to look at.

const SHOTS = path.resolve("e2e/screenshots");

test.describe.configure({ mode: "serial" });

async function review(page: Page, eventId: string, rowId: string, verdict: { rating: RegExp; summary: string; link?: string; quote?: string; notes?: string }): Promise<void> {
  await page.goto(`/events/${eventId}/claims/${encodeURIComponent(rowId)}`);
  const form = page.getByTestId("verdict-form");
  await form.getByLabel(verdict.rating).check();
  await form.getByLabel(/^Summary/).fill(verdict.summary);
  if (verdict.link) {
    await form.getByLabel("Link", { exact: true }).fill(verdict.link);
    if (verdict.quote) await form.getByLabel(/^Quoted text/).fill(verdict.quote);
    await form.getByRole("button", { name: "Add link or quote" }).click();
  }
  await form.getByLabel(/^Notes/).fill(verdict.notes ?? "");
  await form.getByRole("button", { name: /^Save (the verdict|a new version)$/ }).click();
  await expect(page.getByTestId("current-verdict")).toContainText(verdict.summary);
}

async function download(page: Page, format: string, folder: string): Promise<string> {
  // the menu is a <details>: a second click on its summary would close it
  const menu = page.getByTestId("export-report");
  if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`export-${format}`).click()]);
  const target = path.join(folder, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

test("review two claims, then export the event's report in every format from the event page", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.reviewer);
  const eventId = await sampleEventId(page);
  await review(page, eventId, "quote:1", {
    rating: /^Mixed/,
    summary: "Al-Hamwi's words are quoted faithfully in French; the English version drops “three countries”.",
    link: "https://example.org/ministry-transcript",
    quote: "La réouverture du passage renforcera les échanges entre nos trois pays.",
    notes: "Compared with the ministry's **transcript** of the press conference.",
  });
  await review(page, eventId, "date", {
    rating: /^False/,
    summary: "The meeting was held on Tuesday 10 March; AFP's Monday is wrong.",
    link: "https://example.org/ministry-agenda",
  });

  await page.goto(`/events/${eventId}`);
  const folder = testInfo.outputPath("reports");
  const files: Record<string, string> = {};
  for (const format of ["html", "md", "csv", "claimreview", "pdf"]) files[format] = await download(page, format, folder);
  expect(path.basename(files.html!)).toMatch(/^fact-check-sample-l-iran-.*-\d{4}-\d{2}-\d{2}\.html$/);
  expect(path.basename(files.claimreview!)).toMatch(/\.claimreview\.jsonld$/);

  // Markdown: the headline and both verdicts
  const markdown = readFileSync(files.md!, "utf8");
  expect(markdown).toMatch(/^# \\\[Sample\\\]/);
  expect(markdown).toContain("**MIXED** (3/5)");
  expect(markdown).toContain("The meeting was held on Tuesday 10 March");

  // CSV: one record per claim × outlet, the reviewed claim carrying its verdict and evidence
  const records = parse(readFileSync(files.csv!, "utf8"), { columns: true, bom: true }) as Record<string, string>[];
  const outlets = new Set(records.map((record) => record.outlet));
  expect(outlets).toEqual(new Set(["Press TV", "Reuters", "AFP", "Xinhua"]));
  expect(records.length % outlets.size).toBe(0);
  expect(records.filter((record) => record.claim_id === "quote:1").every((record) => record.verdict === "mixed" && record.rating_value === "3")).toBe(true);
  expect(records.find((record) => record.claim_id === "date")!.evidence_urls).toBe("https://example.org/ministry-agenda");

  // ClaimReview: the two reviewed claims with Google's required properties
  const graph = (JSON.parse(readFileSync(files.claimreview!, "utf8")) as { "@context": string; "@graph": Record<string, unknown>[] })["@graph"];
  const quote = graph.find((review) => String(review.url).endsWith("/claims/quote%3A1"))!;
  expect(quote).toMatchObject({ "@type": "ClaimReview", reviewRating: { "@type": "Rating", alternateName: "Mixed", ratingValue: 3, bestRating: 5, worstRating: 1 }, author: { "@type": "Organization" } });
  expect(quote.claimReviewed).toMatch(/Quote · Fayez al-Hamwi/);
  expect(quote.itemReviewed).toMatchObject({ "@type": "Claim", author: { "@type": "Organization", name: "Press TV" }, firstAppearance: { "@type": "CreativeWork" } });
  expect(graph.find((review) => String(review.url).endsWith("/claims/date"))).toMatchObject({ reviewRating: { alternateName: "False", ratingValue: 1 } });

  // HTML: opened as a file would be, it makes no request at all
  const html = readFileSync(files.html!, "utf8");
  const reader = await page.context().newPage();
  const requests: string[] = [];
  reader.on("request", (request) => requests.push(request.url()));
  await reader.setViewportSize({ width: 1100, height: 900 });
  await reader.setContent(html, { waitUntil: "load" });
  await expect(reader.locator("h1")).toContainText("[Sample]");
  await expect(reader.locator("article.verdict").filter({ hasText: "three countries" })).toHaveCount(1);
  expect(requests).toEqual([]);
  await reader.screenshot({ path: `${SHOTS}/report-html.png`, fullPage: true });
  await reader.close();

  // PDF: Chromium's print, read back by poppler; its pages saved as PNGs to look at
  const info = execFileSync("pdfinfo", [files.pdf!], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThanOrEqual(3);
  const text = execFileSync("pdftotext", ["-layout", files.pdf!, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("FACT-CHECK REPORT");
  expect(text).toContain("The meeting was held on Tuesday 10 March");
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const old of readdirSync(SHOTS).filter((name) => name.startsWith("report-pdf-"))) rmSync(path.join(SHOTS, old));
  execFileSync("pdftoppm", ["-png", "-r", "70", files.pdf!, path.join(SHOTS, "report-pdf")]);
  expect(readdirSync(SHOTS).filter((name) => name.startsWith("report-pdf-")).length).toBe(pages);
});

test("the outlet page exports that outlet's report; nobody signed out gets one", async ({ page, request }, testInfo) => {
  await signIn(page, ACCOUNTS.reviewer);
  await page.goto("/outlets/reuters");
  const file = await download(page, "html", testInfo.outputPath("outlet"));
  const html = readFileSync(file, "utf8");
  expect(html).toContain("<h1 class=\"headline\">Reuters</h1>");
  expect(html).toContain("The meeting was held on Tuesday 10 March");
  const viewer = await page.request.get("/api/outlets/reuters/report?format=bogus");
  expect(viewer.status()).toBe(422);
  // the `request` fixture carries no session in this project
  expect((await request.get("/api/outlets/reuters/report?format=html")).status()).toBe(401);
});

// The pages that carry the Export report menu (a <details> with a list): it once sat inside a <p>,
// which the HTML parser closes before a <details>, so React's hydration failed (error #418) on
// every event, compare and outlet page, and their client parts started over.
test("the event, compare and outlet pages hydrate without an error", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat|#418|#423|#425/i.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
  });
  await signIn(page, ACCOUNTS.reviewer);
  const eventId = await sampleEventId(page);
  for (const address of [`/events/${eventId}`, `/events/${eventId}/compare`, "/outlets/reuters"]) {
    await page.goto(address);
    await expect(page.getByTestId("export-report")).toBeVisible();
    // hydration runs after the load event; give React its turn before reading the errors
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});
