// tsx bench/eval-compare.ts — the comparison's marks against hand-made gold: our fixtures in
// data/eval/compare-fixtures (written by the Parallax team, French and English, one event across
// the two languages, deliberate conflicts), every gold row looked up and its mark checked;
// accuracy per mark type, and omissions per cell. Prints every row that went wrong, and why.
import { alignClaims } from "../lib/claims/align/align-claims.ts";
import { fixtureArticles, readCompareGold } from "./lib/compare-fixtures.ts";
import { accuracyByMark, scoreComparison, type RowOutcome } from "./lib/compare-score.ts";

const events = readCompareGold();
const all: RowOutcome[] = [];
for (const event of events) {
  const articles = fixtureArticles(event);
  const comparison = alignClaims(articles);
  const outcomes = scoreComparison(comparison, event.rows);
  all.push(...outcomes);
  const languages = [...new Set(articles.map((article) => article.language))].join(" vs ");
  console.log(`${event.id}  ${event.what}  [${comparison.columns.map((column) => column.outlet).join(", ")}; ${languages}]`);
  for (const outcome of outcomes) {
    const { gold, predicted } = outcome;
    const ok = outcome.markRight && outcome.cellsRight === outcome.cells;
    const label = `${gold.kind}${gold.match ? ` /${gold.match}/` : ""}`;
    const wrongCells = comparison.columns.filter((column, index) => gold.reportedBy.includes(column.outlet) === (predicted?.cells[index]?.mark === "omitted")).map((column) => column.outlet);
    const got = predicted ? `${predicted.mark}${wrongCells.length > 0 ? `; mentioned / not mentioned wrong for ${wrongCells.join(", ")}` : ""}` : "row not found";
    console.log(`  ${ok ? "✓" : "✗"} ${label.padEnd(28)} gold ${gold.mark.padEnd(8)} got ${got}${ok || !predicted ? "" : `  — ${predicted.explanation}`}`);
  }
  console.log("");
}

console.log("mark       right / gold rows   accuracy   (target ≥ 0.90)");
for (const { mark, right, total } of accuracyByMark(all)) {
  console.log(`${mark.padEnd(10)} ${String(right).padStart(5)} / ${String(total).padEnd(12)} ${total ? (right / total).toFixed(3) : "  —  "}`);
}
console.log(`${all.length} gold rows in ${events.length} events. omission: cells of outlets that do not mention a claim others report, found empty; cells: every cell's mentioned / not mentioned, right.`);
