// npm run eval:dates [-- --misses]
// Publication dates of htmldate's evaluation pages (../shared/data/htmldate, 284 real pages, 38
// French) through Parallax's real HTML ingest, scored as htmldate scores itself, on a fixed
// hash split of the page ids: rules are tuned on dev; test is the headline figure. A second table
// pastes the same pages as plain text (their visible text, as "select all, copy" gives it), to
// measure the text path's byline and date-line rules. --misses lists the dev pages we get wrong or
// leave undated (never the test ones).

import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadGazetteer } from "../lib/ingest/outlets/gazetteer.ts";
import { datesDataFile, hasDatesData, readDatedPages, type DatesSplit } from "./lib/dates-data.ts";
import { datePageResult, pastedPageResult, scoreDates, type DateOutcome, type DateScore, type PageResult } from "./lib/dates-score.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** published on the full 1,000 pages (../shared/data/README.md, htmldate's 2026-06-01 run) */
const PUBLISHED: { name: string; accuracy?: number; precision?: number; recall?: number; f1: number }[] = [
  { name: "published: htmldate extensive (1,000 pages)", accuracy: 0.903, precision: 0.908, recall: 0.993, f1: 0.949 },
  { name: "published: htmldate fast", f1: 0.925 },
  { name: "published: newspaper4k", f1: 0.81 },
  { name: "published: news-please", f1: 0.81 },
];

function main(): void {
  if (!hasDatesData(ROOT)) {
    console.error(`htmldate pages not found at ${datesDataFile(ROOT)}: nothing to evaluate (see ../shared/data/README.md).`);
    process.exit(1);
  }
  const gazetteer = loadGazetteer();
  const started = performance.now();
  const pages = readDatedPages(ROOT);
  const results = pages.map((page) => datePageResult(page, gazetteer));
  const seconds = (performance.now() - started) / 1000;
  const pasted = pages.map((page) => pastedPageResult(page, gazetteer));

  console.log(`Publication date (same day as gold) on htmldate's pages, ${results.length} pages in ${seconds.toFixed(0)} s\n`);
  const header = ["set".padEnd(46), "pages", "  acc", " prec", "  rec", "   F1", "cover", "right", "wrong", "missd", "undtd"];
  console.log(header.join("  "));
  for (const split of ["dev", "test"] as DatesSplit[]) {
    const inSplit = results.filter((result) => result.page.split === split);
    const label = split === "test" ? "test (headline)" : "dev (tuning)";
    printRow(`${label}`, scoreDates(inSplit));
    printRow(`  ${split}, French`, scoreDates(inSplit.filter((result) => result.page.french)));
    printRow(`  ${split}, other`, scoreDates(inSplit.filter((result) => !result.page.french)));
  }
  printRow("all pages", scoreDates(results));
  console.log("\nThe same pages pasted as text (select all, copy: visible text only, no meta, no address):");
  for (const split of ["dev", "test"] as DatesSplit[]) {
    const inSplit = pasted.filter((result) => result.page.split === split);
    printRow(`${split} pasted${split === "test" ? " (headline)" : ""}`, scoreDates(inSplit));
    printRow(`  ${split} pasted, French`, scoreDates(inSplit.filter((result) => result.page.french)));
  }
  console.log("");
  for (const row of PUBLISHED) {
    const cell = (value?: number) => (value === undefined ? "    —" : value.toFixed(3));
    console.log([row.name.padEnd(46), "     ", cell(row.accuracy), cell(row.precision), cell(row.recall), cell(row.f1)].join("  "));
  }
  console.log("\nhtmldate's definitions: precision = right / (right + wrong), recall = right / (right + missed), accuracy = (right + rightly undated) / all;");
  console.log("a month-only answer counts as wrong; cover = answered / all; undtd = pages gold calls undated that got no date.");
  printMethods("Dev pages", results.filter((result) => result.page.split === "dev"));
  printMethods("Dev pages pasted as text", pasted.filter((result) => result.page.split === "dev"));
  if (process.argv.includes("--misses")) {
    printMisses("Dev misses", results.filter((result) => result.page.split === "dev"));
    printMisses("Dev misses, pasted as text", pasted.filter((result) => result.page.split === "dev"));
  }
}

function printRow(label: string, score: DateScore): void {
  const f = (value: number) => value.toFixed(3);
  const n = (value: number) => String(value).padStart(5);
  console.log([label.padEnd(46), n(score.pages), f(score.accuracy), f(score.precision), f(score.recall), f(score.f1), f(score.coverage), n(score.right), n(score.wrong), n(score.missed), n(score.rightlyUndated)].join("  "));
}

/** which rule answered, and how often it was right: dev only, to tune on */
function printMethods(title: string, results: PageResult[]): void {
  const byMethod = new Map<string, Record<DateOutcome, number>>();
  for (const result of results) {
    const key = `${result.method}${result.inferred ? " (inferred)" : ""}`;
    const row = byMethod.get(key) ?? { right: 0, wrong: 0, missed: 0, "rightly-undated": 0 };
    row[result.outcome] += 1;
    byMethod.set(key, row);
  }
  console.log(`\n${title} by the rule that settled the date (right / wrong / missed / rightly undated):`);
  for (const [method, row] of [...byMethod.entries()].sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong))) {
    console.log(`  ${method.padEnd(36)} ${row.right} / ${row.wrong} / ${row.missed} / ${row["rightly-undated"]}`);
  }
}

function printMisses(title: string, results: PageResult[]): void {
  console.log(`\n${title}:`);
  for (const result of results.filter((item) => item.outcome === "wrong" || item.outcome === "missed")) {
    const evidence = result.evidence ? ` «${result.evidence.slice(0, 80)}»` : "";
    console.log(`  ${result.outcome.padEnd(7)} gold ${result.page.gold ?? "none"}  found ${result.found ?? "—"}  ${result.method}${evidence}  ${result.page.id} ${result.page.url}`);
  }
}

main();
