// tsx bench/eval-crosslang.ts [--split dev|test|both] [--grouping]
// Cross-language sentence matching (issue 17 item 3, issue 16 "French ↔ English") on WMT
// newstest2014 fr–en (../shared/data, see its README): each French sentence matched to its
// English translation among the English sentences of the same document, precision at 1, beside
// the README's shared-token baseline (0.657 on all 3,003 sentences). Prints, per split, one row per
// way of carrying French across: shared tokens only, FreeDict word by word, Apertium's
// French → Spanish → English rendering, and both (what lib/nlp/crosslingual uses); with each
// resource's coverage of French content words and its speed. Exits 1 when the data, Apertium or
// FreeDict is missing. `--grouping` prints instead how the WMT FR+EN stream groups (lib/events,
// unchanged) when French articles carry English terms, for the lead's grouping change.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FrenchTermsOptions } from "../lib/nlp/crosslingual/cross-language-terms.ts";
import { frenchWords, isFrenchStopWord, loadFreedictLexicon } from "../lib/nlp/crosslingual/freedict-lexicon.ts";
import { DEFAULT_MIN_SCORE, matchSentences, type MatchSentencesResult } from "../lib/nlp/crosslingual/match-sentences.ts";
import { clearRenderCache, renderEnglish } from "../lib/nlp/crosslingual/render-english.ts";
import { loadEventsConfig } from "../lib/events/events-config.ts";
import { apertiumKnownWords } from "./lib/crosslang-coverage.ts";
import { printGroupingTable } from "./lib/crosslang-grouping.ts";
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

const lexicon = loadFreedictLexicon();
if (!lexicon) {
  console.error("FreeDict's French–English dictionaries are missing from /usr/share/dictd: run `bash scripts/ensure-apertium.sh` first.");
  process.exit(1);
}

interface Way {
  name: string;
  matcher: SentenceMatcher;
  /** share of French content-word tokens the resource carries into English, or null (identity) */
  coverage: (documents: WmtDocument[]) => number | null;
  /** work done once per split before matching (rendering all its sentences in one batch), timed with it */
  prepare?: (documents: WmtDocument[]) => void;
}

/** French content-word tokens: lower-case words (names cross unchanged and are left out), stop words aside */
const contentTokens = (documents: WmtDocument[]) =>
  documents.flatMap((document) => document.french.flatMap(frenchWords)).filter((word) => word === word.toLowerCase() && !isFrenchStopWord(word));
const share = (tokens: string[], carried: (token: string) => boolean) => tokens.filter(carried).length / tokens.length;
const known = new WeakMap<WmtDocument[], Set<string>>();
const knownToApertium = (documents: WmtDocument[]) => {
  if (!known.has(documents)) known.set(documents, apertiumKnownWords(contentTokens(documents)));
  return known.get(documents)!;
};

/** matchSentences with some resources left out; fails loudly if it had to fall back further */
function moduleMatcher(use: FrenchTermsOptions["use"], expected: MatchSentencesResult["method"]): SentenceMatcher {
  return (french, english) => {
    const result = matchSentences(french, english, { use });
    if (result.method !== expected) throw new Error(`matchSentences carried French by ${result.method}, not ${expected}`);
    return result.matches.map((match) => match.english);
  };
}

// one batch for the whole split, as an import of many articles would do; the per-document calls
// then read the cache. Emptied first, so each row's speed includes its own rendering.
const renderSplit = (documents: WmtDocument[]) => {
  clearRenderCache();
  if (!renderEnglish(documents.flatMap((document) => document.french), "fr")) throw new Error("Apertium failed on the split's sentences");
};

const ways: Way[] = [
  { name: "shared tokens (baseline)", matcher: matchBySharedTokens, coverage: () => null },
  {
    name: "FreeDict word by word",
    matcher: moduleMatcher({ apertium: false }, "freedict"),
    coverage: (documents) => share(contentTokens(documents), (token) => lexicon.lookup(token) !== null),
  },
  {
    name: "Apertium fr→es→en",
    prepare: renderSplit,
    matcher: moduleMatcher({ freedict: false }, "apertium"),
    coverage: (documents) => share(contentTokens(documents), (token) => knownToApertium(documents).has(token)),
  },
  {
    name: "Apertium + FreeDict (lib/)",
    prepare: renderSplit,
    matcher: moduleMatcher(undefined, "apertium+freedict"),
    coverage: (documents) => share(contentTokens(documents), (token) => knownToApertium(documents).has(token) || lexicon.lookup(token) !== null),
  },
];

if (process.argv.includes("--grouping")) {
  printGroupingTable(readWmtDocuments(file, "dev"), readWmtDocuments(file, "test"), loadEventsConfig());
  process.exit(0);
}

const all = readWmtDocuments(file, "all");
const allBaseline = runMatcher(all, matchBySharedTokens);
console.log(`WMT newstest2014 fr–en: ${all.length} documents, ${allBaseline.sentences} French sentences; shared-token baseline on all: P@1 ${allBaseline.precisionAt1.toFixed(3)} (README ${README_BASELINE})\n`);

for (const split of splits) {
  const documents = readWmtDocuments(file, split);
  const sentences = documents.reduce((sum, document) => sum + document.french.length, 0);
  console.log(`${split} split: ${documents.length} documents, ${sentences} French sentences`);
  console.log("way                              P@1     right/all     coverage   sentences/s");
  for (const way of ways) {
    const started = performance.now();
    way.prepare?.(documents);
    const prepareSeconds = (performance.now() - started) / 1000;
    const matched = runMatcher(documents, way.matcher);
    const result = { ...matched, sentencesPerSecond: matched.sentences / (prepareSeconds + matched.sentences / matched.sentencesPerSecond) };
    const coverage = way.coverage(documents);
    console.log(
      `${way.name.padEnd(32)} ${result.precisionAt1.toFixed(3)}   ${`${result.correct}/${result.sentences}`.padStart(9)}     ${coverage === null ? "   —  " : coverage.toFixed(3)}     ${Math.round(result.sentencesPerSecond).toString().padStart(7)}`,
    );
  }
  console.log("");
}
console.log(`FreeDict: ${lexicon.headwords} French headwords (plus the English–French entries inverted). Coverage: share of the French content-word tokens (lower-case, stop words aside) the resource carries into English. A French sentence whose best cosine is under ${DEFAULT_MIN_SCORE} is left unmatched (counted wrong).`);
