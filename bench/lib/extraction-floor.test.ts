import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractHtmlArticle } from "../../lib/ingest/html/extract-html-article.ts";
import { extractionDataDir, hasExtractionData, loadScrapinghubPages, loadTrafilaturaPages, readHtml } from "./extraction-datasets.ts";
import { aggregatePassageCounts, aggregateShingleScores, scorePassagePage, scoreShinglePage } from "./extraction-metrics.ts";

// A regression floor on the first pages of each benchmark (the full figures come from
// `npm run eval:extraction`). Skipped where ../shared/data is not mounted.
const dataDir = extractionDataDir(path.resolve(import.meta.dirname, "../.."));
const present = hasExtractionData(dataDir);
const extract = (html: string, url?: string) => extractHtmlArticle(html, { url }).paragraphs.join("\n");

describe.skipIf(!present)("HTML extraction quality floor", () => {
  it("scrapinghub, first 100 pages: F1 stays at or above 0.96", () => {
    const pages = loadScrapinghubPages(dataDir).slice(0, 100);
    const score = aggregateShingleScores(pages.map((page) => scoreShinglePage(page.gold, extract(readHtml(page.htmlPath), page.url))));
    expect(score.f1).toBeGreaterThanOrEqual(0.96);
  });

  it("trafilatura set, first 300 pages: F1 stays at or above 0.92", () => {
    const pages = loadTrafilaturaPages(dataDir).slice(0, 300);
    const score = aggregatePassageCounts(pages.map((page) => scorePassagePage(extract(readHtml(page.htmlPath), page.url), page.goldWith, page.goldWithout)));
    expect(score.f1).toBeGreaterThanOrEqual(0.92);
  });
});
