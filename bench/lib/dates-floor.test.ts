import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import { hasDatesData, readDatedPages, type DatedPage } from "./dates-data.ts";
import { datePageResult, pastedPageResult, scoreDates } from "./dates-score.ts";

// Regression floors under `npm run eval:dates` (which prints the full tables), on a fixed sample
// of the test split: the first 10 French and first 30 other pages by id. Skipped without ../shared
// next to the repository.
const root = path.resolve(import.meta.dirname, "../..");

function testSample(): DatedPage[] {
  const pages = readDatedPages(root, "test").sort((a, b) => a.id.localeCompare(b.id));
  return [...pages.filter((page) => page.french).slice(0, 10), ...pages.filter((page) => !page.french).slice(0, 30)];
}

describe.skipIf(!hasDatesData(root))("publication date quality floor on htmldate pages, test split sample (skipped without ../shared/data/htmldate)", () => {
  const gazetteer = loadGazetteer();

  // 36 of 40 right (3 wrong) when this floor was set, and still after the rules of issue 16's
  // second pass; the floor leaves room for two.
  it("HTML: at least 34 of 40 pages get the gold day, and at most 4 get a wrong date", () => {
    const score = scoreDates(testSample().map((page) => datePageResult(page, gazetteer)));
    expect(score.pages).toBe(40);
    expect(score.right + score.rightlyUndated).toBeGreaterThanOrEqual(34);
    expect(score.wrong).toBeLessThanOrEqual(4);
  });

  // The same pages pasted as text: 21 of 40 right (1 wrong) before issue 16's second pass on the
  // text path's date lines, 25 (0 wrong) after; the floor leaves room for two.
  it("pasted as text: at least 23 of 40 pages get the gold day, and at most 2 get a wrong date", () => {
    const score = scoreDates(testSample().map((page) => pastedPageResult(page, gazetteer)));
    expect(score.pages).toBe(40);
    expect(score.right + score.rightlyUndated).toBeGreaterThanOrEqual(23);
    expect(score.wrong).toBeLessThanOrEqual(2);
  });
});
