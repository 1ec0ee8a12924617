// Runs one perturbation pair through the comparison exactly as the product does — each text
// ingested as a pasted article, analysed, its claims built (bench/lib/compare-fixtures.ts's path),
// the two compared by alignClaims as two outlets of one event — and scores it:
// - the changed fact's rows: rows of the type's kinds (FACT_ROW_KINDS) with a cell whose span
//   covers the changed words in its own article, or whose values name the original or new value;
// - found: one of them carries the gold mark (conflict; partial for a within-tolerance figure, and
//   then none may be conflict); missing: no such row at all (MissCause says why);
// - visible: some row the change touches (a statement's word diff included) is not "agree";
// - false conflicts: conflict rows among the rest, statement rows left out of the count (identical
//   sentences agree by construction and would only dilute the share).

import { alignClaims } from "../../lib/claims/align/align-claims.ts";
import type { ClaimComparison, CompareArticle, CompareRow } from "../../lib/claims/align/types.ts";
import { buildClaims } from "../../lib/claims/build-claims.ts";
import { foldText } from "../../lib/ingest/clean/fold-text.ts";
import { AppError } from "../../lib/errors.ts";
import { ingestArticle } from "../../lib/ingest/ingest-article.ts";
import { loadGazetteer, type OutletGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";
import { analyseArticle } from "../../lib/nlp/analyse-article.ts";
import type { ArticleAnalysis } from "../../lib/nlp/types.ts";
import type { SourceArticle } from "./marks-data.ts";
import { copyRanges, FACT_ROW_KINDS, originalRanges, type Perturbation, type PerturbationType } from "./marks-perturb.ts";

let gazetteer: OutletGazetteer | null = null;

export interface PreparedText {
  /** the text as ingest keeps it: where facts are looked for and changed */
  text: string;
  language: string | null;
  published: string | null;
}

/** the article's text after ingest (the copy is made from this, so spans line up) */
export function prepareText(article: SourceArticle): PreparedText | null {
  gazetteer ??= loadGazetteer();
  try {
    const ingested = ingestArticle({ input: { sourceKind: "paste", label: article.id, text: article.text, format: "text", ...(article.title ? { titleHint: article.title } : {}), ...(article.published ? { publishedHint: article.published } : {}) }, gazetteer });
    return { text: ingested.text, language: ingested.metadata.language.value, published: article.published ?? ingested.metadata.published.value?.iso ?? null };
  } catch (error) {
    // a text ingest keeps nothing of (an excerpt of boilerplate) is no article to plant in
    if (error instanceof AppError && error.code === "NO_ARTICLE_TEXT") return null;
    throw error;
  }
}

/** ingest cleaned a text it had already cleaned: the planted spans would not line up, so the article is skipped */
export class IngestNotStable extends Error {}

export interface BuiltArticle {
  article: CompareArticle;
  /** what lib/nlp found in it: tells a fact never extracted from one extracted but left out of the rows */
  analysis: ArticleAnalysis;
}

/** one outlet's article built as the product builds a pasted one */
export function buildArticle(options: { id: string; outlet: string; title: string | null; text: string; published: string | null }): BuiltArticle {
  gazetteer ??= loadGazetteer();
  const { id, outlet, title, text, published } = options;
  const ingested = ingestArticle({ input: { sourceKind: "paste", label: id, text, format: "text", ...(title ? { titleHint: title } : {}), ...(published ? { publishedHint: published } : {}) }, gazetteer });
  if (ingested.text !== text) throw new IngestNotStable(`${id}: ingest changed a text it had already cleaned; the planted span would not line up`);
  const language = ingested.metadata.language.value;
  const slug = outlet.toLowerCase().replace(/\W+/g, "-");
  const analysis = analyseArticle({ text: ingested.text, language, published });
  const claims = buildClaims({ articleId: id, text: ingested.text, language, published, analysis, citedSources: ingested.citedSources, gazetteer, outlet: slug });
  return { article: { id, headline: ingested.metadata.headline.value ?? id, outlet: { slug, name: outlet }, language, published, url: null, text: ingested.text, claims }, analysis };
}

/**
 * Why a planted change was not marked as gold says, the lead's fix list: lib/nlp never extracted
 * the fact; the copy has no main event at all (no event trigger found, so no slot rows); extracted
 * but no row holds it (not a slot of the main event); the original's and the copy's values in
 * separate rows (each "one outlet only"); or one row with both, marked wrong.
 */
export type MissCause = "not-extracted" | "no-event" | "no-row" | "rows-split" | "wrong-mark";

export interface PairOutcome {
  corpus: string;
  sourceId: string;
  type: PerturbationType;
  perturbation: Perturbation;
  found: boolean;
  /** no row of the type's kinds holds the changed fact */
  missing: boolean;
  /** the changed fact's rows, with the mark each got */
  factRows: CompareRow[];
  /** some row the change touches, a statement's word diff included, is marked other than agree: a reader can see it */
  visible: boolean;
  /** null when found */
  cause: MissCause | null;
  /** rows the change does not touch (statement rows left out) and the conflicts among them */
  unchangedRows: number;
  falseConflicts: CompareRow[];
  comparison: ClaimComparison;
}

/** article id -> the changed words' ranges in that article: the original's words in the original, the replacements in the copy */
export type ChangeRanges = Map<string, [number, number][]>;

function overlaps(row: CompareRow, ranges: ChangeRanges): boolean {
  return row.cells.some((cell) => {
    const own = ranges.get(cell.articleId) ?? [];
    return cell.values.some((value) => own.some(([start, end]) => value.span.start < end && start < value.span.end));
  });
}

/** the original or new value named in a row's values (a speaker's name, a place's label), whole words only */
function namesValue(row: CompareRow, needles: string[]): boolean {
  const haystack = foldText(
    row.cells
      .flatMap((cell) => cell.values.flatMap((value) => [value.label, value.canonical, ...Object.values(value.detail ?? {}).filter((each): each is string => typeof each === "string")]))
      .join(" | "),
  );
  return needles.some((needle) => {
    const folded = foldText(needle);
    return folded.length >= 3 && new RegExp(`(?<![\\p{L}\\p{N}])${folded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(haystack);
  });
}

/** whether lib/nlp found a mention of the type's kind over the changed words of the copy */
export function extracted(analysis: ArticleAnalysis, type: PerturbationType, ranges: [number, number][]): boolean {
  const over = (span: { start: number; end: number } | null | undefined) => !!span && ranges.some(([start, end]) => span.start < end && start < span.end);
  switch (type) {
    case "weekday":
    case "date":
    case "month":
    case "year":
      return analysis.dates.some(over);
    case "place":
      return analysis.places.some(over);
    case "count":
    case "count-within":
    case "amount":
    case "percentage":
      return analysis.numbers.some(over);
    case "chair-host":
      return [...analysis.people, ...analysis.organisations, ...analysis.places].some(over);
    case "participant":
      return analysis.people.some(over);
    case "rank":
      return analysis.people.some((person) => over(person.roleSpan));
    case "quote-wording":
      return analysis.quotes.some(over);
    case "quote-speaker":
      return analysis.quotes.some((quote) => over(quote.speaker.span));
  }
}

/**
 * A person's row whose labels show the rank change: "Dana Hollis (Defense Minister)" in one cell,
 * "Dana Hollis (President)" in another. The role is a label of the person's value, its span the
 * name's first mention, so the rank's words are found in the labels rather than by span.
 */
function showsRankChange(row: CompareRow, perturbation: Perturbation): boolean {
  const has = (label: string, words: string) => new RegExp(`(?<![\\p{L}])${foldText(words).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(foldText(label));
  const labels = row.cells.map((cell) => cell.values.map((value) => value.label).join(" | "));
  return labels.some((label) => has(label, perturbation.replacement)) && labels.some((label) => has(label, perturbation.original) && !has(label, perturbation.replacement));
}

export function scorePair(options: { corpus: string; sourceId: string; perturbation: Perturbation; comparison: ClaimComparison; ranges: ChangeRanges; copy: BuiltArticle }): PairOutcome {
  const { perturbation, comparison, ranges, copy } = options;
  const kinds = FACT_ROW_KINDS[perturbation.type];
  // a name's or place's words identify its row; a figure's digits or a word of a quote do not
  const byValue = ["place", "chair-host", "participant", "quote-speaker"].includes(perturbation.type) ? [perturbation.original, perturbation.replacement] : [];
  // a quote given to another name: the rows of that quote (its closing words and mark), not every quote of the two speakers
  const { quoteEnd } = perturbation;
  const quoteRanges: ChangeRanges | null = quoteEnd === undefined ? null : new Map([...ranges.keys(), ...comparison.columns.map((column) => column.articleId)].map((id) => [id, [[quoteEnd - 3, quoteEnd + 1]]]));
  const touched = comparison.rows.filter(
    (row) => overlaps(row, ranges) || (kinds.includes(row.kind) && (quoteRanges ? overlaps(row, quoteRanges) : namesValue(row, byValue) || (perturbation.type === "rank" && showsRankChange(row, perturbation)))),
  );
  const factRows = touched.filter((row) => kinds.includes(row.kind));
  const found = perturbation.gold === "conflict" ? factRows.some((row) => row.mark === "conflict") : factRows.some((row) => row.mark === "partial") && !factRows.some((row) => row.mark === "conflict");
  const unchanged = comparison.rows.filter((row) => row.kind !== "statement" && !touched.includes(row));
  const cause: MissCause | null = found
    ? null
    : factRows.length === 0
      ? !extracted(copy.analysis, perturbation.type, ranges.get(copy.article.id) ?? [])
        ? "not-extracted"
        : copy.article.claims.events.some((event) => event.main)
          ? "no-row"
          : "no-event"
      : factRows.every((row) => row.cells.filter((cell) => cell.values.length > 0).length < 2)
        ? "rows-split"
        : "wrong-mark";
  return {
    corpus: options.corpus,
    sourceId: options.sourceId,
    type: perturbation.type,
    perturbation,
    found,
    missing: factRows.length === 0,
    factRows,
    visible: touched.some((row) => row.mark !== "agree"),
    cause,
    unchangedRows: unchanged.length,
    falseConflicts: unchanged.filter((row) => row.mark === "conflict"),
    comparison,
  };
}

/** original (outlet "Original") against its copy (outlet "Copy"), compared and scored */
export function runPair(corpus: string, source: SourceArticle, prepared: PreparedText, perturbation: Perturbation, original?: CompareArticle): PairOutcome {
  const base = original ?? buildArticle({ id: source.id, outlet: "Original", title: source.title, text: prepared.text, published: prepared.published }).article;
  const copy = buildArticle({ id: `${source.id}#copy`, outlet: "Copy", title: source.title, text: perturbation.text, published: prepared.published });
  const comparison = alignClaims([base, copy.article]);
  const ranges: ChangeRanges = new Map([
    [base.id, originalRanges(perturbation)],
    [copy.article.id, copyRanges(perturbation)],
  ]);
  return scorePair({ corpus, sourceId: source.id, perturbation, comparison, ranges, copy });
}
