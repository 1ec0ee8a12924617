// The comparison of one event: the chosen article of each outlet in a column, its main event's
// claim slots sorted into rows (slot-rows.ts), quotes and shared statements matched by their
// words (match-texts.ts), every row marked (mark-row.ts) and explained, the omissions of each
// outlet and who cites whom collected. Pure: the caller reads articles and claims.

import { englishContentStems } from "../../nlp/crosslingual/english-stems.ts";
import { loadFreedictLexicon } from "../../nlp/crosslingual/freedict-lexicon.ts";
import { renderEnglish } from "../../nlp/crosslingual/render-english.ts";
import { chooseColumns } from "./choose-columns.ts";
import { markRow } from "./mark-row.ts";
import { clusterPeople } from "./person-key.ts";
import { relateValues, type Related } from "./relate-values.ts";
import { mainSlots, slotRowEntries } from "./slot-rows.ts";
import { matchQuotes, matchStatements, SAME_WORDS, type TextRow } from "./match-texts.ts";
import { statementFactRows } from "./statement-facts.ts";
import { bagSimilarity, wordBag, wordDiff, type WordBag } from "./word-diff.ts";
import type { CellValue, CitedSourceEdge, ClaimComparison, CompareArticle, CompareCell, CompareRow, OmissionEntry, RowKind, RowMark } from "./types.ts";

export interface AlignClaimsOptions {
  /** outlet key ("outlet:press-tv") -> the article id to show in that outlet's column */
  picks?: Record<string, string>;
  /** leave out the sentence-by-sentence matching (a faster overview) */
  statements?: boolean;
  /** article id -> a scope (its event) that keeps outlets of different events in different columns */
  scopes?: Record<string, string>;
}

const KIND_ORDER: RowKind[] = ["place", "date", "countries", "leadership", "host", "person", "number", "quote", "cited-source", "statement"];

export function alignClaims(all: CompareArticle[], options: AlignClaimsOptions = {}): ClaimComparison {
  const { columns, articles } = chooseColumns(all, options.picks, options.scopes);
  const outlets = columns.map((column) => column.outlet);

  const people = clusterPeople(
    articles.flatMap((article) =>
      mainSlots(article).flatMap((slot) => {
        if (slot.type === "participant-person" || (slot.type === "chair" && slot.detail?.actor === "person")) return [slot.canonical];
        if (slot.type === "quote") return [String(slot.detail?.speakerId ?? "")].filter((id) => id && !id.startsWith("org:"));
        return [];
      }),
    ),
  );
  const personRow = (id: string) => people.get(id) ?? id;

  const slotRows = new Map<string, { kind: RowKind; label: string; cells: CompareCell[] }>();
  articles.forEach((article, column) => {
    for (const entry of slotRowEntries(article, personRow)) {
      const row = slotRows.get(entry.key) ?? { kind: entry.kind, label: entry.label, cells: articles.map((each): CompareCell => ({ articleId: each.id, mark: "omitted", values: [] })) };
      const cell = row.cells[column]!;
      if (!cell.values.some((value) => value.canonical === entry.value.canonical)) cell.values.push(entry.value);
      slotRows.set(entry.key, row);
    }
  });

  mergeCountsAcrossLanguages(slotRows, articles);
  const rows: CompareRow[] = [];
  for (const [key, row] of slotRows) {
    const marked = markRow({ cells: row.cells, outlets, relate: (a, b) => relateValues(row.kind, a.values, b.values) });
    rows.push({ id: key, kind: row.kind, label: row.label, ...marked });
  }
  const textRows = [...matchQuotes(articles, personRow).map((row) => ({ row, kind: "quote" as const })), ...(options.statements === false ? [] : matchStatements(articles).map((row) => ({ row, kind: "statement" as const })))];
  const statementRows: CompareRow[] = [];
  for (const { row, kind } of textRows) {
    const compared = textRow(row, kind, articles, outlets, personRow);
    rows.push(compared);
    if (kind === "statement") statementRows.push(compared);
  }
  // a figure, day, place or name changed inside one shared statement is a conflict on that fact
  rows.push(...statementFactRows(statementRows, articles, outlets, rows));

  rows.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return { columns, rows, omissions: omissionsOf(columns.map((column) => column.articleId), rows, outlets), citedSources: citedSourceEdges(articles, outlets), counts: countMarks(rows) };
}

/**
 * One quote given to two speakers: a conflict when both outlets name their speaker outright; when
 * either speaker is a guess (a pronoun, a nearby name), in part the same. Null for one speaker.
 */
function speakersDiffer(a: CellValue, b: CellValue, personRow: (id: string) => string): Related | null {
  const speaker = (value: CellValue) => personRow(String(value.detail?.speakerId ?? value.canonical.split("|")[0]));
  if (speaker(a) === speaker(b)) return null;
  const names = `${String(a.detail?.speaker ?? speaker(a))} and ${String(b.detail?.speaker ?? speaker(b))}`;
  if (a.inferred || b.inferred) return { relation: "partial", reason: `the same words given to ${names}, one of them a guess` };
  return { relation: "conflict", reason: `the same words given to ${names}` };
}

/** the folded words each bag has more of than the other, in first-seen order */
function wordsNotIn(a: WordBag, b: WordBag): [string[], string[]] {
  const extra = (from: WordBag, other: WordBag) => [...from.counts].filter(([word, count]) => count > (other.counts.get(word) ?? 0)).map(([word]) => word);
  return [extra(a, b), extra(b, a)];
}

/**
 * A figure row keyed by what it counts in French ("baril", "produit") and one keyed in English
 * ("barrel", "product") are one claim when FreeDict (the cross-language module) translates the
 * French noun into the English one (Apertium's rendering, FreeDict's senses): their cells join, so the
 * figures are compared. Only rows of one language each, and only when their columns do not overlap;
 * without either resource nothing merges.
 */
function mergeCountsAcrossLanguages(slotRows: Map<string, { kind: RowKind; label: string; cells: CompareCell[] }>, articles: CompareArticle[]): void {
  const languages = new Set(articles.map((article) => article.language));
  if (!languages.has("fr") || !languages.has("en")) return;
  const languageOf = (row: { cells: CompareCell[] }) => {
    const present = new Set(row.cells.flatMap((cell, column) => (cell.values.length > 0 ? [articles[column]!.language] : [])));
    return present.size === 1 ? [...present][0]! : null;
  };
  const french = [...slotRows.keys()].filter((key) => key.startsWith("number:") && languageOf(slotRows.get(key)!) === "fr").map((key) => key.slice("number:".length));
  if (french.length === 0) return;
  // Apertium renders the noun (baril -> barrel; FreeDict lacks it), FreeDict adds its senses
  const rendered = renderEnglish(french, "fr");
  const lexicon = loadFreedictLexicon();
  const translationsOf = new Map(french.map((lemma, index) => [lemma, new Set([...(rendered ? englishContentStems(rendered[index]!) : []), ...(lexicon?.lookup(lemma) ?? [])])]));
  const english = [...slotRows].filter(([key, row]) => key.startsWith("number:") && languageOf(row) === "en");
  for (const [key, row] of [...slotRows]) {
    if (!key.startsWith("number:") || languageOf(row) !== "fr") continue;
    const translations = translationsOf.get(key.slice("number:".length)) ?? new Set<string>();
    const match = english.find(([englishKey, other]) => slotRows.has(englishKey) && englishContentStems(englishKey.slice("number:".length)).some((stem) => sameStem(stem, translations)) && other.cells.every((cell, column) => cell.values.length === 0 || row.cells[column]!.values.length === 0));
    if (!match) continue;
    const [, target] = match;
    row.cells.forEach((cell, column) => {
      if (cell.values.length > 0) target.cells[column] = cell;
    });
    slotRows.delete(key);
  }
}

/** a stem among the translations, or sharing its first five letters with one ("produc" rendered, "product") */
function sameStem(stem: string, translations: Set<string>): boolean {
  if (translations.has(stem)) return true;
  return [...translations].some((other) => Math.min(other.length, stem.length) >= 5 && (other.startsWith(stem) || stem.startsWith(other)));
}

function textRow(row: TextRow, kind: "quote" | "statement", articles: CompareArticle[], outlets: string[], personRow: (id: string) => string): CompareRow {
  const cells: CompareCell[] = articles.map((article, column) => {
    const entry = row.entries.get(column);
    return entry ? { articleId: article.id, mark: "omitted", values: [entry.value], text: entry.text } : { articleId: article.id, mark: "omitted", values: [] };
  });
  const languages = new Map(articles.map((article) => [article.id, article.language]));
  const language = (cell: CompareCell) => languages.get(cell.articleId) ?? null;
  const bags = new Map(cells.flatMap((cell) => (cell.text ? [[cell.articleId, wordBag(cell.text)] as const] : [])));
  const relate = (a: CompareCell, b: CompareCell): Related => {
    if (kind === "quote") {
      const speakers = speakersDiffer(a.values[0]!, b.values[0]!, personRow);
      if (speakers) return speakers;
    }
    if (language(a) !== language(b)) {
      const how = kind === "quote" ? `quoted in ${language(a) ?? "?"} and ${language(b) ?? "?"}` : `said in ${language(a) ?? "?"} and ${language(b) ?? "?"}, paired through an English rendering`;
      return { relation: "partial", reason: `${how}: the wording is not compared word for word across languages` };
    }
    const alike = bagSimilarity(bags.get(a.articleId)!, bags.get(b.articleId)!);
    if (alike >= SAME_WORDS - 1e-9) return { relation: "agree", reason: "the same words" };
    // a quote is a claim about the exact words: a word put in another's place misquotes; a quote
    // cut shorter, or run on further, is the same quote at another length
    const [onlyA, onlyB] = wordsNotIn(bags.get(a.articleId)!, bags.get(b.articleId)!);
    if (kind === "quote" && onlyA.length > 0 && onlyB.length > 0) return { relation: "conflict", reason: `quoted differently: “${onlyA.join(" ")}” against “${onlyB.join(" ")}”` };
    return { relation: "partial", reason: `the same ${kind} in other words (${Math.round(alike * 100)}% of the words shared)` };
  };
  const marked = markRow({ cells, outlets, relate });
  const present = cells.filter((cell) => cell.text);
  const reference = present[0];
  const diffs = reference
    ? present.slice(1).filter((cell) => language(cell) === language(reference)).map((cell) => {
        // word for word the same (the usual wire copy): nothing to diff
        if (cell.text === reference.text) {
          return { articleId: cell.articleId, againstArticleId: reference.articleId, similarity: 1, segments: [{ value: cell.text! }] };
        }
        const diff = wordDiff(reference.text!, cell.text!);
        return { articleId: cell.articleId, againstArticleId: reference.articleId, similarity: diff.similarity, segments: diff.segments };
      })
    : [];
  return { id: row.key, kind, label: row.label, ...marked, ...(diffs.length > 0 ? { diffs } : {}) };
}

function omissionsOf(articleIds: string[], rows: CompareRow[], outlets: string[]): Record<string, OmissionEntry[]> {
  // who reports each row, worked out once: every outlet's list shares them
  const reporters = rows.map((row) => row.cells.flatMap((cell, index) => (cell.values.length > 0 ? [outlets[index]!] : [])));
  const result: Record<string, OmissionEntry[]> = {};
  articleIds.forEach((articleId, column) => {
    const entries: OmissionEntry[] = [];
    rows.forEach((row, index) => {
      if (row.cells[column]!.mark === "omitted") entries.push({ rowId: row.id, label: row.label, reportedBy: reporters[index]! });
    });
    result[articleId] = entries;
  });
  return result;
}

function citedSourceEdges(articles: CompareArticle[], outlets: string[]): CitedSourceEdge[] {
  return articles.flatMap((article, column) =>
    mainSlots(article)
      .filter((slot) => slot.type === "cited-source")
      .map((slot) => ({ outlet: outlets[column]!, articleId: article.id, source: slot.label, sourceId: slot.canonical, kind: String(slot.detail?.kind ?? "other"), span: slot.span })),
  );
}

function countMarks(rows: CompareRow[]): Record<RowMark, number> {
  const counts: Record<RowMark, number> = { agree: 0, conflict: 0, partial: 0, single: 0 };
  for (const row of rows) counts[row.mark] += 1;
  return counts;
}
