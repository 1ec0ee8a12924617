// chrono-node's French and English casual parsers, plus the two shapes news uses that they miss:
// a month alone or with a year ("en juillet", "en septembre dernier", "août 2013"; chrono.fr only
// reads a month next to a day number) and a year alone after a preposition ("lancé en 2015",
// "since 2011"; neither locale reads a bare year, and a bare four-digit number is too often a count).

import * as chrono from "chrono-node";

type Chrono = chrono.Chrono;

const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

const YEAR = String.raw`((?:1[89]|20)\d{2})`;
/** a year is not a year inside "2.000", "2015-2016" score lines or "20150" */
const AFTER_YEAR = String.raw`(?![\p{L}\d]|[.,]\d|-\d)`;

/**
 * French month without a day. A bare "mars" or "mai" is too ambiguous (the planet, a name), so it
 * needs a lead-in ("en", "depuis", "début", "fin", "mi-"), a following year or "dernier"/"prochain".
 */
const FRENCH_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(en|au mois d[e'’]|depuis|début|fin|mi-)\s*)?(${Object.keys(FRENCH_MONTHS).join("|")})` +
    String.raw`(?:\s+(dernier|prochain|passé))?(?:\s+${YEAR}${AFTER_YEAR})?(?![\p{L}\d])`,
  "iu",
);

/** "en 2015", "since 2011": "de 2015" and "of 2015" are left out ("plus de 2000 morts") */
const LONE_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(?:en|in|depuis|since|année|year|l['’]an|jusqu['’]en|until|by|début|fin|mi-|early|late|mid-)\s*${YEAR}${AFTER_YEAR}`,
  "iu",
);

const frenchMonthParser: chrono.Parser = {
  pattern: () => FRENCH_MONTH,
  extract: (context, match) => {
    const [whole, leadIn, monthName, relation, year] = match;
    if (!leadIn && !relation && !year) return null;
    const month = FRENCH_MONTHS[monthName!.toLowerCase()];
    if (!month) return null;
    // the span starts at the month: "en" is grammar, not part of the date
    const offset = whole!.toLowerCase().indexOf(monthName!.toLowerCase());
    const result = context.createParsingResult(match.index! + offset, whole!.slice(offset), year ? { month, year: Number(year) } : { month });
    return result.addTag(relation ? `parallax/month-${relation.toLowerCase() === "prochain" ? "next" : "last"}` : "parallax/month");
  },
};

const loneYearParser: chrono.Parser = {
  pattern: () => LONE_YEAR,
  extract: (context, match) => {
    // the span keeps its preposition here: chrono drops a result whose text is digits only;
    // find-dates narrows it to the year
    return context.createParsingResult(match.index!, match[0], { year: Number(match[1]) }).addTag("parallax/year");
  },
};

function withExtraParsers(base: Chrono, extra: chrono.Parser[]): Chrono {
  const parser = base.clone();
  parser.parsers.push(...extra);
  return parser;
}

const FRENCH = withExtraParsers(chrono.fr.casual, [frenchMonthParser, loneYearParser]);
const ENGLISH = withExtraParsers(chrono.en.casual, [loneYearParser]);

/** the parsers to run, most likely language first; both when the language is unknown */
export function dateParsersFor(language: string | null): Chrono[] {
  const code = language?.slice(0, 2).toLowerCase();
  if (code === "fr") return [FRENCH];
  if (code === "en") return [ENGLISH];
  return [FRENCH, ENGLISH];
}
