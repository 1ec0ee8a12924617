// Event signatures and grouping results (issue 5). A signature is what the grouper needs to know of
// one article to decide which real-world event it reports. Cross-language matching rests on the
// canonical ids lib/nlp gives ("Bagdad" and "Baghdad" are both `city:iq:baghdad`), on dates and on
// day-of-month mentions, never on translation; stemmed key terms do the work within one language.

import type { EventKind } from "../claims/types.ts";

/** an inclusive span of ISO days ("2019-06-13") the event may have happened in */
export interface DateWindow {
  from: string;
  to: string;
}

export interface EventSignature {
  id: string;
  language: string | null;
  /** ISO day of publication, or null when unknown */
  published: string | null;
  /** ISO day of the main event from its date slot, when the text settles it */
  eventDate: string | null;
  window: DateWindow | null;
  /** kind of the article's main event (meeting, visit, attack …), null when no trigger was found */
  kind: EventKind | null;
  /** where the main event took place, from its place slot: "city:iq:baghdad", "country:cn" */
  eventPlace: string | null;
  /** the weekday the main event's date slot names (0 = Sunday … 6 = Saturday), when it names one */
  eventWeekday: number | null;
  /** person ids ("saad mozher al-allaq") and organisation ids ("org:sana") */
  participants: string[];
  /** "country:iq", from place names and demonyms, and the countries of participants */
  countries: string[];
  /** cities and regions: "city:iq:baghdad", "region:sy:idlib" */
  places: string[];
  /** days of the year the text names ("2 juillet", "July 2"), as "--07-02": comparable across languages even without a year */
  days: string[];
  /**
   * The distinctive facts an undated article must share to join an event: figures ("#10000",
   * "#1.5"; not single digits or years), people's surname keys ("name~hashem"), named days
   * ("--07-02") and cities or regions ("city:iq:baghdad"), comparable across French and English.
   * Absent in signatures stored before issue 16.
   */
  facts?: string[];
  /** stemmed key term -> sublinear term frequency (headline words count more) */
  terms: Map<string, number>;
  /** stemmed key term -> the first surface form seen, for explanations */
  termLabels: Map<string, string>;
  /**
   * A French article's key terms as an English article would have them: its own stems and the
   * English stems of its Apertium rendering (render-french.ts). What a French-English pair is
   * compared on; absent for other languages and when no rendering was made.
   */
  englishTerms?: Map<string, number>;
  /** canonical id -> readable name ("city:iq:baghdad" -> "Baghdad"), for explanations */
  labels: Map<string, string>;
}

/** the parts of a same-event score, each in [0, 1] */
export interface SimilarityParts {
  terms: number;
  entities: number;
  days: number;
  /** 1 inside the date window, decaying with the gap in days; 1 when either date is unknown */
  date: number;
  /** 1, or the configured conflict factor when the two main events happened in different places or on different weekdays */
  conflict: number;
}

/** why an article was put where it was: what the event page shows under "why are these together?" */
export interface GroupingExplanation {
  score: number;
  parts: SimilarityParts;
  /** the member of the group the article resembles most */
  closestArticleId: string | null;
  sharedParticipants: string[];
  sharedPlaces: string[];
  sharedCountries: string[];
  sharedDays: string[];
  sharedTerms: string[];
  /** people both name, however each spells them (shared surname keys), as the article writes them; absent before issue 16 */
  sharedNames?: string[];
  /** days between the two date windows, null when a date is missing */
  dateGapDays: number | null;
  /** "pinned" when a reviewer decided, "forbidden" when a reviewer split the best candidate away */
  decidedBy: "score" | "pinned" | "new-group";
  /**
   * What tells the two articles apart, for "kept apart" in words (absent in explanations stored
   * before issue 16): their date windows (null when undated), the two main events' places and
   * weekdays when they differ, and the shared names every nearby event of the story carries too
   * (the standing cast, weighed down for an undated article).
   */
  contrast?: {
    article: DateWindow | null;
    closest: DateWindow | null;
    places: [string, string] | null;
    weekdays: [number, number] | null;
    standingCast: string[];
    /** false when an undated pair shared no distinctive fact (figure, person, named day, city): joining was ruled out */
    evidenced?: boolean;
  };
}

export interface GroupingResult {
  groupId: string;
  score: number;
  joined: boolean;
  /** other groups close enough to be the same story thread (a later, related event) */
  related: string[];
  explanation: GroupingExplanation;
}
