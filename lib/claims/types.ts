// Claim slots: the rows the comparison view aligns across outlets (issue 6). One article gives one
// or more event mentions; each typed slot keeps its span in the article text, a confidence, and a
// canonical value that compares across outlets and languages ("jeudi" in a French article and
// "Thursday" in an English one both give weekday 4; "Bagdad"/"Baghdad" both `city:iq:baghdad`).

import type { CountryCode, Span } from "../nlp/types.ts";

export type EventKind = "meeting" | "visit" | "call" | "statement" | "attack" | "agreement" | "deployment" | "other";

export type SlotType =
  | "place"
  | "date"
  | "participant-country"
  | "participant-person"
  | "chair"
  | "host"
  | "delegation-head"
  | "number"
  | "quote"
  | "cited-source";

export interface SlotValue {
  type: SlotType;
  /** comparable across outlets and languages: a place/person/org id, an ISO date or "weekday:4", "2000|about|jihadistes" … */
  canonical: string;
  /** what a reviewer reads: "Baghdad", "Thursday (jeudi)", "about 2,000 jihadists", "Saad Mozher al-Allaq (major général)" */
  label: string;
  span: Span;
  confidence: number;
  /** true when it rests on a pronoun, position or a guess: never shown as certain */
  inferred: boolean;
  /** extra typed detail: rank of a delegation head, hedge of a number, speaker of a quote … */
  detail?: Record<string, string | number | boolean | null>;
}

export interface EventMention {
  /** stable within the article: "e1", "e2" … in text order */
  id: string;
  kind: EventKind;
  /** the words that announce it: "La dernière réunion … s'est tenue", "met", "s'est rendu" */
  trigger: Span;
  /** one-line summary for the UI: "meeting · Baghdad · Thursday" */
  summary: string;
  slots: SlotValue[];
  countries: CountryCode[];
  /** the event the article is about (most slots filled); it carries the article's numbers, quotes and cited sources */
  main?: boolean;
  /**
   * No sentence announced an event (a meeting, a visit, an attack…): this is the article's own
   * account, its first stated place and date with its figures, quotes and sources, so that two
   * reports of anything else are still compared. Grouping leaves it out of the signature.
   */
  fromArticle?: boolean;
}

export interface ArticleClaims {
  articleId: string | null;
  language: string | null;
  published: string | null;
  events: EventMention[];
}
