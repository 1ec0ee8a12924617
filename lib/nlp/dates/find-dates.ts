// Dates in an article, French and English, by chrono-node (see date-parsers.ts), resolved against
// the publication date (see resolve-date.ts), given its day by the dateline when it lacks one
// (see filing-dateline.ts). chrono costs ~0.1 ms per sentence and language, so
// it only sees sentences holding a date-ish word: most sentences of a dispatch hold none.

import type { ParsedResult } from "chrono-node";
import { splitSentences } from "../../ingest/clean/split-sentences.ts";
import type { AnalyseOptions, DateMention } from "../types.ts";
import { dateParsersFor } from "./date-parsers.ts";
import { findFilingDateline, withFilingDay } from "./filing-dateline.ts";
import { parsePublication, referenceInstant, resolveDate, type Publication } from "./resolve-date.ts";

const DATE_CUE = new RegExp(
  [
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre",
    "january|february|march|april|may|june|july|august|september|october|november|december",
    String.raw`(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.`,
    "hier|aujourd|demain|veille|lendemain|il y a|yesterday|today|tonight|tomorrow|ago|semaine|week|mois|month",
    String.raw`(?:1[89]|20)\d{2}`,
    String.raw`\d{1,2}/\d{1,2}/\d{2,4}`,
  ]
    .map((part) => `(?<![\\p{L}\\d])(?:${part})`)
    .join("|"),
  "iu",
);

/** English leaves "last"/"next" outside chrono's span for a month alone ("last September") */
const RELATION_BEFORE = /\b(?:last|next|this|past)\s+$/i;
const TRAILING = /[\s,;:.]+$/;

export function findDates(options: AnalyseOptions): DateMention[] {
  const publication = withFilingDay(parsePublication(options.published), findFilingDateline(options.text, options.language));
  const reference = { instant: referenceInstant(publication), timezone: 0 };
  const parsers = dateParsersFor(options.language);
  const mentions: DateMention[] = [];
  for (const sentence of splitSentences(options.text)) {
    if (!DATE_CUE.test(sentence.text)) continue;
    const taken: Array<[number, number]> = [];
    for (const parser of parsers) {
      for (const result of parser.parse(sentence.text, reference, { forwardDate: false })) {
        const mention = toMention(result, sentence.text, sentence.start, publication);
        if (!mention || taken.some(([start, end]) => mention.start < end && start < mention.end)) continue;
        taken.push([mention.start, mention.end]);
        mentions.push(mention);
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function toMention(result: ParsedResult, sentence: string, offset: number, publication: Publication | null): DateMention | null {
  const text = result.text.replace(TRAILING, "");
  let start = result.index + (result.tags().has("parallax/year") ? text.search(/\d/) : 0);
  const end = result.index + text.length;
  const widened = RELATION_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start));
  if (widened && !result.start.isCertain("day")) start -= widened[0].length;
  const wording = sentence.slice(start, end);
  const fields = resolveDate(result, wording, publication);
  if (!fields) return null;
  return { start: offset + start, end: offset + end, text: wording, ...fields };
}
