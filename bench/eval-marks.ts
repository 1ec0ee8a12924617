// tsx bench/eval-marks.ts [--verbose] [--per-type N] [--seed S] — issue 17's perturbation
// benchmark: real articles of others (RPM2 French, BASIL and AllSides English, WMT14 French and
// English; ../shared/data, never copied here), each copied with exactly one fact changed (found by
// regular expressions and world-countries' names: bench/lib/marks-perturb.ts), original and copy
// compared as two outlets of one event through alignClaims, as the product does. Per type: the
// planted conflicts found, the changed facts no row holds, the false conflicts on the other rows.
// Dev and test (split by a hash of the source article id); test is the headline.
import path from "node:path";
import { DEFAULT_PER_TYPE, DEFAULT_SEED, runMarksBenchmark, type MarksRun } from "./lib/marks-bench.ts";
import { marksDataDirectory } from "./lib/marks-data.ts";
import { PERTURBATION_TYPES } from "./lib/marks-perturb.ts";
import type { MissCause, PairOutcome } from "./lib/marks-run.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} wants a whole number, got "${args[index + 1] ?? ""}"`);
    process.exit(1);
  }
  return value;
};
const perType = option("--per-type", DEFAULT_PER_TYPE);
const seed = option("--seed", DEFAULT_SEED);

const root = path.resolve(import.meta.dirname, "..");
const directory = marksDataDirectory(root);
if (!directory) {
  console.error(`eval:marks needs ../shared/data beside the repository (${path.resolve(root, "../shared/data")}) with rpm2-fr-articles.jsonl, basil-en-articles.jsonl, allsides-en-articles.jsonl and wmt14-fr-en-pairs.jsonl; it is not there.`);
  process.exit(1);
}

const share = (part: number, whole: number) => (whole ? (part / whole).toFixed(3) : "  —  ");

function printTable(title: string, pairs: PairOutcome[]): void {
  console.log(`\n${title}`);
  console.log("type            pairs  found  recall  missing  visible  false-conflict rows / unchanged   share   pairs with any");
  const line = (label: string, group: PairOutcome[]) => {
    const found = group.filter((pair) => pair.found).length;
    const missing = group.filter((pair) => pair.missing).length;
    const visible = group.filter((pair) => pair.visible).length;
    const falseRows = group.reduce((sum, pair) => sum + pair.falseConflicts.length, 0);
    const unchanged = group.reduce((sum, pair) => sum + pair.unchangedRows, 0);
    const withAny = group.filter((pair) => pair.falseConflicts.length > 0).length;
    console.log(
      `${label.padEnd(15)} ${String(group.length).padStart(5)}  ${String(found).padStart(5)}  ${share(found, group.length).padStart(6)}  ${String(missing).padStart(7)}  ${String(visible).padStart(7)}  ${`${falseRows} / ${unchanged}`.padStart(32)}   ${share(falseRows, unchanged).padStart(5)}   ${String(withAny).padStart(5)}`,
    );
  };
  for (const type of PERTURBATION_TYPES) {
    const group = pairs.filter((pair) => pair.type === type);
    if (group.length > 0) line(type, group);
  }
  line("all", pairs);
}

const CAUSES: MissCause[] = ["not-extracted", "no-event", "no-row", "rows-split", "wrong-mark"];

/** the misses by cause, per type: the fix list (marks-run.ts says what each cause means) */
function printCauses(pairs: PairOutcome[]): void {
  console.log("\nmisses by cause (not-extracted: lib/nlp found nothing over the changed words; no-event: the copy has no main event, so no slot rows; no-row: found, but no row holds it; rows-split: the two values in separate rows; wrong-mark: one row, marked otherwise)");
  console.log(`type            misses  ${CAUSES.map((cause) => cause.padStart(13)).join(" ")}   marks the wrong-mark rows got`);
  for (const type of [...PERTURBATION_TYPES, "all" as const]) {
    const misses = pairs.filter((pair) => !pair.found && (type === "all" || pair.type === type));
    if (misses.length === 0) continue;
    const marks = new Map<string, number>();
    for (const pair of misses.filter((each) => each.cause === "wrong-mark")) {
      const got = [...new Set(pair.factRows.filter((row) => row.cells.filter((cell) => cell.values.length > 0).length > 1).map((row) => row.mark))].sort().join("+");
      marks.set(got, (marks.get(got) ?? 0) + 1);
    }
    const counts = CAUSES.map((cause) => String(misses.filter((pair) => pair.cause === cause).length).padStart(13)).join(" ");
    console.log(`${type.padEnd(15)} ${String(misses.length).padStart(6)}  ${counts}   ${[...marks].map(([mark, count]) => `${mark} ${count}`).join(", ")}`);
  }
}

function printRun(run: MarksRun): void {
  const { pairs, wmt } = run;
  console.log(`\n=== ${run.split} split: ${pairs.length} pairs (${[...new Set(pairs.map((pair) => pair.sourceId))].length} source articles; ${run.skipped} articles skipped: ingest kept nothing or changed its own output) ===`);
  console.log("found: the changed fact's row carries the gold mark; missing: no row holds the fact; visible: some row the change touches (a statement diff included) is not marked agree");
  printTable("all sets (targets: recall ≥ 0.90 each type, ≥ 0.95 overall; false-conflict share ≤ 0.03)", pairs);
  for (const corpus of ["rpm2", "basil", "allsides", "wmt14-fr-en"]) printTable(`${corpus}${corpus === "wmt14-fr-en" ? " (French original vs the English translation with one change)" : ""}`, pairs.filter((pair) => pair.corpus === corpus));
  printCauses(pairs);
  console.log(`\nWMT14 French original vs English translation, unchanged (gold: no conflict), ${wmt.documents} documents:`);
  console.log(`  rows ${wmt.rows}: both languages in one row ${wmt.paired} (${share(wmt.paired, wmt.rows)}), one outlet only ${wmt.single} (${share(wmt.single, wmt.rows)}); statement rows pairing a French and an English sentence: ${wmt.statementsPaired} of ${wmt.frenchSentences} French sentences of six words or more; conflicts ${wmt.conflicts.length}`);
  for (const [kind, counts] of [...wmt.byKind].sort()) console.log(`  ${kind.padEnd(13)} paired ${String(counts.paired).padStart(4)}   one outlet only ${String(counts.single).padStart(4)}`);
  if (verbose) {
    for (const conflict of wmt.conflicts.slice(0, 15)) console.log(`  ✗ ${conflict.docId}  ${conflict.label}: ${conflict.explanation}`);
    console.log("\nsample of misses by cause (planted change not marked as gold says), up to 2 per type and cause:");
    const misses = pairs.filter((pair) => !pair.found);
    for (const cause of CAUSES) {
      console.log(` ${cause}:`);
      for (const type of PERTURBATION_TYPES) {
        for (const pair of misses.filter((each) => each.type === type && each.cause === cause).slice(0, 2)) {
          const { perturbation } = pair;
          const rows = pair.factRows.map((row) => `[${row.mark}] ${row.label}: ${row.explanation}`).join(" || ");
          const where = perturbation.edits[0]!;
          console.log(`  ${type.padEnd(14)} ${pair.sourceId} @${where.start}  "${perturbation.original}" → "${perturbation.replacement}" (gold ${perturbation.gold})  ${rows || "no row holds it"}`);
        }
      }
    }
    console.log("\nsample of false conflicts:");
    for (const pair of pairs.filter((each) => each.falseConflicts.length > 0).slice(0, 20)) {
      for (const row of pair.falseConflicts.slice(0, 2)) console.log(`  ${pair.type.padEnd(14)} ${pair.sourceId}  ${row.label}: ${row.explanation}`);
    }
  }
}

const started = performance.now();
const runs = (["dev", "test"] as const).map((split) => runMarksBenchmark({ directory, split, seed, perType }));
for (const run of runs) printRun(run);
console.log(`\nseed ${seed}, up to ${perType} pairs per type and set per split; ${runs.reduce((sum, run) => sum + run.pairs.length, 0)} pairs in ${((performance.now() - started) / 1000).toFixed(1)} s. The test split is the headline.`);
