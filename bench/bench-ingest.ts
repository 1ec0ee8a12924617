// npm run bench:ingest [-- --count N]
// Imports ≥ 10,000 articles (real texts from ../shared/data plus the seeds, and reprint variants
// of them to reach the count) into a fresh SQLite file through the same code path as
// `parallax import` (read → clean → metadata → store with copy detection), and prints
// articles/s and peak RSS. One Node process: the pipeline runs on one core.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyConnectionPragmas, createDb } from "../lib/db/client.ts";
import { ensureMigrated, REPO_ROOT } from "../lib/db/migrate.ts";
import { importInputs } from "../lib/ingest/import-inputs.ts";

const SHARED_DATA = path.resolve(REPO_ROOT, "../shared/data");
const countArg = process.argv.indexOf("--count");
const target = countArg > 0 ? Number(process.argv[countArg + 1]) : 10_000;

interface JsonlArticle {
  text: string;
  title?: string;
  outlet?: string;
  language?: string;
}

function realArticles(): JsonlArticle[] {
  const articles: JsonlArticle[] = [];
  for (const file of readdirSync(path.join(REPO_ROOT, "data", "samples")).filter((name) => name.endsWith(".txt")).sort()) {
    articles.push({ text: readFileSync(path.join(REPO_ROOT, "data", "samples", file), "utf8") });
  }
  if (!existsSync(SHARED_DATA)) {
    console.log(`note: ${SHARED_DATA} is absent: the corpus is built from data/samples only.`);
    return articles;
  }
  for (const name of ["basil-en-articles.jsonl", "rpm2-fr-articles.jsonl", "allsides-en-articles.jsonl"]) {
    for (const line of readFileSync(path.join(SHARED_DATA, name), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text: string; title?: string; lang?: string };
      articles.push({ text: row.text, title: row.title, language: row.lang });
    }
  }
  const seen = new Set<string>();
  for (const line of readFileSync(path.join(SHARED_DATA, "semeval2022-task8-pairs.jsonl"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const pair = JSON.parse(line) as { id1: string; id2: string; text1: string; text2: string; augmented_mt: boolean };
    if (pair.augmented_mt) continue;
    for (const [id, text] of [[pair.id1, pair.text1], [pair.id2, pair.text2]] as const) {
      if (seen.has(id) || !text.trim()) continue;
      seen.add(id);
      articles.push({ text });
    }
  }
  return articles;
}

/** A reprint: another outlet runs the wire story with its own chrome around it (realistic copy load). */
function reprint(article: JsonlArticle, index: number): JsonlArticle {
  const chrome = ["Rechercher", "Dernières Infos", `Infos / A La Une / Monde / Édition ${index}`];
  const paragraphs = article.text.split(/\n+/).filter((paragraph) => paragraph.trim());
  const body = paragraphs.slice(0, Math.max(1, paragraphs.length - (index % 3))).join("\n\n");
  const note = `Reprinted by desk ${index} (bench variant).`;
  return { ...article, text: `${chrome.join("\n")}\n\n${note}\n\n${body}\n\nPartager Cet Article\nSOURCE: REPRINT DESK ${index}`, outlet: `Reprint Desk ${index % 40}` };
}

async function main(): Promise<void> {
  const real = realArticles();
  const corpus = [...real];
  for (let index = 0; corpus.length < target; index += 1) corpus.push(reprint(real[index % real.length]!, index));

  const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-bench-"));
  const feed = path.join(dir, "corpus.jsonl");
  writeFileSync(feed, corpus.map((article) => JSON.stringify(article)).join("\n"));
  const url = `file:${path.join(dir, "bench.db")}`;
  await ensureMigrated(url);
  const db = createDb(url);
  await applyConnectionPragmas(db);

  const started = performance.now();
  const summary = await importInputs(db, [{ kind: "path", path: feed }], { origin: "bench", maxBytes: 1024 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const copies = await db.copiedPassage.count({ where: { kind: "cross" } });
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });

  const processed = summary.items.length;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log("| measure | value |");
  console.log("|---|---|");
  console.log(`| articles in the input (${real.length} real texts + ${corpus.length - real.length} reprint variants) | ${corpus.length} |`);
  console.log(`| imported / duplicates / rejected | ${summary.imported} / ${summary.duplicates} / ${summary.rejected} |`);
  console.log(`| cross-article copied passages stored | ${copies} |`);
  console.log(`| wall time | ${seconds.toFixed(1)} s |`);
  console.log(`| **articles/s** (import + cleaning + metadata + storage) | **${(processed / seconds).toFixed(0)}** |`);
  console.log(`| peak RSS | ${peakRssMb.toFixed(0)} MB |`);
  console.log(`target: ≥ 500 articles/s on one core`);
}

await main();
