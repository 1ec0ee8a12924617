import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { computeClaims, readClaimsSource } from "../../lib/claims/stored-claims.ts";
import type { EventMention, SlotValue } from "../../lib/claims/types.ts";
import { AppError } from "../../lib/errors.ts";
import { ingestArticle } from "../../lib/ingest/ingest-article.ts";
import { loadGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import { decodeBytes } from "../../lib/ingest/read/decode-bytes.ts";
import { fileKindFromName, unsupportedFileError } from "../../lib/ingest/read/input-format.ts";
import { resolveReadOptions } from "../../lib/ingest/read/read-options.ts";
import type { CitedSource } from "../../lib/ingest/types.ts";
import { openDb } from "../open-db.ts";

interface ClaimsFlags {
  json?: boolean;
  db?: string;
}

/** what the command reads, from a file (ingested in memory) or from the database */
interface ClaimsSource {
  id: string | null;
  headline: string | null;
  text: string;
  language: string | null;
  published: string | null;
  outlet: string | null;
  citedSources: CitedSource[];
}

export function registerClaimsCommand(program: Command): void {
  program
    .command("claims")
    .description("Show the claim slots of one article: its events with place, date, participants, chair, host, delegation heads, numbers, quotes and cited sources.")
    .argument("<article>", "an article id from the database, or a .txt/.md/.html file (read in memory, nothing stored)")
    .option("--json", "print { article, events } as JSON (shape in README)")
    .option("--db <path>", "SQLite database file (default: DATABASE_URL or data/parallax.db)")
    .action(async (target: string, flags: ClaimsFlags) => {
      const gazetteer = loadGazetteer();
      const source = looksLikeFile(target) ? readFromFile(target, gazetteer) : await readFromDatabase(target, flags.db);
      const claims = computeClaims(source, gazetteer);
      const article = { id: source.id, headline: source.headline, language: source.language, published: source.published };
      if (flags.json) process.stdout.write(`${JSON.stringify({ article, events: claims.events })}\n`);
      else printClaims(article, claims.events);
    });
}

function looksLikeFile(target: string): boolean {
  return existsSync(target) || fileKindFromName(target) !== null || target.includes(path.sep);
}

function readFromFile(file: string, gazetteer: ReturnType<typeof loadGazetteer>): ClaimsSource {
  const label = path.basename(file);
  if (!existsSync(file) || !statSync(file).isFile()) throw new AppError("NOT_FOUND", `${file}: no such file.`);
  const kind = fileKindFromName(file);
  if (kind === null || kind === "jsonl") throw unsupportedFileError(label);
  const { text, encoding } = decodeBytes(readFileSync(file), label, { maxBytes: resolveReadOptions().maxBytes });
  const article = ingestArticle({ input: { sourceKind: "file", label, text, format: kind, encoding }, gazetteer });
  const outlet = article.metadata.outlet;
  return {
    id: null,
    headline: article.metadata.headline.value,
    text: article.text,
    language: article.metadata.language.value,
    published: article.metadata.published.value?.iso ?? null,
    // an outlet guessed from a cited agency is not the article's own: keep that agency as a source
    outlet: outlet.value && !outlet.inferred ? outlet.value.slug : null,
    citedSources: article.citedSources,
  };
}

async function readFromDatabase(id: string, dbPath: string | undefined): Promise<ClaimsSource> {
  const { db } = await openDb(dbPath);
  try {
    const source = await readClaimsSource(db, id);
    if (!source) throw new AppError("NOT_FOUND", `no article with id ${id} (give an id from \`parallax import --json\`, or a file path).`);
    return source;
  } finally {
    await db.$disconnect();
  }
}

function printClaims(article: { id: string | null; headline: string | null; language: string | null; published: string | null }, events: EventMention[]): void {
  console.log(`${article.headline ?? "(no headline)"}  [${article.id ?? "file, not stored"} · ${article.language ?? "?"} · ${article.published ?? "no date"}]`);
  if (events.length === 0) console.log("  no event found");
  for (const event of events) {
    console.log(`\n${event.id}${event.main ? " (main)" : ""}  ${event.summary}  — "${event.trigger.text}" [${event.trigger.start}-${event.trigger.end}]`);
    for (const slot of event.slots) console.log(`  ${formatSlot(slot)}`);
  }
}

function formatSlot(slot: SlotValue): string {
  const label = slot.label.replace(/\s+/g, " ");
  const shown = label.length > 90 ? `${label.slice(0, 89)}…` : label;
  return `${slot.type.padEnd(20)} ${shown}  [${slot.span.start}-${slot.span.end}]  ${slot.confidence.toFixed(2)}${slot.inferred ? " (inferred)" : ""}`;
}
