// Dates and times as news pages print them in date lines ("Publié le 12 mars 2020 à 14h05",
// "Aktualisiert: 03.04.2020, 12:35 Uhr", "Feb 8, 2020"), in the languages we read.

const MONTHS = [
  "jan(?:uary|vier|uar|\\.)?|feb(?:ruary|ruar|\\.)?|f[ée]v(?:rier|\\.)?|m[aä]r(?:ch|s|z|\\.)?|apr(?:il|\\.)?|avr(?:il|\\.)?|may|mai|jun[ei]?|juin|jul[iy]?|juil(?:let|\\.)?",
  "aug(?:ust|\\.)?|ao[uû]t|sep(?:t(?:ember|embre)?|\\.)?|o[ck]t(?:ober|obre|\\.)?|nov(?:ember|embre|\\.)?|d[ée][cz](?:ember|embre|\\.)?",
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
  "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre",
  "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro",
  "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
].join("|");

export const WEEKDAYS = [
  "mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?",
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so",
  "lunes|martes|miércoles|jueves|viernes|sábado|domingo",
].join("|");

// Same separator twice, day-month-year or year-month-day: "158-23-2012" is a phone number.
const NUMERIC_DATE = ["\\.", "/", "-"].map((sep) => `\\d{1,2}${sep}\\d{1,2}${sep}\\d{2,4}|\\d{4}${sep}\\d{1,2}${sep}\\d{1,2}`).join("|");
const WORD_DATE = `(?:(?:${MONTHS})\\s+\\d{4}|\\d{1,2}\\.?\\s*(?:de\\s+)?(?:${MONTHS})\\s*(?:de\\s+)?\\d{2,4}|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}\\.?\\s*(?:${MONTHS})\\b)`;
const TIME = "\\d{1,2}[:h]\\d{2}(?:\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.))?";

/** One date or time, unanchored: source text for a RegExp. */
export const DATE_OR_TIME = `(?:${NUMERIC_DATE}|${WORD_DATE}|${TIME})`;

const DATE_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}])${DATE_OR_TIME}(?![\\p{L}\\p{N}])`, "giu");

/** The block with every date and time taken out, or null when it holds none. */
export function withoutDates(text: string): string | null {
  DATE_ANYWHERE.lastIndex = 0;
  if (!DATE_ANYWHERE.test(text)) return null;
  return text.replace(DATE_ANYWHERE, " ");
}
