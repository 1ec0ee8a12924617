import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import { readClaimsGold } from "./claims-gold.ts";
import { claimsForFile } from "./claims-run.ts";
import { emptyCounts, ROWS, scoreArticle, scoreOf } from "./claims-score.ts";

// A regression floor under `npm run eval:claims` (which prints the full tables). The English
// fixtures live in the repository; the seeds' gold in ../shared, so that half skips without it.
const root = path.resolve(import.meta.dirname, "../..");
const gazetteer = loadGazetteer();

function overall(goldFile: string, textDir: string): { f1: number; unflaggedPronouns: number } {
  const total = emptyCounts();
  let unflaggedPronouns = 0;
  for (const gold of readClaimsGold(goldFile)) {
    const score = scoreArticle(gold, claimsForFile(path.join(textDir, gold.file), gazetteer));
    for (const row of ROWS) {
      total.tp += score.rows[row].tp;
      total.fp += score.rows[row].fp;
      total.fn += score.rows[row].fn;
    }
    unflaggedPronouns += score.unflaggedPronouns;
  }
  return { f1: scoreOf(total).f1, unflaggedPronouns };
}

describe("claim slots quality floor", () => {
  it("English fixtures: micro F1 stays at or above 0.9, no pronoun attribution unflagged", () => {
    const result = overall(path.join(root, "data/eval/en-fixtures-gold.json"), path.join(root, "data/eval/en-fixtures"));
    expect(result.f1).toBeGreaterThanOrEqual(0.9);
    expect(result.unflaggedPronouns).toBe(0);
  });

  const seedsGold = path.resolve(root, "../shared/eval/seeds-gold.json");
  it.skipIf(!existsSync(seedsGold))("seeds: micro F1 stays at or above 0.95, no pronoun attribution unflagged", () => {
    const result = overall(seedsGold, path.resolve(root, "../shared/seeds"));
    expect(result.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.unflaggedPronouns).toBe(0);
  });
});
