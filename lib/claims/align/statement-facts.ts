// Facts inside two versions of one statement. Two outlets that print the same sentence (wire copy,
// a rewrite of it) but with one figure, day, month, place, name or rank put in another's place
// disagree on that fact, whatever the article's main event holds: "voted on Tuesday" against
// "voted on Thursday" is a conflict on when, "45 percent" against "54 percent" on a figure. Each
// such substitution becomes a row of its kind, marked conflict, pointing at the words in both
// articles. Only substitutions count: words one version adds or drops are its wording (the
// statement row shows them as partial), and two different sentences never meet here, so a fact
// is never compared out of its context. A French sentence and its English version (paired by
// the cross-language module, match-texts.ts) are compared on their figures, weekdays and months.

import { foldText } from "../../ingest/clean/fold-text.ts";
import { findPlaces } from "../../nlp/entities/find-places.ts";
import { findNumbers } from "../../nlp/numbers/find-numbers.ts";
import { countLemma } from "../count-lemmas.ts";
import { NUMBER_TOLERANCE } from "./relate-values.ts";
import { findRank } from "../delegation-ranks.ts";
import type { CompareArticle, CompareCell, CompareRow, RowKind } from "./types.ts";
import { wordDiff } from "./word-diff.ts";

interface Substitution {
  kind: RowKind;
  /** partial for a hedged figure changed within the hedge's reach ("about 2,000" and "about 2,100") */
  partial?: boolean;
  /** the reference cell's words and where they are in its article */
  from: { text: string; start: number };
  to: { text: string; start: number };
}

/** weekday and month names of both languages -> "weekday:N" / "month:N", what a translation keeps */
const CALENDAR_INDEX = new Map<string, string>([
  ..."sunday monday tuesday wednesday thursday friday saturday".split(" ").map((name, index) => [name, `weekday:${index}`] as const),
  ..."dimanche lundi mardi mercredi jeudi vendredi samedi".split(" ").map((name, index) => [name, `weekday:${index}`] as const),
  ..."january february march april may june july august september october november december".split(" ").map((name, index) => [name, `month:${index}`] as const),
  ..."janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(" ").map((name, index) => [name, `month:${index}`] as const),
]);
/** month names of both languages and the short forms English writes ("Nov. 11") */
const MONTHS = new Set([..."jan feb mar apr jun jul aug sep sept oct nov dec".split(" "), ...[...CALENDAR_INDEX].filter(([, index]) => index.startsWith("month:")).map(([name]) => name)]);
const YEAR = /^(?:19|20)\d\d$/;
/** words that make a figure approximate, just before it */
const HEDGE_BEFORE = /(?:about|around|nearly|almost|some|roughly|approximately|an estimated|environ|près de|pres de|quelque|presque|approximativement|autour de)\s*[$€£]?\s*$/i;
/** units a translation converts (countLemma's forms, singular): their figures differ without a conflict */
const MEASURES = new Set("pound lb kilo kilogram kg gram tonne ton mile kilometre km metre meter foot feet inch gallon litre liter acre hectare degree fahrenheit celsius ounce".split(" "));
const KIND_LABEL: Partial<Record<RowKind, string>> = { number: "Figure", date: "When", place: "Where", person: "Who", leadership: "Rank" };

/** the fact rows of the statement rows' substitutions, leaving out what `existing` rows already mark */
export function statementFactRows(statementRows: CompareRow[], articles: CompareArticle[], outlets: string[], existing: CompareRow[]): CompareRow[] {
  const language = new Map(articles.map((article) => [article.id, article.language]));
  // a conflict says it already; a figure row "in part the same" says it only of figures within a
  // hedge's reach ("about 2,000" and "2,100"); of others (one outlet gives the figure twice, once
  // changed) it hides the substitution the statement shows
  const conflicts = existing.filter((row) => row.kind !== "statement" && row.mark === "conflict");
  const partials = existing.filter((row) => row.kind !== "statement" && row.mark === "partial");
  const seen = new Set<string>();
  const rows: CompareRow[] = [];
  for (const row of statementRows) {
    const present = row.cells.map((cell, column) => ({ cell, column })).filter(({ cell }) => cell.text && cell.values[0]);
    const reference = present[0];
    if (!reference) continue;
    for (const other of present.slice(1)) {
      const [from, to] = [language.get(reference.cell.articleId) ?? null, language.get(other.cell.articleId) ?? null];
      const found = from === to ? substitutions(reference.cell, other.cell, from) : figuresAcross(reference.cell, other.cell, from, to);
      for (const substitution of found) {
        const key = `${substitution.kind}|${foldText(substitution.from.text)}|${foldText(substitution.to.text)}`;
        const marked = withinTolerance(substitution) ? [...conflicts, ...partials] : conflicts;
        if (seen.has(key) || alreadyMarked(marked, reference.cell.articleId, other.cell.articleId, substitution)) continue;
        seen.add(key);
        rows.push(factRow(row, rows.length + 1, substitution, articles, outlets, reference.column, other.column));
      }
    }
  }
  return rows;
}

function substitutions(reference: CompareCell, other: CompareCell, language: string | null): Substitution[] {
  const { segments } = wordDiff(reference.text!, other.text!);
  const base = { from: reference.values[0]!.span.start, to: other.values[0]!.span.start };
  const found: Substitution[] = [];
  let fromAt = 0;
  let toAt = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const next = segments[i + 1];
    if (segment.removed && next?.added) {
      // the diff splits "1,500" at its comma: a changed part of a figure stands for the whole figure
      const from = wholeFigure(trimmed(segment.value, base.from + fromAt), reference.text!, base.from);
      const to = wholeFigure(trimmed(next.value, base.to + toAt), other.text!, base.to);
      const kind = factKind(from.text, to.text, reference.text!, other.text!, from.start - base.from, to.start - base.to, language);
      const hedged = HEDGE_BEFORE.test(reference.text!.slice(Math.max(0, from.start - base.from - 24), from.start - base.from));
      if (kind) found.push({ kind, from, to, ...(kind === "number" && hedged && withinTolerance({ kind, from, to }) ? { partial: true } : {}) });
    }
    if (!segment.added) fromAt += segment.value.length;
    if (!segment.removed) toAt += segment.value.length;
  }
  return found;
}

/**
 * Across languages there is no word diff, but figures and dates keep their values: a sentence
 * and its translation (paired by the cross-language module) that give one differing figure each,
 * or name different weekdays or months, disagree on it. Only when each side has exactly one value
 * the other lacks: with more, which figure answers which is a guess.
 */
function figuresAcross(reference: CompareCell, other: CompareCell, fromLanguage: string | null, toLanguage: string | null): Substitution[] {
  const found: Substitution[] = [];
  const numbers = (cell: CompareCell, language: string | null) =>
    findNumbers({ text: cell.text!, language, published: null })
      // "dozens" and "des dizaines" say no figure to compare
      .filter((number) => number.kind !== "ordinal" && /\d/.test(cell.text!.slice(number.start, number.end)))
      .map((number) => ({
        key: `${number.kind === "year" ? "year" : "figure"}:${significantDigits(number.value)}`,
        kind: (number.kind === "year" ? "date" : "number") as RowKind,
        unit: number.kind === "percentage" ? "percent" : countLemma(number.counts),
        text: cell.text!.slice(number.start, number.end),
        start: cell.values[0]!.span.start + number.start,
      }));
  const named = (cell: CompareCell) =>
    [...cell.text!.matchAll(/\p{L}+/gu)].flatMap((match) => {
      const index = CALENDAR_INDEX.get(foldText(match[0]));
      return index ? [{ key: index, kind: "date" as RowKind, unit: null, text: match[0], start: cell.values[0]!.span.start + match.index! }] : [];
    });
  for (const read of [(cell: CompareCell, language: string | null) => numbers(cell, language), (cell: CompareCell) => named(cell)]) {
    const left = read(reference, fromLanguage);
    const right = read(other, toLanguage);
    const onlyLeft = left.filter((a) => !right.some((b) => b.key === a.key));
    const onlyRight = right.filter((b) => !left.some((a) => a.key === b.key));
    if (onlyLeft.length !== 1 || onlyRight.length !== 1 || onlyLeft[0]!.kind !== onlyRight[0]!.kind) continue;
    // a translation may convert measures (pounds into kilos): two figures of different measures are
    // not one claim; "120 morts" and "120 people" are (what is counted is worded freely)
    const [unitLeft, unitRight] = [onlyLeft[0]!.unit, onlyRight[0]!.unit];
    if (unitLeft !== unitRight && [unitLeft, unitRight].some((each) => each && MEASURES.has(each))) continue;
    // a weekday never answers a month
    if (onlyLeft[0]!.key.split(":")[0] !== onlyRight[0]!.key.split(":")[0]) continue;
    found.push({ kind: onlyLeft[0]!.kind, from: { text: onlyLeft[0]!.text, start: onlyLeft[0]!.start }, to: { text: onlyRight[0]!.text, start: onlyRight[0]!.start } });
  }
  return found;
}

/**
 * A figure's digits without its scale: "6.9 billion" read in English and "6,9 milliards" read as
 * 6.9 in French, "330 million" and "330", "cinq" and "5 million" give one key. Reading the scale
 * words of both languages alike is the number finder's job; until it does, a figure that differs
 * only in scale is not taken for a conflict.
 */
function significantDigits(value: number): string {
  return String(value).replace(".", "").replace(/^0+/, "").replace(/0+$/, "") || "0";
}

/** a substituted part of a figure grown to the figure's digits and separators ("500" in "1,500") */
function wholeFigure(part: { text: string; start: number }, text: string, base: number): { text: string; start: number } {
  if (!/^\d/.test(part.text) && !/\d$/.test(part.text)) return part;
  let start = part.start - base;
  let end = start + part.text.length;
  while (start > 0 && (/\d/.test(text[start - 1]!) || (/[.,\s\u00a0\u202f]/.test(text[start - 1]!) && /\d/.test(text[start - 2] ?? "") && /\d/.test(text[start]!)))) start--;
  while (end < text.length && (/\d/.test(text[end]!) || (/[.,\u00a0\u202f]/.test(text[end]!) && /\d/.test(text[end - 1]!) && /\d/.test(text[end + 1] ?? "")))) end++;
  return { text: text.slice(start, end), start: base + start };
}

function trimmed(value: string, start: number): { text: string; start: number } {
  const lead = value.length - value.trimStart().length;
  return { text: value.trim(), start: start + lead };
}

/** what a substituted phrase is: a figure, a day or month or year, a rank, a place, a name; null for other words */
function factKind(from: string, to: string, fromText: string, toText: string, fromOffset: number, toOffset: number, language: string | null): RowKind | null {
  if (!from || !to) return null;
  const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (YEAR.test(from) && YEAR.test(to)) return "date";
  if (/\d/.test(from) && /\d/.test(to)) {
    // the day of a month ("March 5", "5 mars") is a date, not a figure
    const around = (text: string, offset: number, length: number) => words(`${text.slice(Math.max(0, offset - 12), offset)} ${text.slice(offset + length, offset + length + 12)}`);
    const besideMonth = [...around(fromText, fromOffset, from.length), ...around(toText, toOffset, to.length)].some((word) => MONTHS.has(word));
    return besideMonth && /^\d{1,2}(?:st|nd|rd|th|er)?$/.test(from) && /^\d{1,2}(?:st|nd|rd|th|er)?$/.test(to) ? "date" : "number";
  }
  if (words(from).some((word) => CALENDAR_INDEX.has(word)) && words(to).some((word) => CALENDAR_INDEX.has(word))) return "date";
  const rankFrom = findRank(from);
  const rankTo = findRank(to);
  if (rankFrom && rankTo && rankFrom.key !== rankTo.key) return "leadership";
  if (!/^\p{Lu}/u.test(from) || !/^\p{Lu}/u.test(to)) return null;
  const isPlace = (text: string, offset: number, length: number) =>
    findPlaces({ text, language, published: null }).some((place) => place.start < offset + length && offset < place.end);
  if (isPlace(fromText, fromOffset, from.length) && isPlace(toText, toOffset, to.length)) return "place";
  // a capitalised word that opens the sentence may be any word; a name inside it is a name
  return fromOffset > 0 && toOffset > 0 ? "person" : null;
}

/** two figures within the tolerance a hedge allows (relate-values.ts): the figure row's partial mark stands */
function withinTolerance(substitution: Substitution): boolean {
  if (substitution.kind !== "number") return false;
  const value = (text: string) => Number(text.replace(/[^\d.,]/g, "").replace(/[,\s](?=\d{3}\b)/g, "").replace(",", "."));
  const [a, b] = [value(substitution.from.text), value(substitution.to.text)];
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= NUMBER_TOLERANCE * Math.max(a, b);
}

/** the slot rows that may already hold a substituted fact: a changed name may be the chair's */
const SAME_CLAIM: Partial<Record<RowKind, RowKind[]>> = { place: ["place", "countries"], person: ["person", "leadership", "host"], leadership: ["leadership", "person"] };

/** a slot row that already marks this difference (a changed date row, a figure row) says it once */
function alreadyMarked(rows: CompareRow[], fromArticle: string, toArticle: string, substitution: Substitution): boolean {
  const covers = (row: CompareRow, articleId: string, at: { text: string; start: number }) =>
    row.cells.some((cell) => cell.articleId === articleId && cell.values.some((value) => value.span.start < at.start + at.text.length && at.start < value.span.end));
  const kinds = SAME_CLAIM[substitution.kind] ?? [substitution.kind];
  return rows.some((row) => kinds.includes(row.kind) && covers(row, fromArticle, substitution.from) && covers(row, toArticle, substitution.to));
}

function factRow(statement: CompareRow, index: number, substitution: Substitution, articles: CompareArticle[], outlets: string[], fromColumn: number, toColumn: number): CompareRow {
  const value = (at: { text: string; start: number }) => ({
    canonical: foldText(at.text),
    label: at.text,
    span: { start: at.start, end: at.start + at.text.length, text: at.text },
    inferred: false,
    confidence: 0.8,
  });
  const mark = substitution.partial ? "partial" : "conflict";
  const cells: CompareCell[] = articles.map((article, column) =>
    column === fromColumn
      ? { articleId: article.id, mark, values: [value(substitution.from)] }
      : column === toColumn
        ? { articleId: article.id, mark, values: [value(substitution.to)] }
        : { articleId: article.id, mark: "omitted", values: [] },
  );
  const sentence = statement.cells[fromColumn]!.text!.trim().split(/\s+/);
  const opening = sentence.length > 8 ? `${sentence.slice(0, 8).join(" ")}…` : sentence.join(" ");
  return {
    id: `${statement.id}:fact-${index}`,
    kind: substitution.kind,
    label: `${KIND_LABEL[substitution.kind] ?? "Fact"} in one statement: “${opening}”`,
    mark,
    explanation: substitution.partial
      ? `In part the same: the same statement gives about “${substitution.from.text}” (${outlets[fromColumn]}) and “${substitution.to.text}” (${outlets[toColumn]}), within the stated hedge (±${NUMBER_TOLERANCE * 100}% for "about").`
      : `Conflict: the same statement gives “${substitution.from.text}” (${outlets[fromColumn]}) and “${substitution.to.text}” (${outlets[toColumn]}).`,
    cells,
  };
}
