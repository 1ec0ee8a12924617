// The comparison fixtures (data/eval/compare-fixtures, written by the Parallax team) and their
// gold rows (data/eval/compare-gold.json), read into the articles alignClaims compares: each file
// ingested like an import ('#' header lines dropped), its outlet taken from the gold (the
// fixtures imitate outlets, they are not their dispatches), its claims built as for a stored one.

import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { CompareArticle } from "../../lib/claims/align/types.ts";
import { buildClaims } from "../../lib/claims/build-claims.ts";
import { ingestArticle } from "../../lib/ingest/ingest-article.ts";
import { loadGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import { analyseArticle } from "../../lib/nlp/analyse-article.ts";

const ZGoldRow = z.object({
  kind: z.enum(["place", "date", "countries", "person", "leadership", "host", "number", "quote", "cited-source", "statement"]),
  match: z.string().optional(),
  mark: z.enum(["agree", "conflict", "partial", "single"]),
  reportedBy: z.array(z.string()).min(1),
  why: z.string().optional(),
});
const ZGoldEvent = z.object({
  id: z.string(),
  what: z.string(),
  articles: z.array(z.object({ file: z.string(), outlet: z.string() })).min(2),
  rows: z.array(ZGoldRow),
});
const ZGoldFile = z.object({ about: z.string(), events: z.array(ZGoldEvent) });

export type CompareGoldRow = z.infer<typeof ZGoldRow>;
export type CompareGoldEvent = z.infer<typeof ZGoldEvent>;

export const COMPARE_GOLD = path.resolve(import.meta.dirname, "../../data/eval/compare-gold.json");
const FIXTURES = path.resolve(import.meta.dirname, "../../data/eval/compare-fixtures");

export function readCompareGold(file = COMPARE_GOLD): CompareGoldEvent[] {
  return ZGoldFile.parse(JSON.parse(readFileSync(file, "utf8"))).events;
}

export function fixtureArticles(event: CompareGoldEvent): CompareArticle[] {
  const gazetteer = loadGazetteer();
  return event.articles.map(({ file, outlet }) => {
    const raw = readFileSync(path.join(FIXTURES, file), "utf8")
      .split("\n")
      .filter((line) => !line.startsWith("#"))
      .join("\n");
    const article = ingestArticle({ input: { sourceKind: "file", label: file, text: raw, format: "text" }, gazetteer });
    const language = article.metadata.language.value;
    const published = article.metadata.published.value?.iso ?? null;
    const known = gazetteer.outlets.find((entry) => entry.name === outlet);
    const slug = known?.slug ?? outlet.toLowerCase().replace(/\W+/g, "-");
    const analysis = analyseArticle({ text: article.text, language, published });
    const claims = buildClaims({ articleId: file, text: article.text, language, published, analysis, citedSources: article.citedSources, gazetteer, outlet: slug });
    return { id: file, headline: article.metadata.headline.value ?? file, outlet: { slug, name: outlet }, language, published, url: null, text: article.text, claims };
  });
}
