// npm run eval:claims [-- --misses]
// Scores claim slots (lib/claims/build-claims.ts) against hand-made gold: the five seeds
// (../shared/eval/seeds-gold.json, French) and our English wire-style fixtures
// (data/eval/en-fixtures-gold.json). Matching rules: bench/lib/claims-gold.ts and claims-score.ts.
// Overall F1 is micro-averaged over the slot rows; the events row (was each gold event found,
// were extra events reported) is shown apart because the gold lists the events a story is about,
// not every background incident it mentions.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadGazetteer } from "../lib/ingest/outlets/gazetteer.ts";
import { readClaimsGold } from "./lib/claims-gold.ts";
import { claimsForFile } from "./lib/claims-run.ts";
import { emptyCounts, ROWS, scoreArticle, scoreOf, type ArticleScore, type Counts, type Row } from "./lib/claims-score.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const showMisses = process.argv.includes("--misses");
const gazetteer = loadGazetteer();

interface Corpus {
  title: string;
  goldFile: string;
  textDir: string;
}

const corpora: Corpus[] = [
  { title: "Seeds (French, ../shared/eval/seeds-gold.json)", goldFile: path.resolve(repoRoot, "../shared/eval/seeds-gold.json"), textDir: path.resolve(repoRoot, "../shared/seeds") },
  { title: "English fixtures (data/eval/en-fixtures-gold.json, written by the Parallax team)", goldFile: path.join(repoRoot, "data/eval/en-fixtures-gold.json"), textDir: path.join(repoRoot, "data/eval/en-fixtures") },
];

let failed = false;
for (const corpus of corpora) {
  if (!existsSync(corpus.goldFile)) {
    console.log(`${corpus.title}: gold not found at ${corpus.goldFile}; skipped (the seeds need ../shared next to the repository).\n`);
    continue;
  }
  const scores: ArticleScore[] = [];
  for (const gold of readClaimsGold(corpus.goldFile)) {
    const score = scoreArticle(gold, claimsForFile(path.join(corpus.textDir, gold.file), gazetteer));
    scores.push(score);
    if (showMisses && score.misses.length) console.log(`${gold.file}\n  ${score.misses.join("\n  ")}`);
  }
  const totals = sum(scores);
  console.log(`\n${corpus.title}: ${scores.length} articles\n`);
  console.log(table(totals.rows, totals.events));
  console.log(`pronoun-based attributions without the inferred flag: ${totals.unflaggedPronouns}\n`);
  if (totals.unflaggedPronouns > 0) failed = true;
}
if (failed) process.exitCode = 1;

function sum(scores: ArticleScore[]): { rows: Record<Row, Counts>; events: Counts; unflaggedPronouns: number } {
  const rows = Object.fromEntries(ROWS.map((row) => [row, emptyCounts()])) as Record<Row, Counts>;
  const events = emptyCounts();
  let unflaggedPronouns = 0;
  for (const score of scores) {
    for (const row of ROWS) add(rows[row], score.rows[row]);
    add(events, score.events);
    unflaggedPronouns += score.unflaggedPronouns;
  }
  return { rows, events, unflaggedPronouns };
}

function add(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

function table(rows: Record<Row, Counts>, events: Counts): string {
  const overall = emptyCounts();
  for (const row of ROWS) add(overall, rows[row]);
  const line = (name: string, counts: Counts) => {
    const { precision, recall, f1 } = scoreOf(counts);
    return [name, String(counts.tp), String(counts.fp), String(counts.fn), precision.toFixed(3), recall.toFixed(3), f1.toFixed(3)];
  };
  const body = [...ROWS.map((row) => line(row, rows[row])), line("overall (micro)", overall), line("events (apart)", events)];
  const header = ["slot", "tp", "fp", "fn", "precision", "recall", "F1"];
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const render = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  const rule = widths.map((width) => "-".repeat(width));
  return [render(header), render(rule), ...body.slice(0, ROWS.length).map(render), render(rule), ...body.slice(ROWS.length).map(render)].join("\n");
}
