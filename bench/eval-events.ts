// tsx bench/eval-events.ts [--split dev|test] [--tune]
// Event grouping (lib/events) on real news with gold event labels (../shared/data, see its
// README): each set streamed through the online grouper in publication order, scored with B-cubed
// beside the plain TF-IDF single-pass baseline of the README; RPM2 also by how often a topic's two
// events (a month apart) end up linked as related rather than merged; SemEval-2022 Task 8 by the
// Pearson correlation of our same-event score with the human "overall" rating; the seeds against
// their gold event groups. `--tune` grid-searches the thresholds and weights on dev and prints the
// best values for data/events-config.json.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadEventsConfig } from "../lib/events/events-config.ts";
import { byDate, dataDirectory, readArticles, readPairs, type EvalArticle, type Split } from "./lib/events-data.ts";
import { runGrouping } from "./lib/events-run.ts";
import { checkSeeds, seedSignatures } from "./lib/events-seeds.ts";
import { semevalCorrelation, semevalSignatures } from "./lib/events-semeval.ts";
import { articleSignatures } from "./lib/events-signatures.ts";
import { tuneOnDev } from "./lib/events-tune.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tune = process.argv.includes("--tune");
const splitFlag = process.argv[process.argv.indexOf("--split") + 1];
const split: Split = tune ? "dev" : splitFlag === "dev" ? "dev" : "test";

/** B-cubed F1 on the test split of the README's TF-IDF + cosine single-pass grouping, and its SemEval Pearson */
const BASELINE = { basil: 0.929, rpm2: 0.628, allsides: 0.77, mixed: 0.756, semeval: 0.57 };

const directory = dataDirectory(repoRoot);
if (!directory) {
  console.log(`../shared/data not found next to the repository (${path.resolve(repoRoot, "../shared/data")}); nothing to evaluate.`);
  process.exit(1);
}

const sets: { name: keyof typeof BASELINE; articles: EvalArticle[] }[] = [
  { name: "basil", articles: readArticles(directory, "basil-en-articles.jsonl", split) },
  { name: "rpm2", articles: readArticles(directory, "rpm2-fr-articles.jsonl", split) },
  { name: "allsides", articles: readArticles(directory, "allsides-en-articles.jsonl", split) },
];
const mixed = byDate(sets.flatMap(({ name, articles }) => articles.map((article) => ({ ...article, event: `${name}:${article.event}`, thread: `${name}:${article.thread}` }))));
const all = [...sets, { name: "mixed" as const, articles: mixed }];

const started = performance.now();
const signatures = articleSignatures(mixed);
const perArticle = (performance.now() - started) / mixed.length;
const pairs = readPairs(directory, split);
const pairSignatures = semevalSignatures(pairs);
console.log(`${split} split: ${mixed.length} articles, signatures in ${perArticle.toFixed(1)} ms per article; ${pairs.length} original SemEval pairs\n`);

const seedsDirectory = path.resolve(repoRoot, "../shared/seeds");
const seedsGold = path.resolve(repoRoot, "../shared/eval/seeds-gold.json");
const seeds = seedSignatures(seedsDirectory);
if (tune) {
  tuneOnDev({ sets: all, signatures, pairs, pairSignatures, seedsGold, seedSignatures: seeds }, loadEventsConfig());
} else {
  const config = loadEventsConfig();
  const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
  console.log("set        articles  events  groups  B3 P    B3 R    B3 F1   baseline F1   grouping ms/article");
  for (const { name, articles } of all) {
    const groupingStarted = performance.now();
    const result = runGrouping(articles, signatures, config);
    const groupingMs = (performance.now() - groupingStarted) / articles.length;
    const events = new Set(articles.map((article) => article.event)).size;
    const { precision, recall, f1, groups } = result.bCubed;
    console.log(
      `${name.padEnd(10)} ${String(articles.length).padStart(8)} ${String(events).padStart(7)} ${String(groups).padStart(7)}  ${precision.toFixed(3)}   ${recall.toFixed(3)}   ${f1.toFixed(3)}   ${BASELINE[name].toFixed(3)}         ${groupingMs.toFixed(2)}`,
    );
    if (name === "rpm2") {
      const { linked, merged, pairs: threadPairs, linkPrecision } = result.threads;
      console.log(`           topics whose two events are linked as related: ${linked}/${threadPairs} (${percent(linked / threadPairs)}), merged: ${merged}, related links within one topic: ${percent(linkPrecision)}`);
    }
  }
  const r = semevalCorrelation(pairs, pairSignatures, config);
  console.log(`\nSemEval-2022 Task 8, ${pairs.length} original ${split} pairs: Pearson(score, -overall) = ${r.toFixed(3)} (baseline ${BASELINE.semeval}; "overall" 1 = very similar, hence the sign)`);

  const check = checkSeeds(seedsGold, seeds, config);
  console.log(`Seeds: ${check.eventsRight}/${check.events} gold events kept distinct and whole (${check.groups} groups); related pairs linked: ${check.relatedLinked}/${check.relatedPairs}`);
}
