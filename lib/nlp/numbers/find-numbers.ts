// Numbers in an article, French and English: digits in either convention ("2.000" and "2 000" are
// two thousand in French, "2,000" in English; "2,5" and "2.5" are decimals), numbers in words,
// rough counts ("une centaine", "dozens"), each with its hedge, what it counts, and its kind.
// Designators, dates and times are left out (see number-context.ts).

import type { AnalyseOptions, NumberHedge, NumberMention } from "../types.ts";
import { countedNoun, hedgeBefore, isNotQuantity } from "./number-context.ts";
import { COLLECTIVE_PATTERN, SCALES, collectiveCount, valueOfWords, wordNumbers } from "./number-words.ts";

type Kind = NumberMention["kind"];

/** group separators: dot or comma, or a space (NBSP and narrow NBSP in French typography) */
const DIGITS = String.raw`(?<![\p{L}\d_.,/:]|[\p{L}\d]-)\d{1,3}(?:[., \u00A0\u202F]\d{3}(?!\d))+(?:[.,]\d+)?|(?<![\p{L}\d_.,/:]|[\p{L}\d]-)\d+(?:[.,]\d+)?`;
/** "T4", "4x4", "35-year-old", "2015-2016", "22:55": the digits belong to something else */
const GLUED_AFTER = /^(?:[\p{L}\d_]|-[\p{L}\d]|[:/]\d)/u;
const PERCENT_AFTER = /^\s?(?:%|pour\s?cent\b|pour-cent\b|percent\b|per cent\b)/i;
const SCALE_AFTER = new RegExp(String.raw`^\s+(${Object.keys(SCALES).join("|")})(?![\p{L}])`, "iu");
/** a currency sign or code just before an amount ("$1.5 billion", "US$ 300") */
export const CURRENCY_BEFORE = /(?:[$€£¥]|US\$|USD|EUR)\s?$/;
const CURRENCY_AFTER = /^\s?(?:[$€£¥]|(?:de |d['’]|of )?(?:dollars?|euros?|livres? sterling|pounds?|rials?|roubles?|rubles?|yuans?|dinars?|USD|EUR)\b)/i;
const ORDINAL_AFTER = /^(?:er|re|ère|e|ème|eme|nd|rd|st|th)(?![\p{L}])/u;
/** a four-digit number after these words is a year ("en 2015", "since 2011", "de 2015 à 2017") */
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:en|in|depuis|since|année|year|l['’]an|de|of|d['’]ici|by|until|jusqu['’]en|fin|début|mi-|early|late|mid-)\s*$/iu;

export function findNumbers(options: AnalyseOptions): NumberMention[] {
  const { text, language } = options;
  const words = wordNumbers(language);
  const wordAlternation = Object.keys(words).sort((a, b) => b.length - a.length).join("|");
  const wordsPattern = String.raw`(?:${wordAlternation})(?:(?:-|\s+|\s+(?:et|and)\s+|-et-)(?:${wordAlternation}))*`;
  const scanner = new RegExp(
    String.raw`(?<![\p{L}])(?:(?<collective>${COLLECTIVE_PATTERN})|(?<words>${wordsPattern}))(?![\p{L}])|(?<digits>${DIGITS})`,
    "giu",
  );
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(scanner)) {
    const start = match.index;
    const end = start + match[0].length;
    const groups = match.groups!;
    const mention = groups.digits
      ? readDigits(text, start, end, language)
      : groups.words
        ? readWords(text, start, end, groups.words, words)
        : readCollective(text, start, end, match[2] ?? "", match[3]!);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function readDigits(text: string, start: number, end: number, language: string | null): NumberMention | null {
  const raw = text.slice(start, end);
  const after = text.slice(end, end + 30);
  // long digit runs are identifiers, phone numbers or page debris, not counts
  if (raw.replace(/\D/g, "").length > 12 || isNotQuantity(text, start, end)) return null;
  let value = parseDigits(raw, language);
  if (value === null) return null;
  const ordinal = ORDINAL_AFTER.exec(after);
  if (ordinal && Number.isInteger(value)) return build(text, start, end + ordinal[0].length, value, "exact", "ordinal", false);
  if (GLUED_AFTER.test(after)) return null;
  let spanEnd = end;
  let kind: Kind = "quantity";
  const percent = PERCENT_AFTER.exec(after);
  if (percent) return build(text, start, end + percent[0].length, value, "exact", "percentage", false);
  const scale = SCALE_AFTER.exec(after);
  if (scale) {
    value *= SCALES[scale[1]!.toLowerCase()]!;
    spanEnd += scale[0].length;
  }
  const currency = CURRENCY_AFTER.exec(text.slice(spanEnd, spanEnd + 30));
  if (currency || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
    kind = "money";
    if (currency) spanEnd += currency[0].length;
  } else if (/^(?:1[89]|20)\d{2}$/.test(raw) && !scale) {
    const before = text.slice(Math.max(0, start - 12), start);
    // "en 2015" is a year; "2000 morts" is a count; a bare "2015" with no noun after is a year too
    if (YEAR_BEFORE.test(before) && !/(?:plus|moins) de\s*$|than\s*$/i.test(before)) kind = "year";
    else if (!countedNoun(text, spanEnd)) kind = "year";
  }
  return build(text, start, spanEnd, value, "exact", kind, kind === "quantity" || kind === "money");
}

/** French groups with dots and spaces and writes decimals with a comma; English the other way */
function parseDigits(raw: string, language: string | null): number | null {
  const code = language?.slice(0, 2).toLowerCase();
  const groupSeparator = code === "fr" ? /[. \u00A0\u202F](?=\d{3}(?!\d))/g : code === "en" ? /[, \u00A0\u202F](?=\d{3}(?!\d))/g : /[., \u00A0\u202F](?=\d{3}(?!\d))/g;
  const grouped = raw.replace(groupSeparator, "");
  if (/[.,].*[.,]/.test(grouped)) return null;
  const value = Number(grouped.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

function readWords(text: string, start: number, end: number, written: string, table: Record<string, number>): NumberMention | null {
  const value = valueOfWords(written.split(/[\s-]+/), table);
  // "neuf" is also "new", "sept" an abbreviation of September: a word number needs its noun
  if (value === null || !countedNoun(text, end)) return null;
  return build(text, start, end, value, "exact", "quantity", true);
}

function readCollective(text: string, start: number, end: number, article: string, noun: string): NumberMention | null {
  const rough = collectiveCount(article, noun);
  if (!rough) return null;
  return build(text, start, end, rough.value, rough.hedge, "quantity", true);
}

function build(text: string, start: number, end: number, value: number, hedge: NumberHedge, kind: Kind, counts: boolean): NumberMention {
  const outer = kind === "year" || kind === "ordinal" ? null : hedgeBefore(text, start);
  const noun = counts ? countedNoun(text, end) : null;
  return {
    start,
    end,
    text: text.slice(start, end),
    value,
    // "plus d'une centaine": the outer hedge says more than the collective's own
    hedge: outer?.hedge ?? hedge,
    counts: noun ? noun.text.toLowerCase() : null,
    countsSpan: noun,
    kind,
  };
}
