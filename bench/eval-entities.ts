// `npm run eval:entities [-- --limit N]` (issue 17 item 5): the people and places lib/nlp finds
// (findPeople, findPlaces: what claims use), against gold written by others:
// - ECB+ (English news, the standard split: dev topics 2 5 12 18 21 23 34 35, test 36–45): named
//   HUMAN and LOCATION mentions of the validated sentences (bench/lib/entities-data.ts says what
//   "named" means); predictions outside those sentences are not scored;
// - Europeana (French newspapers 1906–1939, OCR noise): PER and LOC, split in half by a hash of
//   the segment id.
// Mention-level precision / recall / F1, exact span and lenient (overlap sharing a capitalised
// word, one to one); the lenient F1 is the headline figure, since ECB+ spans carry determiners and
// modifiers a name finder does not mark ("the Promises Treatment Center in Malibu, California").
// Pronouns and a role repeated without the name are left out of Parallax's people.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { entitiesDataDir, readEcbEntities, readEuropeanaEntities, type EntityDocument, type EntityType, type Split } from "./lib/entities-data.ts";
import { addCounts, countMatches, findEntities, NO_COUNTS, prf, type Counts, type FindOptions } from "./lib/entities-score.ts";

const TARGET = 0.85;

const program = new Command()
  .name("eval-entities")
  .option("--limit <n>", "only the first N documents of each set in each split", (value) => Number.parseInt(value, 10))
  .parse();
const { limit } = program.opts<{ limit?: number }>();
if (limit !== undefined && !(limit > 0)) {
  console.error("--limit takes a positive whole number of documents.");
  process.exit(2);
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const directory = entitiesDataDir(repoRoot);
if (!directory) {
  console.log(`ECB+ and Europeana files not found in ${path.resolve(repoRoot, "../shared/data")}; nothing to evaluate.`);
  process.exit(0);
}

const header = ["set", "split", "docs", "type", "gold", "found", "exact P", "exact R", "exact F1", "lenient P", "lenient R", "lenient F1", "target"];
const rows: string[][] = [];
const sets: { name: string; read: (split: Split) => EntityDocument[]; options?: FindOptions; types: EntityType[] }[] = [
  { name: "ECB+", read: (split) => readEcbEntities(directory, split), types: ["PER", "LOC"] },
  { name: "ECB+ (orgs as people)", read: (split) => readEcbEntities(directory, split), options: { organisationsAsPeople: true }, types: ["PER"] },
  { name: "Europeana fr", read: (split) => readEuropeanaEntities(directory, split), types: ["PER", "LOC"] },
];
for (const set of sets) {
  for (const split of ["dev", "test"] as const) {
    const documents = set.read(split).slice(0, limit);
    const totals = new Map<EntityType, Counts>(set.types.map((type) => [type, NO_COUNTS]));
    for (const document of documents) {
      const predicted = findEntities(document, set.options);
      for (const type of set.types) totals.set(type, addCounts(totals.get(type)!, countMatches(predicted, document.gold, type)));
    }
    for (const type of set.types) {
      const counts = totals.get(type)!;
      const exact = prf(counts.exact, counts);
      const lenient = prf(counts.lenient, counts);
      rows.push([set.name, split, String(documents.length), type, String(counts.gold), String(counts.predicted), ...[exact.precision, exact.recall, exact.f1, lenient.precision, lenient.recall, lenient.f1].map((value) => value.toFixed(3)), `lenient F1 >= ${TARGET}`]);
    }
  }
}
console.log("People (PER) and places (LOC) found by lib/nlp against gold by others; the test rows and lenient F1 are the reported figures\n");
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const render = (cells: string[]) => cells.map((cell, column) => (column < 2 || column === 3 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
console.log([render(header), render(widths.map((width) => "-".repeat(width))), ...rows.map(render)].join("\n"));
