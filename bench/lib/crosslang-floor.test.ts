import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchSentences } from "../../lib/nlp/crosslingual/match-sentences.ts";
import { renderEnglish } from "../../lib/nlp/crosslingual/render-english.ts";
import { readWmtDocuments, wmtFile } from "./crosslang-data.ts";
import { runMatcher } from "./crosslang-run.ts";
import { matchBySharedTokens } from "./crosslang-shared-tokens.ts";

// A regression floor under `npm run eval:crosslang` (which prints the full tables): the first 20
// WMT test documents by doc_id, a little under the figure measured there. Skipped without
// ../shared/data next to the repository.
const root = path.resolve(import.meta.dirname, "../..");
const file = wmtFile(root);
if (!file) console.log(`crosslang floor skipped: ${path.resolve(root, "../shared/data/wmt14-fr-en-pairs.jsonl")} is absent`);

describe.skipIf(!file)("cross-language sentence matching floor (WMT14 fr–en, test split sample)", () => {
  const sample = () =>
    readWmtDocuments(file!, "test")
      .sort((a, b) => a.docId.localeCompare(b.docId))
      .slice(0, 20);

  it("matches French sentences to their English translation at P@1 0.95 or more, well above shared tokens", () => {
    const documents = sample();
    // one Apertium run for the sample (as eval:crosslang does); each document's call then reads the cache
    expect(renderEnglish(documents.flatMap((document) => document.french), "fr")).not.toBeNull();
    const apertium = runMatcher(documents, (french, english) => {
      const result = matchSentences(french, english);
      expect(result.method).toBe("apertium+freedict");
      return result.matches.map((match) => match.english);
    });
    const baseline = runMatcher(documents, matchBySharedTokens);
    console.log(`WMT sample: ${apertium.sentences} sentences, P@1 ${apertium.precisionAt1.toFixed(3)} (shared tokens ${baseline.precisionAt1.toFixed(3)})`);
    expect(apertium.sentences).toBeGreaterThan(200);
    expect(apertium.precisionAt1).toBeGreaterThanOrEqual(0.95);
    expect(apertium.precisionAt1 - baseline.precisionAt1).toBeGreaterThanOrEqual(0.2);
  });
});
