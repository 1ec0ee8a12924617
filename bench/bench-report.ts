// npm run bench:report [-- --runs N] [-- --pdf-runs N] [-- --distinct-outlets]
// Times the fact-check report of a 50-article event (bench/lib/fifty-article-event.ts: the sample
// event, the seeds and 41 BASIL articles merged into one) in every format, end to end as the route
// and the CLI run it: comparison from stored claims, verdicts, model, rendering; for PDF also
// Chromium's start and print. Twelve claims carry verdicts (every rating, evidence, notes).
// Targets (issue 8): under 1 s for every format but PDF, under 3 s for PDF.
import { buildFiftyArticleEvent } from "./lib/fifty-article-event.ts";
import { compareEvent } from "../lib/claims/align/compare-event.ts";
import { exportEventReport, REPORT_FORMATS } from "../lib/report/export/export-report.ts";
import { closeSharedPdfRenderer } from "../lib/report/export/render-pdf.ts";
import { saveVerdict } from "../lib/review/save-verdict.ts";
import { createUser } from "../lib/review/users.ts";
import { VERDICT_RATINGS } from "../lib/review/verdict-scale.ts";

const argument = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const RUNS = Number(argument("--runs", "20"));
const PDF_RUNS = Number(argument("--pdf-runs", "5"));
const VERDICTS = 12;

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]!;

async function main(): Promise<void> {
  const bench = await buildFiftyArticleEvent({ name: "report", distinctOutlets: process.argv.includes("--distinct-outlets") });
  const { db, eventId } = bench;
  try {
    const comparison = await compareEvent(db, { eventId });
    const user = await createUser(db, { email: "bench@example.org", name: "Bench Reviewer", role: "reviewer", password: "bench password 1234" }, null);
    const actor = { id: user.id, name: user.name, email: user.email, role: "reviewer" as const };
    const reviewed = comparison.rows.filter((row) => row.mark !== "single").slice(0, VERDICTS);
    for (const [index, row] of reviewed.entries()) {
      await saveVerdict(
        db,
        {
          eventId,
          rowId: row.id,
          rating: VERDICT_RATINGS[index % VERDICT_RATINGS.length]!,
          summary: `Bench verdict ${index + 1} on ${row.label}.`,
          notes: "Checked against the **ministry** release and two wire reports.",
          evidence: [{ kind: "url", url: `https://example.org/evidence/${index}`, quote: "A quoted passage." }],
          expectedVersion: null,
        },
        actor,
      );
    }
    console.log(`event ${eventId}: ${bench.size} articles, ${comparison.columns.length} columns, ${comparison.rows.length} claims, ${reviewed.length} verdicts`);
    console.log(`format        median ms   p95 ms   runs   bytes      target`);
    for (const format of REPORT_FORMATS) {
      const runs = format === "pdf" ? PDF_RUNS : RUNS;
      const times: number[] = [];
      let bytes = 0;
      await exportEventReport(db, { eventId, format }); // warm: module loading, Chromium's first start
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const report = await exportEventReport(db, { eventId, format });
        times.push(performance.now() - started);
        bytes = Buffer.byteLength(report.body);
      }
      const target = format === "pdf" ? 3000 : 1000;
      const p95 = percentile(times, 0.95);
      console.log(
        `${format.padEnd(12)}  ${percentile(times, 0.5).toFixed(0).padStart(9)}   ${p95.toFixed(0).padStart(6)}   ${String(runs).padStart(4)}   ${String(bytes).padStart(8)}   < ${target} ms ${p95 < target ? "ok" : "MISSED"}`,
      );
    }
  } finally {
    await closeSharedPdfRenderer();
    await bench.cleanup();
  }
}

await main();
