// What lib/nlp finds in a clean article text (French or English). Every mention keeps its exact
// span in the text (offsets into CleanArticle.text / articles.text) so the UI can highlight it and
// the comparison can link each cell to its source. Canonical ids make a French and an English
// article comparable: "Bagdad" and "Baghdad" are both `city:iq:baghdad`.

export interface Span {
  start: number;
  end: number;
  /** text.slice(start, end), kept for display and tests */
  text: string;
}

/** ISO 3166-1 alpha-2, upper case ("IQ", "IR", "RU", "SY", "CN", "US"). */
export type CountryCode = string;

export interface PlaceMention extends Span {
  /** "country:iq", "city:iq:baghdad", "region:sy:idlib"; a town no gazetteer lists and no country places: "place:kafr-nabl" */
  id: string;
  /** canonical English name: "Iraq", "Baghdad" */
  name: string;
  placeType: "country" | "city" | "region";
  country: CountryCode | null;
  /** how the text names it: "Irak" (name), "irakiens" (demonym: the country is implied), "Pékin" (alias) */
  via: "name" | "demonym" | "alias";
}

export interface PersonMention extends Span {
  /** normalised full name, accents and case folded: "saad mozher al-allaq" */
  id: string;
  /** full name as first written in the article: "Saad Mozher al-Allaq" */
  name: string;
  /** "major général", "ministre de la Défense", "deputy chief of staff": as written, null if none */
  role: string | null;
  roleSpan: Span | null;
  /** the country the person represents, from the role ("ministre chinois", "Iranian FM") or context */
  country: CountryCode | null;
  /**
   * A later mention ("le général Ayoub", "M. Narychkine", "il") resolved to a person named earlier.
   * `inferred` is true when it rests on a pronoun or on position alone.
   */
  coreference: { personId: string; inferred: boolean } | null;
}

export interface OrganisationMention extends Span {
  /** "org:iq:ministry-of-defence", "org:sana", "org:ir:ministry-of-intelligence" */
  id: string;
  /** canonical English name: "Iraqi Ministry of Defence", "SANA" */
  name: string;
  orgType: "ministry" | "armed-forces" | "intelligence" | "news-agency" | "government" | "international" | "armed-group" | "other";
  country: CountryCode | null;
}

export interface DateMention extends Span {
  /**
   * ISO 8601 cut at its precision ("2019-12-11", "2019-07", "2017") when it can be resolved; null
   * when only a weekday is known and there is no publication date to resolve it against.
   */
  iso: string | null;
  precision: "minute" | "day" | "month" | "year" | "weekday";
  /** 0 = Sunday … 6 = Saturday, when the text names a weekday ("jeudi", "last Tuesday") */
  weekday: number | null;
  /** "jeudi", "ce samedi", "last Tuesday", "hier": relative to the publication date */
  relative: boolean;
  /** the publication date it was resolved against, or null */
  resolvedAgainst: string | null;
}

export type NumberHedge = "exact" | "about" | "more-than" | "less-than" | "at-least" | "at-most" | "up-to";

export interface NumberMention extends Span {
  value: number;
  hedge: NumberHedge;
  /** what it counts, as written and lemmatised lightly: "jihadistes", "morts", "étrangers", "fighters" */
  counts: string | null;
  countsSpan: Span | null;
  /** a year ("en 2015") is a date-like number, kept with kind "year" so claims can use it */
  kind: "quantity" | "year" | "ordinal" | "percentage" | "money";
}

export interface SpeakerRef {
  /** PersonMention.id, OrganisationMention.id, or null when unresolved */
  id: string | null;
  /** as the article names the speaker, or "unresolved" */
  name: string;
  span: Span | null;
  resolution: "explicit" | "role" | "pronoun" | "unresolved";
  /** true for pronoun- or position-based attribution: never shown as certain */
  inferred: boolean;
}

export interface QuoteMention extends Span {
  /** the quoted words without their quotation marks */
  quote: string;
  /** « » / “ ” / " " around the words, or reported speech ("a indiqué que …") */
  direct: boolean;
  speaker: SpeakerRef;
  /** the verb of saying that attributes it: "a déclaré", "s'est-il félicité", "said" */
  verb: Span | null;
}

export interface ArticleAnalysis {
  language: string | null;
  places: PlaceMention[];
  people: PersonMention[];
  organisations: OrganisationMention[];
  dates: DateMention[];
  numbers: NumberMention[];
  quotes: QuoteMention[];
}

export interface AnalyseOptions {
  text: string;
  language: string | null;
  /** ISO date the article was published, at any precision, or null: relative dates resolve against it */
  published: string | null;
}
