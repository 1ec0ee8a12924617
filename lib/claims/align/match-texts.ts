// Quotes and statements are matched across outlets by their words, not their canonical values: a
// quote belongs with another of the same speaker when enough of its words are the same (the
// versions' differences then show as a word diff); the remaining sentences of the articles are
// matched the same way, so wire copy reused by several outlets lines up sentence by sentence.
// Across languages, words cannot be compared: a speaker's one quote in each article is lined up,
// marked partial, and the explanation says the wording was not compared.

import * as stopword from "stopword";
import { foldText } from "../../ingest/clean/fold-text.ts";
import { splitSentences } from "../../ingest/clean/split-sentences.ts";
import { cellValue, mainSlots } from "./slot-rows.ts";
import { matchSentences } from "../../nlp/crosslingual/match-sentences.ts";
import { renderEnglishAsync } from "../../nlp/crosslingual/render-english.ts";
import { bagSimilarity, wordBag, words, type WordBag } from "./word-diff.ts";
import type { CellValue, CompareArticle } from "./types.ts";

/** two quotes or sentences sharing at least this share of their words are versions of one */
export const SAME_TEXT = 0.5;
/**
 * Two versions agree only word for word (case, accents and typographic quotes aside): a quote
 * with one word dropped or changed is another version, and a fact-checker wants to see the diff.
 */
export const SAME_WORDS = 1;
/**
 * One quote under two speakers' names: the words must be nearly the same (a word or two changed
 * in a sentence-long quote), or two people's similar statements would be taken for one quote.
 */
export const SAME_QUOTE_OTHER_SPEAKER = 0.8;
/** a candidate row shares at least this share of the new text's content words */
const MIN_SHARED_CONTENT = 0.3;
/** rows compared word for word per new text, the most overlapping first */
const MAX_COMPARED_ROWS = 8;
/** sentences shorter than this say too little to line up on their own */
const MIN_STATEMENT_WORDS = 6;
/**
 * Candidate rows are found through the words they share with the new text; function words
 * (stopword's English and French lists) would make every row a candidate of every sentence, the
 * quadratic cost that 50 articles of 30 sentences cannot afford. Folded, as words() folds.
 */
const INDEX_SKIP = new Set(
  [...((stopword as unknown as Record<string, string[]>).eng ?? []), ...((stopword as unknown as Record<string, string[]>).fra ?? [])].map(foldText),
);

export interface TextRow {
  key: string;
  label: string;
  /** column index -> the value and its words */
  entries: Map<number, { value: CellValue; text: string; language: string | null }>;
}

interface TextItem {
  column: number;
  group: string;
  label: string;
  value: CellValue;
  text: string;
  language: string | null;
}

export function matchQuotes(articles: CompareArticle[], speakerRow: (speakerId: string) => string): TextRow[] {
  const items: TextItem[] = [];
  articles.forEach((article, column) => {
    for (const slot of mainSlots(article)) {
      if (slot.type !== "quote") continue;
      const speakerId = String(slot.detail?.speakerId ?? slot.canonical.split("|")[0]);
      const speaker = String(slot.detail?.speaker ?? speakerId);
      items.push({ column, group: speakerRow(speakerId), label: speaker, value: cellValue(slot), text: slot.span.text, language: article.language });
    }
  });
  return matchItems(items, "quote", (item) => `Quote · ${item.label}`, true, SAME_QUOTE_OTHER_SPEAKER);
}

/** the sentences of an article that can become statement rows: long enough, outside its quotes */
function statementSentences(article: CompareArticle): { text: string; start: number; end: number }[] {
  const quoted = mainSlots(article).filter((slot) => slot.type === "quote").map((slot) => slot.span);
  return splitSentences(article.text).filter(
    (sentence) => words(sentence.text).length >= MIN_STATEMENT_WORDS && !quoted.some((span) => span.start < sentence.end && sentence.start < span.end),
  );
}

export function matchStatements(articles: CompareArticle[]): TextRow[] {
  const items: TextItem[] = [];
  articles.forEach((article, column) => {
    for (const sentence of statementSentences(article)) {
      const value: CellValue = { canonical: `sentence:${sentence.start}`, label: sentence.text, span: { start: sentence.start, end: sentence.end, text: sentence.text }, inferred: false, confidence: 1 };
      items.push({ column, group: "statement", label: sentence.text, value, text: sentence.text, language: article.language });
    }
  });
  const rows = matchItems(items, "statement", (item) => `Statement · ${firstWords(item.text)}`, false);
  // a statement only one outlet makes would repeat its article: only shared ones become rows
  return pairAcrossLanguages(rows).filter((row) => row.entries.size > 1);
}

/**
 * Chosen on the WMT14 dev documents (.exp-style sweep of matchSentences scores, French sentence
 * against its translation and against the sentences of another document): at 0.2, 80% of
 * translations pair and 8 of 1,861 wrong candidates pass; at 0.15, 91% and 29; at 0.25, 64% and 2.
 * A wrong pair makes a statement row marked partial, never a conflict on its own.
 */
export const CROSS_LANGUAGE_STATEMENT = 0.2;

/**
 * French and English statement rows that say the same thing become one row: the French sentences
 * carried into English terms by the cross-language module (lib/nlp/crosslingual), each paired with
 * its best English sentence when the score clears CROSS_LANGUAGE_STATEMENT, best pairs first, each
 * row used once and never two sentences of one column in a row.
 */
function pairAcrossLanguages(rows: TextRow[]): TextRow[] {
  const only = (language: string) => rows.filter((row) => [...row.entries.values()].every((entry) => entry.language === language));
  const french = only("fr");
  const english = only("en");
  if (french.length === 0 || english.length === 0) return rows;
  const text = (row: TextRow) => [...row.entries.values()][0]!.text;
  const { matches } = matchSentences(french.map(text), english.map(text), { minScore: CROSS_LANGUAGE_STATEMENT });
  // each English row's best French candidate too: a pair is kept when each is the other's best
  const bestFor = new Map<number, { french: number; score: number }>();
  matches.forEach((match, index) => {
    if (match.english === null) return;
    const best = bestFor.get(match.english);
    if (!best || match.score > best.score) bestFor.set(match.english, { french: index, score: match.score });
  });
  const merged = new Set<TextRow>();
  for (const [englishIndex, { french: frenchIndex }] of bestFor) {
    const target = french[frenchIndex]!;
    const source = english[englishIndex]!;
    if ([...source.entries.keys()].some((column) => target.entries.has(column))) continue;
    for (const [column, entry] of source.entries) target.entries.set(column, entry);
    merged.add(source);
  }
  return rows.filter((row) => !merged.has(row));
}

/** renders the French statements (and counted nouns) of a French-English comparison into English ahead, so that alignClaims reads a warm cache and never blocks a server */
export async function prepareStatements(articles: CompareArticle[]): Promise<void> {
  const languages = new Set(articles.map((article) => article.language));
  if (!languages.has("fr") || !languages.has("en")) return;
  const frenchArticles = articles.filter((article) => article.language === "fr");
  const french = frenchArticles.flatMap((article) => statementSentences(article).map((sentence) => sentence.text));
  // and what their figures count, which alignClaims renders one by one (align-claims.ts)
  const counted = [...new Set(frenchArticles.flatMap((article) => mainSlots(article).flatMap((slot) => (slot.type === "number" && typeof slot.detail?.lemma === "string" && slot.detail.lemma ? [slot.detail.lemma] : []))))];
  // one Apertium run for both: each rendering is cached by its text
  await renderEnglishAsync([...french, ...counted], "fr");
}

function matchItems(items: TextItem[], prefix: string, label: (item: TextItem) => string, acrossLanguages: boolean, acrossGroups?: number): TextRow[] {
  const rows: (TextRow & { group: string; bags: Map<number, WordBag> })[] = [];
  const perColumn = new Map<string, number>();
  for (const item of items) perColumn.set(`${item.group}|${item.column}`, (perColumn.get(`${item.group}|${item.column}`) ?? 0) + 1);
  const count = (group: string, column: number) => perColumn.get(`${group}|${column}`) ?? 0;
  // candidate rows through shared rare-enough words, so 50 articles of 30 sentences stay cheap
  const rowsByWord = new Map<string, Set<number>>();
  for (const item of items) {
    const bag = wordBag(item.text);
    const itemWords = new Set([...bag.counts.keys()].filter((word) => !INDEX_SKIP.has(word) && word.length > 2));
    const shared = new Map<number, number>();
    for (const word of itemWords) for (const index of rowsByWord.get(word) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    // two versions sharing half their words share a good part of their content words too: rows
    // sharing few are passed over, and only the closest few are compared word for word
    const needed = Math.max(1, Math.ceil(MIN_SHARED_CONTENT * itemWords.size));
    const candidates = [...shared].filter(([, count]) => count >= needed).sort((a, b) => b[1] - a[1]).slice(0, MAX_COMPARED_ROWS).map(([index]) => index);
    let best: { index: number; score: number } | null = null;
    for (const index of candidates) {
      const row = rows[index]!;
      if (row.entries.has(item.column)) continue;
      const needed = row.group === item.group ? SAME_TEXT : acrossGroups;
      if (needed === undefined) continue;
      for (const [column, entry] of row.entries) {
        if (entry.language !== item.language) continue;
        const score = bagSimilarity(row.bags.get(column)!, bag);
        // a row of the item's own group wins a tie: the same speaker before another one
        const rank = score + (row.group === item.group ? 1e-6 : 0);
        if (score >= needed && (!best || rank > best.score)) best = { index, score: rank };
      }
    }
    if (!best && acrossLanguages && count(item.group, item.column) === 1) {
      const index = rows.findIndex(
        (row) => row.group === item.group && !row.entries.has(item.column) && [...row.entries].every(([column, entry]) => entry.language !== item.language && count(item.group, column) === 1),
      );
      if (index >= 0) best = { index, score: 0 };
    }
    const index = best?.index ?? rows.push({ key: `${prefix}:${rows.length + 1}`, label: label(item), group: item.group, entries: new Map(), bags: new Map() }) - 1;
    rows[index]!.entries.set(item.column, { value: item.value, text: item.text, language: item.language });
    rows[index]!.bags.set(item.column, bag);
    for (const word of itemWords) {
      const set = rowsByWord.get(word) ?? new Set<number>();
      set.add(index);
      rowsByWord.set(word, set);
    }
  }
  return rows.map((row) => ({ key: row.key, label: row.label, entries: row.entries }));
}

function firstWords(text: string, count = 9): string {
  const list = text.trim().split(/\s+/);
  return list.length > count ? `${list.slice(0, count).join(" ")}…` : text.trim();
}
