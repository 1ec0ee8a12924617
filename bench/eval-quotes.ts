// tsx bench/eval-quotes.ts [--verbose] — issue 17's speaker evaluation: PolNeAR's direct quotes
// (../shared/data/polnear-en-attributions.jsonl, never copied here), each looked up among the
// quotes Parallax finds in the article, its speaker checked against the gold source span (the
// match is documented in bench/lib/quotes-score.ts). Dev and test; test is the headline.
import path from "node:path";
import { polnearFile, readPolnear } from "./lib/quotes-data.ts";
import { quoteScores, scoreArticleQuotes, type QuoteOutcome } from "./lib/quotes-score.ts";

const verbose = process.argv.includes("--verbose");
const root = path.resolve(import.meta.dirname, "..");
const file = polnearFile(root);
if (!file) {
  console.error(`eval:quotes needs ../shared/data/polnear-en-attributions.jsonl beside the repository (${path.resolve(root, "../shared/data")}); it is not there.`);
  process.exit(1);
}

const share = (part: number, whole: number) => (whole ? (part / whole).toFixed(3) : "  —  ");
const started = performance.now();
for (const split of ["dev", "test"] as const) {
  const articles = readPolnear(file, split);
  const outcomes: QuoteOutcome[] = articles.flatMap((article) => scoreArticleQuotes(article));
  const scores = quoteScores(outcomes);
  const notInText = outcomes.filter((outcome) => outcome.goldKind === "named" && outcome.notInText).length;
  console.log(`\n=== ${split} split: ${articles.length} articles, ${outcomes.length} direct quotes, ${scores.named} with a named gold source ===`);
  console.log(`precision  right / attributed          ${scores.right} / ${scores.right + scores.wrong}   ${share(scores.right, scores.right + scores.wrong)}   (target ≥ 0.95)`);
  console.log(`recall     right / named-source quotes ${scores.right} / ${scores.named}   ${share(scores.right, scores.named)}   (target ≥ 0.70)`);
  console.log(`unresolved (found, no speaker)         ${scores.unresolved} / ${scores.named}   ${share(scores.unresolved, scores.named)}`);
  console.log(`not found  (no Parallax quote there)   ${scores.notFound} / ${scores.named}   ${share(scores.notFound, scores.named)}   (of which ${notInText} not in the ingested text)`);
  console.log(`wrong      (another speaker)           ${scores.wrong} / ${scores.named}   ${share(scores.wrong, scores.named)}   (${scores.wrongFromDescription} taken from the source's own description: "X, president of Y" → Y; ${scores.wrong - scores.wrongFromDescription} another name of the article)`);
  console.log(`not scored: ${scores.unnamed} quotes whose gold source is a pronoun or a description (PolNeAR gives no coreference); Parallax attributed ${scores.unnamedAttributed} of them, left ${scores.unnamed - scores.unnamedAttributed} unresolved or unfound.`);
  if (verbose) {
    for (const kind of ["wrong", "unresolved", "not-found"] as const) {
      console.log(`\n${kind} (first 25):`);
      for (const outcome of outcomes.filter((each) => each.goldKind === "named" && each.outcome === kind).slice(0, 25)) {
        console.log(`  ${outcome.quote.id}  gold "${outcome.quote.source}" → ${outcome.goldName}; Parallax ${outcome.speaker ?? "—"}${outcome.wrongFrom ? ` (from ${outcome.wrongFrom})` : ""}${outcome.notInText ? " (not in ingested text)" : ""}  ${outcome.quote.content.slice(0, 70)}`);
      }
    }
  }
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s. The test split is the headline.`);
