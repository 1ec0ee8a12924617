// Canonical values of claim slots: strings that compare across outlets and languages. A date is
// its ISO form when the calendar settles it, an ISO 8601 year-less form ("--12-11", "--07") when
// the text gives day and month but no year, and "weekday:N" when only a weekday is known.

import countries from "world-countries";
import { foldText } from "../ingest/clean/fold-text.ts";
import { dateParsersFor } from "../nlp/dates/date-parsers.ts";
import type { DateMention } from "../nlp/types.ts";

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

const COUNTRY_NAMES = new Map(countries.map((country) => [country.cca2, country.name.common]));

/** "IQ" → "Iraq" */
export function countryName(code: string): string {
  return COUNTRY_NAMES.get(code.toUpperCase()) ?? code;
}

/** the first words of a quote, folded, punctuation dropped: "la cooperation entre l'iran la russie" */
export function quoteKey(words: string, count = 6): string {
  return foldText(words)
    .replace(/[^\p{L}\p{N}' -]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, count)
    .join(" ");
}

export interface DateValue {
  canonical: string;
  /** "Thursday (jeudi)", "11 December (mercredi 11 décembre)", "2017-10-18 (mercredi)" */
  label: string;
  weekday: number | null;
  month: number | null;
  day: number | null;
}

export function dateValue(mention: DateMention, language: string | null, text: string): DateValue {
  if (mention.iso) {
    const [, month, day] = mention.iso.split(/[-T]/).map(Number);
    return { canonical: mention.iso, label: `${mention.iso} (${mention.text})`, weekday: mention.weekday, month: month ?? null, day: day ?? null };
  }
  // resolve-date leaves iso null when no year can be given: the words may still fix day and month
  const parts = monthAndDay(mention, language, text);
  if (parts.month !== null) {
    const canonical = parts.day !== null ? `--${pad(parts.month)}-${pad(parts.day)}` : `--${pad(parts.month)}`;
    const english = parts.day !== null ? `${parts.day} ${MONTHS[parts.month - 1]}` : MONTHS[parts.month - 1]!;
    const weekday = mention.weekday === null ? "" : `${WEEKDAYS[mention.weekday]} `;
    return { canonical, label: `${weekday}${english} (${mention.text})`, weekday: mention.weekday, ...parts };
  }
  if (mention.weekday !== null) {
    return { canonical: `weekday:${mention.weekday}`, label: `${WEEKDAYS[mention.weekday]} (${mention.text})`, weekday: mention.weekday, month: null, day: null };
  }
  return { canonical: `text:${foldText(mention.text)}`, label: mention.text, weekday: null, month: null, day: null };
}

/** re-read with the words before the span: the French month parser needs its "en" ("en juillet") */
function monthAndDay(mention: DateMention, language: string | null, text: string): { month: number | null; day: number | null } {
  const from = Math.max(0, mention.start - 16);
  for (const parser of dateParsersFor(language)) {
    const result = parser
      .parse(text.slice(from, mention.end), new Date(Date.UTC(2000, 0, 1, 12)))
      .find((candidate) => from + candidate.index + candidate.text.length >= mention.end - 1);
    if (!result || !result.start.isCertain("month")) continue;
    return { month: result.start.get("month") ?? null, day: result.start.isCertain("day") ? (result.start.get("day") ?? null) : null };
  }
  return { month: null, day: null };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
