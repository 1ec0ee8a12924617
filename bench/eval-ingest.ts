// npm run eval:ingest [-- --strict]
// Scores ingest (cleaning + metadata) against the hand-made gold of the five seed articles, then
// measures on real articles nobody in the project wrote (../shared/data, test split) how much body
// text the cleaner keeps and how often language, headline and dateline come out right.
//
// Seed cells: ✓ right, ✗ wrong, — gold is null and the extractor abstained or flagged its value
// as inferred (the gold's own rule). --strict exits 1 when any seed cell is ✗. How descriptive gold
// (boilerplate, English glosses of French sources) is matched: bench/lib/seeds-gold.ts.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingestArticle } from "../lib/ingest/ingest-article.ts";
import { loadGazetteer, matchOutlet, type OutletGazetteer } from "../lib/ingest/outlets/gazetteer.ts";
import type { CleanArticle, MetadataField, RawInput } from "../lib/ingest/types.ts";
import { creditName, fold, loadSeeds, quotedStart, readBoilerplateRule, sourceMatches, type Seed } from "./lib/seeds-gold.ts";

type Cell = "✓" | "✗" | "—";
type Ingest = (input: RawInput) => Pick<CleanArticle, "blocks" | "text" | "metadata" | "citedSources" | "credits" | "internalCopies">;
interface Scored {
  cell: Cell;
  note?: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIELDS = [
  "headline", "outlet", "published", "dateline", "language", "cited sources",
  "boilerplate removed", "repeated passage found", "body sentences kept", "credits not sources",
] as const;

function main(): void {
  const strict = process.argv.includes("--strict");
  const gazetteer = loadGazetteer();
  const ingest: Ingest = (input) => ingestArticle({ input, gazetteer });
  const seeds = loadSeeds(ROOT);
  const results = seeds.map((seed) => scoreSeed(seed, ingest({ sourceKind: "file", label: seed.gold.file, text: seed.text, format: "text" }), gazetteer));

  const header = ["field".padEnd(24), ...seeds.map((seed) => seed.gold.file.slice(0, 3).padStart(5)), "  right / applicable"];
  console.log(`\nSeed articles vs ../shared/eval/seeds-gold.json\n${header.join("")}`);
  let misses = 0;
  for (const field of FIELDS) {
    const cells = results.map((result) => result[field].cell);
    const applicable = cells.filter((cell) => cell !== "—").length;
    const right = cells.filter((cell) => cell === "✓").length;
    misses += applicable - right;
    console.log([field.padEnd(24), ...cells.map((cell) => cell.padStart(5)), `  ${right} / ${applicable}`].join(""));
  }
  console.log("");
  results.forEach((result, index) => {
    for (const field of FIELDS) if (result[field].note) console.log(`${seeds[index]!.gold.file.slice(0, 3)} ${field}: ${result[field].note}`);
  });

  reportCorpora(ingest);
  reportLanguages(ingest);
  if (strict && misses > 0) {
    console.error(`\n--strict: ${misses} seed field(s) wrong.`);
    process.exit(1);
  }
}

function scoreSeed({ gold, text: raw }: Seed, article: ReturnType<Ingest>, gazetteer: OutletGazetteer): Record<(typeof FIELDS)[number], Scored> {
  const { metadata } = article;
  const sameOutlet = (value: string, expected: string) =>
    fold(value) === fold(expected) || (matchOutlet(gazetteer, value)?.slug ?? "a") === (matchOutlet(gazetteer, expected)?.slug ?? "b");
  return {
    headline: scoreValue(metadata.headline, gold.headline, (value) => fold(value) === fold(gold.headline ?? "")),
    outlet: scoreValue(metadata.outlet, gold.outlet, (value) => sameOutlet(value.name, gold.outlet ?? "")),
    published: scoreValue(metadata.published, gold.published, (value) => value.iso === gold.published),
    dateline: scoreValue(metadata.dateline, gold.dateline, (value) => fold(value) === fold(gold.dateline ?? "")),
    language: scoreValue(metadata.language, gold.language, (value) => value === gold.language),
    "cited sources": scoreSources(gold.cited_sources, article.citedSources.map((source) => source.name)),
    "boilerplate removed": scoreBoilerplate(gold.boilerplate_to_remove, article.blocks),
    "repeated passage found": scoreRepeats(gold.repeated_passages, article),
    "body sentences kept": scoreBody(raw, gold.boilerplate_to_remove, article.text),
    "credits not sources": scoreCredits(gold.credits_not_sources, article, sameOutlet),
  };
}

function scoreValue<T>(field: MetadataField<T>, gold: string | null, matches: (value: T) => boolean): Scored {
  const shown = JSON.stringify(field.value);
  if (gold === null) {
    if (field.value === null || field.inferred) return { cell: "—" };
    return { cell: "✗", note: `gold is null, got ${shown} (${field.method}) without the inferred flag` };
  }
  if (field.value !== null && matches(field.value)) return { cell: "✓" };
  return { cell: "✗", note: `expected ${JSON.stringify(gold)}, got ${shown} (${field.method})` };
}

function scoreSources(gold: string[], extracted: string[]): Scored {
  const missing = gold.filter((source) => !extracted.some((name) => sourceMatches(source, name)));
  const extra = extracted.filter((name) => !gold.some((source) => sourceMatches(source, name)));
  const extraNote = extra.length ? `not in gold: ${extra.join("; ")}` : undefined;
  if (missing.length) return { cell: "✗", note: `missing ${missing.join("; ")}${extraNote ? `; ${extraNote}` : ""}` };
  return { cell: "✓", note: extraNote };
}

function scoreBoilerplate(gold: string[], blocks: CleanArticle["blocks"]): Scored {
  const used = new Set<number>();
  const lastPosition = blocks.length - 1;
  const missed: string[] = [];
  for (const entry of gold) {
    const rule = readBoilerplateRule(entry);
    const candidates = blocks.flatMap((block, position) => {
      if (block.kept || used.has(position) || (rule.last && position !== lastPosition)) return [];
      const folded = fold(block.text);
      return rule.pieces.every((piece) => folded.includes(fold(piece))) ? [{ position, exact: rule.pieces.length === 1 && folded === fold(rule.pieces[0]!) }] : [];
    });
    const chosen = candidates.find((candidate) => candidate.exact) ?? candidates[0];
    if (chosen) used.add(chosen.position);
    else missed.push(entry);
  }
  return missed.length ? { cell: "✗", note: `still in the text: ${missed.join(" | ")}` } : { cell: "✓" };
}

function scoreRepeats(gold: Seed["gold"]["repeated_passages"], article: ReturnType<Ingest>): Scored {
  if (!gold.length) {
    return article.internalCopies.length ? { cell: "✗", note: `found ${article.internalCopies.length} repeat(s) the gold does not have` } : { cell: "✓" };
  }
  const problems = gold.flatMap((passage) => {
    const start = quotedStart(passage.first);
    const copy = article.internalCopies.find((candidate) => start && fold(article.text.slice(candidate.sourceStart)).startsWith(fold(start)));
    if (!copy) return [`no repeat of "${start}"`];
    if (/\blast\b/.test(passage.repeat) && copy.position !== article.blocks.length - 1) return [`the repeat found is block ${copy.position}, not the last`];
    return [];
  });
  return problems.length ? { cell: "✗", note: problems.join("; ") } : { cell: "✓" };
}

/** every sentence (4+ words) of the seed minus its gold boilerplate must be in the kept text */
function scoreBody(raw: string, boilerplate: string[], text: string): Scored {
  let paragraphs = raw.split(/\n\s*\n/).map((paragraph) => fold(paragraph)).filter(Boolean);
  for (const entry of boilerplate) {
    const rule = readBoilerplateRule(entry);
    if (rule.last && !rule.pieces.length) {
      paragraphs = paragraphs.slice(0, -1);
      continue;
    }
    paragraphs = removeOnce(paragraphs, rule.pieces.map(fold));
  }
  const kept = fold(text);
  const sentences = paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?»"])\s+/)).filter((sentence) => sentence.split(" ").length >= 4);
  const lost = sentences.filter((sentence) => !kept.includes(sentence));
  return lost.length ? { cell: "✗", note: `${lost.length}/${sentences.length} sentences lost, first: "${lost[0]!.slice(0, 90)}"` } : { cell: "✓" };
}

/** cuts one boilerplate occurrence (first piece to last piece), from the paragraph that is most nearly just that */
function removeOnce(paragraphs: string[], pieces: string[]): string[] {
  const first = pieces[0];
  const lastPiece = pieces.at(-1);
  if (!first || !lastPiece) return paragraphs;
  const holders = paragraphs.flatMap((paragraph, index) => (paragraph.includes(first) ? [index] : []));
  const index = holders.sort((a, b) => paragraphs[a]!.length - paragraphs[b]!.length)[0];
  if (index === undefined) return paragraphs;
  const paragraph = paragraphs[index]!;
  const start = paragraph.indexOf(first);
  const end = Math.max(start + first.length, paragraph.indexOf(lastPiece, start) + lastPiece.length);
  return paragraphs.map((other, position) => (position === index ? (paragraph.slice(0, start) + paragraph.slice(end)).trim() : other));
}

function scoreCredits(gold: string[] | undefined, article: ReturnType<Ingest>, same: (a: string, b: string) => boolean): Scored {
  if (!gold) return { cell: "—" };
  const names = gold.map(creditName);
  const missing = names.filter((name) => !article.credits.some((credit) => same(credit.name, name)));
  const asSources = names.filter((name) => article.citedSources.some((source) => same(source.name, name)));
  if (!missing.length && !asSources.length) return { cell: "✓" };
  return { cell: "✗", note: `${missing.length ? `not credited: ${missing.join(", ")} ` : ""}${asSources.length ? `cited as sources: ${asSources.join(", ")}` : ""}` };
}

interface CorpusRecord {
  title: string;
  text: string;
  lang: string;
  split: string;
  url?: string;
  outlet?: string;
}

/** BASIL's outlet codes -> gazetteer slugs, to check outlet-from-URL */
const BASIL_OUTLETS: Record<string, string> = { nyt: "nyt", fox: "fox-news", hpo: "huffpost" };
/** an independent, deliberately simple reference for "this text opens with a dateline": "WASHINGTON —" */
const DATELINE_REFERENCE = /^[A-Z][A-Z.'’ -]+(?:, [A-Z][A-Za-z.]+)? (?:—|--) /;

function reportCorpora(ingest: Ingest): void {
  console.log("\nReal articles, test split (../shared/data): title line + body pasted as text");
  for (const name of ["rpm2-fr-articles.jsonl", "basil-en-articles.jsonl"]) {
    const file = path.resolve(ROOT, "..", "shared", "data", name);
    if (!existsSync(file)) {
      console.log(`  ${name}: not found at ${file}, skipped`);
      continue;
    }
    const records = readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as CorpusRecord).filter((record) => record.split === "test");
    let sentences = 0, lost = 0, articlesLosing = 0, headlines = 0, languages = 0, outlets = 0, datelinesExpected = 0, datelinesFound = 0;
    let rejected = 0;
    for (const record of records) {
      let article: ReturnType<Ingest>;
      try {
        article = ingest({ sourceKind: "paste", label: name, text: `${record.title}\n\n${record.text}`, format: "text", url: record.url });
      } catch {
        rejected += 1;
        continue;
      }
      const kept = fold(article.text);
      const body = record.text.split("\n").flatMap((line) => fold(line).split(/(?<=[.!?»"”])\s+/)).filter((sentence) => sentence.split(" ").length >= 4);
      const missing = body.filter((sentence) => !kept.includes(sentence)).length;
      sentences += body.length;
      lost += missing;
      if (missing) articlesLosing += 1;
      if (!article.metadata.headline.inferred && fold(article.metadata.headline.value ?? "") === fold(record.title)) headlines += 1;
      if (article.metadata.language.value === record.lang) languages += 1;
      if (record.outlet && article.metadata.outlet.value?.slug === BASIL_OUTLETS[record.outlet]) outlets += 1;
      if (DATELINE_REFERENCE.test(record.text)) {
        datelinesExpected += 1;
        if (article.metadata.dateline.value) datelinesFound += 1;
      }
    }
    const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
    console.log(`  ${name} (${records.length} articles${rejected ? `, ${rejected} rejected as empty` : ""})`);
    console.log(`    body sentences kept ${percent(sentences - lost, sentences)} (${lost} of ${sentences} lost, in ${articlesLosing} articles)`);
    console.log(`    headline = title ${percent(headlines, records.length)}, language right ${percent(languages, records.length)}`);
    if (name.startsWith("basil")) {
      console.log(`    outlet from URL ${percent(outlets, records.length)}, datelines found ${datelinesFound} / ${datelinesExpected} (reference: CAPITALS — at the start)`);
    }
  }
}

interface SemevalPair {
  id1: string;
  id2: string;
  lang1: string;
  lang2: string;
  text1: string;
  text2: string;
  augmented_mt: boolean;
  split: string;
}

/** language detection on SemEval-2022 Task 8 originals (machine translations left out), test split */
function reportLanguages(ingest: Ingest): void {
  const file = path.resolve(ROOT, "..", "shared", "data", "semeval2022-task8-pairs.jsonl");
  if (!existsSync(file)) {
    console.log(`  semeval2022-task8-pairs.jsonl: not found at ${file}, skipped`);
    return;
  }
  const texts = new Map<string, { lang: string; text: string }>();
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const pair = JSON.parse(line) as SemevalPair;
    if (pair.augmented_mt || pair.split !== "test") continue;
    texts.set(pair.id1, { lang: pair.lang1, text: pair.text1 });
    texts.set(pair.id2, { lang: pair.lang2, text: pair.text2 });
  }
  const byLanguage = new Map<string, { total: number; right: number; unsure: number }>();
  for (const { lang, text } of texts.values()) {
    const counts = byLanguage.get(lang) ?? { total: 0, right: 0, unsure: 0 };
    byLanguage.set(lang, counts);
    try {
      const { language } = ingest({ sourceKind: "jsonl", label: "semeval", text, format: "text" }).metadata;
      counts.total += 1;
      if (language.value === lang) counts.right += 1;
      if (language.confidence < 0.5) counts.unsure += 1;
    } catch {
      // a text that cleans to nothing is not a language test
    }
  }
  const cells = [...byLanguage.entries()].map(([lang, { total, right, unsure }]) => `${lang} ${right}/${total} (${unsure} unsure)`);
  console.log(`  semeval2022 originals, language right: ${cells.join(", ")}`);
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
