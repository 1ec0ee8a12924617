// tsx bench/eval-crosslang.ts [--split dev|test|both]
// Cross-language sentence matching (issue 17 item 3, issue 16 "French ↔ English") on WMT
// newstest2014 fr–en (../shared/data, see its README): each French sentence matched to its
// English translation among the English sentences of the same document, precision at 1, beside
// the README's shared-token baseline (0.657 on all 3,003 sentences). Prints, per split, one row per
// way of carrying French across: shared tokens only, FreeDict word by word, Apertium's
// French → Spanish → English rendering; with each resource's coverage of French content words and
// its speed. Exits 1 when the data or Apertium is missing.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readWmtDocuments, wmtFile, type Split, type WmtDocument } from "./lib/crosslang-data.ts";
import { runMatcher, type SentenceMatcher } from "./lib/crosslang-run.ts";
import { matchBySharedTokens } from "./lib/crosslang-shared-tokens.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const splitFlag = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1] : "both";
if (!["dev", "test", "both"].includes(splitFlag ?? "")) {
  console.error(`--split takes dev, test or both (got ${splitFlag})`);
  process.exit(1);
}
const splits: Split[] = splitFlag === "both" ? ["dev", "test"] : [splitFlag as Split];

/** precision at 1 of the shared-token baseline on all 3,003 sentences, from the data README */
const README_BASELINE = 0.657;

const file = wmtFile(repoRoot);
if (!file) {
  console.error(`../shared/data/wmt14-fr-en-pairs.jsonl not found next to the repository (${path.resolve(repoRoot, "../shared/data")}); nothing to evaluate.`);
  process.exit(1);
}
if (spawnSync("apertium", ["-l"], { encoding: "utf8" }).status !== 0) {
  console.error("Apertium is not installed (the `apertium` command is missing): run `bash scripts/ensure-apertium.sh` first.");
  process.exit(1);
}

interface Way {
  name: string;
  matcher: SentenceMatcher;
  /** share of French content-word tokens the resource carries into English, or null (identity) */
  coverage: (documents: WmtDocument[]) => number | null;
}

const ways: Way[] = [{ name: "shared tokens (baseline)", matcher: matchBySharedTokens, coverage: () => null }];

const all = readWmtDocuments(file, "all");
const allBaseline = runMatcher(all, matchBySharedTokens);
console.log(`WMT newstest2014 fr–en: ${all.length} documents, ${allBaseline.sentences} French sentences; shared-token baseline on all: P@1 ${allBaseline.precisionAt1.toFixed(3)} (README ${README_BASELINE})\n`);

for (const split of splits) {
  const documents = readWmtDocuments(file, split);
  const sentences = documents.reduce((sum, document) => sum + document.french.length, 0);
  console.log(`${split} split: ${documents.length} documents, ${sentences} French sentences`);
  console.log("way                              P@1     right/all     coverage   sentences/s");
  for (const way of ways) {
    const result = runMatcher(documents, way.matcher);
    const coverage = way.coverage(documents);
    console.log(
      `${way.name.padEnd(32)} ${result.precisionAt1.toFixed(3)}   ${`${result.correct}/${result.sentences}`.padStart(9)}     ${coverage === null ? "   —  " : coverage.toFixed(3)}     ${Math.round(result.sentencesPerSecond).toString().padStart(7)}`,
    );
  }
  console.log("");
}
