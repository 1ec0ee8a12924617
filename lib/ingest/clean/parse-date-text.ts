// Dates as pages print them, FR and EN: "2017-10-18 à 22:55", "2019-06", "18/10/2017",
// "2019/12/19 | 01:45", "20200516T14:51:53Z", "18 octobre 2017 à 22h55", "Oct. 18, 2017 10:55 PM".
// ISO and numeric forms by regex (chrono does not read "2019-06" nor the compact stamps some CMSs
// put in their meta), written forms by chrono-node. A date without a year is not a
// publication date (it cannot be placed), so it is not returned.

import * as chrono from "chrono-node";
import type { DatePrecision, PublishedDate } from "../types.ts";

export interface DateInText extends PublishedDate {
  /** where the date sits in the text that was parsed */
  start: number;
  end: number;
}

/** the time after a date: "T08:30", " à 22h55", ", 10:12", " | 01:45" (a byline's separator) */
const TIME = String.raw`(?:(?:T|,?\s+(?:à|a|at)?\s*|\s*[|·•]\s*)(\d{1,2})[:h](\d{2})(?::\d{2}(?:\.\d+)?)?)?`;
const ISO_DATE = new RegExp(String.raw`(?<![\d-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])${TIME}`, "u");
/** year first with slashes or dots, as Asian and some European sites print it: 2019/12/19, 2021.04.30 */
const YEAR_FIRST_DATE = new RegExp(String.raw`(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])${TIME}`, "u");
/** ISO 8601 basic format: 20200516T14:51:53Z */
const COMPACT_STAMP = /(?<!\d)(\d{4})(\d{2})(\d{2})T(\d{2}):?(\d{2})/u;
/** "10. September 2017": the German day's dot reads to chrono as a time; a space keeps the offsets */
/**
 * Month names of the other languages ingest reads (German, Spanish, Italian, Portuguese): their
 * chrono parsers run only when one is there, since each parser costs as much as the first two.
 */
/** what each of chrono's locale modules offers (chrono.fr, chrono.de…) */
interface LocaleParser {
  parse(text: string, reference?: Date): chrono.ParsedResult[];
  parseDate(text: string, reference?: Date): Date | null;
}

const OTHER_MONTHS: [RegExp, LocaleParser][] = [
  [/(?<!\p{L})(?:januar|februar|märz|maerz|mai|juni|juli|oktober|dezember)(?!\p{L})/iu, chrono.de],
  [/(?<!\p{L})(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?!\p{L})/iu, chrono.es],
  [/(?<!\p{L})(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)(?!\p{L})/iu, chrono.it],
  [/(?<!\p{L})(?:janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?!\p{L})/iu, chrono.pt],
];
const OTHER_MONTH = new RegExp(OTHER_MONTHS.map(([pattern]) => pattern.source).join("|"), "iu");
/** two reference days for chrono: an absolute date reads the same from both, a relative one does not */
const READING_DAY = new Date(Date.UTC(2000, 0, 1));
const OTHER_READING_DAY = new Date(Date.UTC(2010, 6, 15));
const LEADING_TIME = /^\s*(\d{1,2})[:h](\d{2})\s*([ap]\.?m\.?)?\s*[-–—|·•,]\s*/iu;
const DAY_DOT = /(?<![\d.])(\d{1,2})\.(?=\s+\p{L}{3})/gu;
/** day-first, as written in French and most of the world: 18/10/2017, 18.10.2017 */
const NUMERIC_DATE = new RegExp(String.raw`(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])${TIME}`, "u");
/**
 * "Publié le 02/11/23 à 16h33": a two-digit year, day first, read only right behind a publication
 * or update label, where nothing else ("02/11/23" of a score, a version 3.10.12) can stand.
 */
const SHORT_YEAR_DATE = new RegExp(
  String.raw`(?<=(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée|actualisé|published|posted|updated|aktualisiert|veröffentlicht)(?:\s+(?:le|on|am))?\s*:?\s*)(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/.])${TIME}`,
  "iu",
);
/** a two-digit year below this is of the 2000s, else of the 1900s */
const CENTURY_PIVOT = 70;
const MAX_CHRONO_CHARS = 200;
/** chrono is slow (~0.3 ms a call, both languages): only written dates with a month name and a year go to it */
const HAS_YEAR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)/;
const HAS_MONTH = /(?<![\p{L}])(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)/iu;

export function parseDateText(text: string): DateInText | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const found = build(iso[1], iso[2], iso[3], iso[4], iso[5], iso.index, iso.index + iso[0].length);
    if (found) return found;
  }
  const yearFirst = YEAR_FIRST_DATE.exec(text);
  if (yearFirst) {
    const found = build(yearFirst[1], yearFirst[3], yearFirst[4], yearFirst[5], yearFirst[6], yearFirst.index, yearFirst.index + yearFirst[0].length);
    if (found) return found;
  }
  const stamp = COMPACT_STAMP.exec(text);
  if (stamp) {
    const found = build(stamp[1], stamp[2], stamp[3], stamp[4], stamp[5], stamp.index, stamp.index + stamp[0].length);
    if (found) return found;
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [day, month] = Number(numeric[1]) > 12 || Number(numeric[2]) <= 12 ? [numeric[1], numeric[2]] : [numeric[2], numeric[1]];
    const found = build(numeric[3], month, day, numeric[4], numeric[5], numeric.index, numeric.index + numeric[0].length);
    if (found) return found;
  }
  const short = SHORT_YEAR_DATE.exec(text);
  if (short) {
    const year = Number(short[4]) + (Number(short[4]) < CENTURY_PIVOT ? 2000 : 1900);
    const found = build(String(year), short[3], short[1], short[5], short[6], short.index, short.index + short[0].length);
    if (found) return found;
  }
  return text.length <= MAX_CHRONO_CHARS && HAS_YEAR.test(text) && (HAS_MONTH.test(text) || OTHER_MONTH.test(text)) ? parseWrittenDate(text) : null;
}

function parseWrittenDate(given: string): DateInText | null {
  const text = given.replace(DAY_DOT, "$1 ");
  // "11:25 PM - 10 Jul 2020": chrono reads "11:25 PM - 10" as a range of hours, so the time is read apart
  const leading = LEADING_TIME.exec(text);
  if (leading) {
    const rest = parseWrittenDate(text.slice(leading[0].length));
    if (rest?.precision === "day") {
      const meridiem = leading[3];
      const hour = meridiem ? (Number(leading[1]) % 12) + (/p/i.test(meridiem) ? 12 : 0) : Number(leading[1]);
      return build(rest.iso.slice(0, 4), rest.iso.slice(5, 7), rest.iso.slice(8, 10), String(hour), leading[2], 0, leading[0].length + rest.end);
    }
  }
  const others = OTHER_MONTHS.filter(([pattern]) => pattern.test(given)).map(([, parser]) => parser);
  // German parses its own day dots; the space stands in for them only for French and English
  const attempts: [LocaleParser, string][] = [[chrono.fr, text], [chrono.en, text], ...others.map((parser): [LocaleParser, string] => [parser, given])];
  for (const [parser, input] of attempts) {
    for (const result of parser.parse(input, READING_DAY)) {
      const start = result.start;
      if (!start.isCertain("year") || !start.isCertain("month")) continue;
      // "1 year, 160 days ago" counts back from the moment of reading: it moves with the reference day
      if (parser.parseDate(result.text, OTHER_READING_DAY)?.getTime() !== start.date().getTime()) continue;
      const precision: DatePrecision = !start.isCertain("day") ? "month" : start.isCertain("hour") ? "minute" : "day";
      const found = build(
        String(start.get("year")),
        String(start.get("month")),
        precision === "month" ? undefined : String(start.get("day")),
        precision === "minute" ? String(start.get("hour")) : undefined,
        precision === "minute" ? String(start.get("minute") ?? 0) : undefined,
        result.index,
        result.index + result.text.length,
      );
      if (found) return found;
    }
  }
  return null;
}

function build(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  start: number,
  end: number,
): DateInText | null {
  const y = Number(year);
  const m = Number(month);
  if (!year || y < 1900 || y > 2100 || !(m >= 1 && m <= 12)) return null;
  let iso = `${y}-${pad(m)}`;
  let precision: DatePrecision = "month";
  if (day !== undefined) {
    const d = Number(day);
    if (!(d >= 1 && d <= 31)) return null;
    iso += `-${pad(d)}`;
    precision = "day";
    if (hour !== undefined && minute !== undefined && Number(hour) <= 23 && Number(minute) <= 59) {
      iso += `T${pad(Number(hour))}:${pad(Number(minute))}`;
      precision = "minute";
    }
  }
  return { iso, precision, start, end };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
