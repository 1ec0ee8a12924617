// `npm run eval:extraction [-- --limit N] [-- --misses]`: scores extractHtmlArticle on the two
// HTML extraction benchmarks in ../shared/data/extraction, beside the figures their README
// publishes and beside Readability alone (same parser, no cleaning, no fallback) as a baseline.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { extractHtmlArticle } from "../lib/ingest/html/extract-html-article.ts";
import { extractReadabilityOnly } from "./lib/extraction-baseline.ts";
import { extractionDataDir, hasExtractionData, loadScrapinghubPages, loadTrafilaturaPages, readHtml } from "./lib/extraction-datasets.ts";
import {
  aggregatePassageCounts,
  aggregateShingleScores,
  scorePassagePage,
  scoreShinglePage,
  type CorpusScore,
  type PassageCounts,
  type PageShingleScore,
} from "./lib/extraction-metrics.ts";
import { PUBLISHED_SCORES } from "./lib/extraction-published.ts";

type Extractor = (html: string, url?: string) => string;

const EXTRACTORS: { name: string; run: Extractor }[] = [
  { name: "parallax (Readability + cleaning)", run: (html, url) => extractHtmlArticle(html, { url }).paragraphs.join("\n") },
  { name: "Readability alone (same parser, no cleaning)", run: (html) => extractReadabilityOnly(html).join("\n") },
];

interface Row {
  benchmark: string;
  extractor: string;
  score: CorpusScore;
  pagesPerSecond?: number;
}

const program = new Command()
  .name("eval-extraction")
  .option("--limit <n>", "score only the first N pages of each benchmark", (value) => Number.parseInt(value, 10))
  .option("--misses", "list missed passages and kept boilerplate (trafilatura set) for our extractor")
  .parse();
const { limit, misses } = program.opts<{ limit?: number; misses?: boolean }>();

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = extractionDataDir(repoRoot);
if (!hasExtractionData(dataDir)) {
  console.log(`Extraction benchmarks not found in ${dataDir} (expected scrapinghub/ and trafilatura/ there); nothing to evaluate.`);
  process.exit(0);
}
if (limit !== undefined && !(limit > 0)) {
  console.error("--limit takes a positive whole number of pages.");
  process.exit(2);
}

const rows: Row[] = [];

const scrapinghub = loadScrapinghubPages(dataDir).slice(0, limit);
const scrapinghubHtml = scrapinghub.map((page) => readHtml(page.htmlPath));
for (const extractor of EXTRACTORS) {
  const pages: PageShingleScore[] = [];
  const started = performance.now();
  const outputs = scrapinghub.map((page, i) => extractor.run(scrapinghubHtml[i]!, page.url));
  const seconds = (performance.now() - started) / 1000;
  scrapinghub.forEach((page, i) => pages.push(scoreShinglePage(page.gold, outputs[i]!)));
  rows.push({ benchmark: "scrapinghub", extractor: extractor.name, score: aggregateShingleScores(pages), pagesPerSecond: scrapinghub.length / seconds });
}
rows.push(...PUBLISHED_SCORES.filter((row) => row.benchmark === "scrapinghub").map((row) => ({ ...row, extractor: `published: ${row.extractor}` })));

const trafilatura = loadTrafilaturaPages(dataDir).slice(0, limit);
const trafilaturaHtml = trafilatura.map((page) => readHtml(page.htmlPath));
for (const [index, extractor] of EXTRACTORS.entries()) {
  const started = performance.now();
  const outputs = trafilatura.map((page, i) => extractor.run(trafilaturaHtml[i]!, page.url));
  const seconds = (performance.now() - started) / 1000;
  const counts: PassageCounts[] = trafilatura.map((page, i) => scorePassagePage(outputs[i]!, page.goldWith, page.goldWithout));
  rows.push({ benchmark: "trafilatura", extractor: extractor.name, score: aggregatePassageCounts(counts), pagesPerSecond: trafilatura.length / seconds });
  if (misses && index === 0) printMisses(trafilatura, outputs);
}
rows.push(...PUBLISHED_SCORES.filter((row) => row.benchmark === "trafilatura").map((row) => ({ ...row, extractor: `published: ${row.extractor}` })));

console.log(`Extraction benchmarks (${scrapinghub.length} scrapinghub pages, ${trafilatura.length} trafilatura pages)\n`);
console.log(formatTable(rows));

function printMisses(pages: ReturnType<typeof loadTrafilaturaPages>, outputs: string[]): void {
  const collapse = (text: string) => text.replace(/\s+/g, " ");
  pages.forEach((page, i) => {
    const output = collapse(outputs[i]!);
    const missed = page.goldWith.filter((passage) => !output.includes(collapse(passage)));
    const leaked = page.goldWithout.filter((passage) => output.includes(collapse(passage)));
    if (missed.length || leaked.length) console.log(`${page.id}\n  missed: ${JSON.stringify(missed)}\n  leaked: ${JSON.stringify(leaked)}`);
  });
}

function formatTable(table: Row[]): string {
  const figure = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "" : value.toFixed(3));
  const header = ["benchmark", "extractor", "precision", "recall", "F1", "accuracy", "pages/s"];
  const lines = table.map((row) => [
    row.benchmark,
    row.extractor,
    figure(row.score.precision),
    figure(row.score.recall),
    figure(row.score.f1),
    figure(row.score.accuracy),
    row.pagesPerSecond === undefined ? "" : row.pagesPerSecond.toFixed(1),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const render = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [render(header), render(widths.map((width) => "-".repeat(width))), ...lines.map(render)].join("\n");
}
