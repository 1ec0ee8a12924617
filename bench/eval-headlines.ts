// `npm run eval:headlines [-- --limit N] [-- --misses dev|test]` (issue 17 item 4): the headline
// Parallax gives a web page pasted as text, and the body it keeps.
//
// Data: the 1,171 pages of ../shared/data/extraction (scrapinghub 181, trafilatura 990), each
// turned into the text a reader gets by selecting all and copying it in a browser — menus,
// bylines, "Share" lines and all — by bench/lib/headlines-render.ts (linkedom, the innerText
// walk; why not Chromium is said there). Each is imported as pasted plain text through
// ingestArticle, the path of the paste box.
// Gold (bench/lib/headlines-gold.ts): the page's own headline, its og:title with the site's name
// cut off (" | Site", " - Site", "Site - "…), else its only <h1>; the <h1> matching the og:title
// is accepted too. Pages with neither (or several different <h1> and no og:title) are skipped.
// Figures: headline accuracy, exact after folding case, accents, quotes and punctuation (the
// headline figure), and lenient (word F1 >= 0.8); "gold is a line" is the share whose gold is one
// line of the pasted text, the ceiling of any rule that picks a line. Body: the extraction
// metrics of bench/eval-extraction.ts on the kept text. Split: a hash of the page id, half dev
// (tune) and half test (report).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { loadGazetteer } from "../lib/ingest/outlets/gazetteer.ts";
import { extractionDataDir, hasExtractionData } from "./lib/extraction-datasets.ts";
import { loadPastedPages, type Split } from "./lib/headlines-pages.ts";
import { runPastedPages, summarise, type PageResult } from "./lib/headlines-run.ts";
import { scoreHeadline } from "./lib/headlines-score.ts";

const TARGET = 0.9;

const program = new Command()
  .name("eval-headlines")
  .option("--limit <n>", "only the first N pages of each benchmark in each split", (value) => Number.parseInt(value, 10))
  .option("--misses <split>", "list the wrong headlines of one split (dev to tune)")
  .parse();
const { limit, misses } = program.opts<{ limit?: number; misses?: string }>();
if (limit !== undefined && !(limit > 0)) {
  console.error("--limit takes a positive whole number of pages.");
  process.exit(2);
}
if (misses !== undefined && misses !== "dev" && misses !== "test") {
  console.error("--misses takes dev or test.");
  process.exit(2);
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = extractionDataDir(repoRoot);
if (!hasExtractionData(dataDir)) {
  console.log(`Extraction benchmarks not found in ${dataDir} (expected scrapinghub/ and trafilatura/ there); nothing to evaluate.`);
  process.exit(0);
}

const gazetteer = loadGazetteer();
const header = ["split", "pages", "with gold", "exact", "lenient F1>=0.8", "gold is a line", "first line (baseline)", "body F1 scrapinghub", "body F1 trafilatura", "target"];
const rows: string[][] = [];
for (const split of ["dev", "test"] as const satisfies Split[]) {
  const results = runPastedPages(loadPastedPages(dataDir, { split, limit }), gazetteer);
  const figures = summarise(results);
  const share = (count: number) => `${(count / Math.max(1, figures.withGold)).toFixed(3)} (${count})`;
  rows.push([
    split,
    String(figures.pages),
    String(figures.withGold),
    share(figures.exact),
    share(figures.lenient),
    share(figures.goldIsALine),
    share(firstLineRight(results)),
    figures.scrapinghubBody.f1.toFixed(3),
    figures.trafilaturaBody.f1.toFixed(3),
    `exact >= ${TARGET.toFixed(2)}`,
  ]);
  if (misses === split) printMisses(results);
}
console.log("Headlines of web pages pasted as text (gold: the page's og:title without the site name, else its h1)\n");
console.log(formatTable(header, rows));
console.log("\nThe test row is the reported figure; tune on dev (--misses dev).");

/** the naive rule a paste box could use: the first line is the headline */
function firstLineRight(results: PageResult[]): number {
  return results.filter((result) => {
    if (!result.page.gold) return false;
    const first = result.page.pasted.split("\n").find((line) => line.trim()) ?? null;
    return scoreHeadline(first, [result.page.gold.headline, ...result.page.gold.alternatives]).exact;
  }).length;
}

function printMisses(results: PageResult[]): void {
  for (const result of results) {
    if (!result.verdict || result.verdict.exact) continue;
    console.log(`${result.page.benchmark}/${result.page.id} [${result.method}]${result.goldIsALine ? "" : " (gold not a line)"}\n  gold: ${JSON.stringify(result.page.gold!.headline)}${result.page.gold!.alternatives.length ? ` or ${JSON.stringify(result.page.gold!.alternatives[0])}` : ""}\n  got:  ${JSON.stringify(result.headline)}`);
  }
  console.log("");
}

function formatTable(titles: string[], lines: string[][]): string {
  const widths = titles.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const render = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [render(titles), render(widths.map((width) => "-".repeat(width))), ...lines.map(render)].join("\n");
}
