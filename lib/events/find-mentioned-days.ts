// Days of the year a text names ("le 2 juillet", "July 2", "2. Juli"), as "--MM-DD". Two reports
// of one event name the same day even when neither gives a year or a publication date (RPM2's
// French dispatches), and across languages. chrono-node reads the dates; we keep only those with
// an explicit day and month, because "hier" or "Monday" depend on the publication date.

import * as chrono from "chrono-node";

const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
  ru: chrono.ru.casual,
};

export function findMentionedDays(text: string, language: string | null): string[] {
  const parser = (language && PARSERS[language]) || chrono.en.casual;
  const days = new Set<string>();
  for (const result of parser.parse(text)) {
    // a day number must be written: chrono also certifies the day of "hier" or "today"
    if (!/\d/.test(result.text)) continue;
    for (const component of [result.start, result.end]) {
      if (!component || !component.isCertain("day") || !component.isCertain("month")) continue;
      const month = String(component.get("month")).padStart(2, "0");
      const day = String(component.get("day")).padStart(2, "0");
      // "hier, à 14h30" is certain of a day too: the day number itself must be written, and not
      // as the minutes or hours of a clock time (on the 30th, "14h30" would otherwise count)
      if (!new RegExp(`(?<![\\d:hH])0?${component.get("day")}(?![\\d:hH])`).test(result.text)) continue;
      days.add(`--${month}-${day}`);
    }
  }
  return [...days];
}
