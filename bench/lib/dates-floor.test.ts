import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import { hasDatesData, readDatedPages } from "./dates-data.ts";
import { datePageResult, scoreDates } from "./dates-score.ts";

// A regression floor under `npm run eval:dates` (which prints the full tables), on a fixed sample
// of the test split: the first 10 French and first 30 other pages by id. 36 of 40 are right when
// this floor was set; the floor leaves room for two. Skipped without ../shared next to the
// repository.
const root = path.resolve(import.meta.dirname, "../..");

describe.skipIf(!hasDatesData(root))("publication date quality floor on htmldate pages, test split sample (skipped without ../shared/data/htmldate)", () => {
  it("at least 34 of 40 pages get the gold day, and at most 4 get a wrong date", () => {
    const pages = readDatedPages(root, "test").sort((a, b) => a.id.localeCompare(b.id));
    const sample = [...pages.filter((page) => page.french).slice(0, 10), ...pages.filter((page) => !page.french).slice(0, 30)];
    const gazetteer = loadGazetteer();
    const score = scoreDates(sample.map((page) => datePageResult(page, gazetteer)));
    expect(score.pages).toBe(40);
    expect(score.right + score.rightlyUndated).toBeGreaterThanOrEqual(34);
    expect(score.wrong).toBeLessThanOrEqual(4);
  });
});
