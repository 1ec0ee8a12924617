// The slots an event takes from one sentence that announces it: where (a place governed by
// "à"/"en"/"in"/"at" near the trigger, or the object of "visited"), when (the date nearest the
// trigger, unless it dates a verb of saying: "a indiqué samedi à l'IRNA" dates the telling), who
// (the people named there, the countries of the phrases naming participants).

import { SETTLEMENT_NOUN_BEFORE } from "../nlp/entities/unlisted-places.ts";
import type { ArticleAnalysis, DateMention, PlaceMention, Span } from "../nlp/types.ts";
import { countryName, dateValue } from "./canonical-values.ts";
import type { EventTrigger } from "./event-triggers.ts";
import { findParticipantCountries } from "./participant-countries.ts";
import type { SlotValue } from "./types.ts";

export interface SentenceContext {
  text: string;
  language: string | null;
  analysis: ArticleAnalysis;
  /** verbs of saying and spans of direct quotes in the article */
  speechVerbEnds: number[];
  /** the wire dateline ("BAGHDAD, March 7 (Reuters) -"): its date is the filing day */
  dateline: { start: number; end: number } | null;
  quoted: Array<[number, number]>;
}

/** how far from its trigger a place or a date may sit and still belong to the event */
const PLACE_REACH = 120;
const DATE_REACH = 150;
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:à|au|aux|en|dans|près de|aux abords de|dans la banlieue de|in|at|near|outside|on the outskirts of)\s+$/iu;
/** "told reporters in Moscow", "a déclaré à Moscou": the place of the telling, not of the event */
const SAYING_PLACE_GAP = /^\s*(?:(?:to\s+)?(?:reporters|journalists|the press|la presse|les journalistes)\s+)?(?:in|at|à|en|from|depuis)\s+$/iu;
/** "in Syria's Idlib province": the locative governs the possessed place too */
const POSSESSOR_BEFORE = /\p{Lu}[\p{L}-]*['’]s\s+$/u;
const ARTICLE_BEFORE = /(?:(?:the|a|la|le|une?)\s+|l['’]\s*)$/iu;
const PRECISION: Record<PlaceMention["placeType"], number> = { city: 0, region: 1, country: 2 };
const VISIT_OBJECT = /^(?:visit|visits|visited|visiting|arrived in|trip to|travell?ed to)$/i;

/**
 * The place and the date of the event `triggers` announce. `others` are the sentence's triggers
 * of other kinds ("received … on Sunday, days after … a phone call"): a place or a date nearer
 * to one of them is theirs.
 */
export function whereAndWhen(context: SentenceContext, sentence: Span, triggers: EventTrigger[], others: EventTrigger[]): SlotValue[] {
  const ours = (span: { start: number; end: number }) => others.length === 0 || distanceTo(context.text, span, triggers) <= distanceTo(context.text, span, others);
  const place = eventPlace(context, sentence, triggers, ours);
  const date = eventDate(context, sentence, triggers, ours);
  return [...(place ? [place] : []), ...(date ? [date] : [])];
}

type Ownership = (span: { start: number; end: number }) => boolean;

function eventPlace(context: SentenceContext, sentence: Span, triggers: EventTrigger[], ours: Ownership): SlotValue | null {
  const { text } = context;
  const candidates = context.analysis.places
    .filter((place) => inside(place, sentence) && place.via !== "demonym" && !isQuoted(context, place.start) && !placesSaying(context, place) && ours(place))
    .filter((place) => {
      const before = text.slice(Math.max(sentence.start, place.start - 40), place.start);
      return governedByLocative(before) || triggers.some((trigger) => VISIT_OBJECT.test(trigger.text) && /^\s+(?:the\s+)?$/.test(text.slice(trigger.end, place.start)));
    })
    .map((place) => ({ place, distance: distanceTo(text, place, triggers) }))
    .filter((candidate) => candidate.distance <= PLACE_REACH)
    // the most precise place: a city says more than its region, a region more than its country ("à Bagdad" over "en Irak")
    .sort((a, b) => PRECISION[a.place.placeType] - PRECISION[b.place.placeType] || a.distance - b.distance);
  const best = candidates[0]?.place;
  if (!best) return null;
  return placeSlot(best, 0.85, false);
}

/** "in Cairo", "in the town of Kafr Nabl", "dans la ville de Kafr Nabl", "in Syria's Idlib province" */
function governedByLocative(before: string): boolean {
  const settlement = before.replace(SETTLEMENT_NOUN_BEFORE, "");
  const head = settlement !== before ? settlement.replace(ARTICLE_BEFORE, "") : before.replace(POSSESSOR_BEFORE, "");
  return LOCATIVE_BEFORE.test(head);
}

function placeSlot(place: PlaceMention, confidence: number, inferred: boolean): SlotValue {
  return {
    type: "place",
    canonical: place.id,
    label: place.text === place.name ? place.name : `${place.name} (${place.text})`,
    span: { start: place.start, end: place.end, text: place.text },
    confidence,
    inferred,
    detail: { placeType: place.placeType, country: place.country },
  };
}

function eventDate(context: SentenceContext, sentence: Span, triggers: EventTrigger[], ours: Ownership): SlotValue | null {
  const candidates = context.analysis.dates
    .filter((date) => inside(date, sentence) && date.precision !== "year" && !isQuoted(context, date.start) && !datesSaying(context, date) && ours(date))
    .map((date) => ({ date, value: dateValue(date, context.language, context.text), distance: distanceTo(context.text, date, triggers) }))
    .filter((candidate) => candidate.distance <= DATE_REACH && !candidate.value.canonical.startsWith("text:"))
    // the filing day dates the event only when the sentence gives no other date
    .sort((a, b) => Number(inDateline(context, a.date)) - Number(inDateline(context, b.date)) || a.distance - b.distance);
  const best = candidates[0];
  if (!best) return null;
  const { date, value } = best;
  // a weekday placed on the calendar by the publication date is a good guess, not a statement
  const resolved = date.relative && date.resolvedAgainst !== null;
  return {
    type: "date",
    canonical: value.canonical,
    label: value.label,
    span: { start: date.start, end: date.end, text: date.text },
    confidence: resolved ? 0.7 : 0.9,
    inferred: resolved,
    detail: { iso: date.iso, weekday: value.weekday, month: value.month, day: value.day, precision: date.precision, resolvedAgainst: date.resolvedAgainst },
  };
}

function inDateline(context: SentenceContext, date: DateMention): boolean {
  return context.dateline !== null && date.start >= context.dateline.start && date.end <= context.dateline.end;
}

function placesSaying(context: SentenceContext, place: PlaceMention): boolean {
  return context.speechVerbEnds.some((end) => end <= place.start && place.start - end < 40 && SAYING_PLACE_GAP.test(context.text.slice(end, place.start)));
}

/** "a indiqué samedi", "said on Saturday": the date belongs to the saying */
function datesSaying(context: SentenceContext, date: DateMention): boolean {
  return context.speechVerbEnds.some((end) => end <= date.start && /^\s*(?:on\s+|le\s+|ce\s+)?$/iu.test(context.text.slice(end, date.start)));
}

/** the people named in the sentence and the countries of the phrases naming participants */
export function participantSlots(context: SentenceContext, sentence: Span, attack: boolean): SlotValue[] {
  const slots: SlotValue[] = [];
  const places = context.analysis.places.filter((place) => inside(place, sentence) && !isQuoted(context, place.start));
  for (const { country, mention } of findParticipantCountries(context.text, places, attack)) {
    slots.push(countrySlot(country, mention, 0.85, false, mention.name));
  }
  for (const person of context.analysis.people) {
    if (!inside(person, sentence) || isQuoted(context, person.start)) continue;
    const pronoun = person.coreference?.inferred === true;
    slots.push({
      type: "participant-person",
      canonical: person.id,
      label: person.role ? `${person.name} (${person.role})` : person.name,
      span: { start: person.start, end: person.end, text: person.text },
      confidence: pronoun ? 0.5 : 0.8,
      inferred: pronoun,
      detail: { country: person.country, role: person.role, resolution: pronoun ? "pronoun" : person.coreference ? "name" : "explicit" },
    });
  }
  return slots;
}

export function countrySlot(country: string, mention: Span, confidence: number, inferred: boolean, name = countryName(country)): SlotValue {
  return {
    type: "participant-country",
    canonical: `country:${country.toLowerCase()}`,
    label: name,
    span: { start: mention.start, end: mention.end, text: mention.text },
    confidence,
    inferred,
    detail: { country },
  };
}

/** a clause break between them counts as a long way: "la visite … en Syrie, Israël a tiré" */
const CLAUSE_PENALTY = 60;
/** a name with its article: "Iraq", "l'Iran", "la Russie", "the United States" */
const LISTED_NAME = String.raw`(?:(?:l['’]|(?:le|la|les|the)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`;
/** "Iraq, Iran, Russia and Syria", "l'Irak, l'Iran, la Russie et la Syrie": the commas of a list break no clause */
const NAME_LIST = new RegExp(String.raw`${LISTED_NAME}(?:,\s+${LISTED_NAME})+,?\s+(?:and|or|et|ou)\s+${LISTED_NAME}`, "gu");

export function distanceTo(text: string, span: { start: number; end: number }, triggers: EventTrigger[]): number {
  return Math.min(
    ...triggers.map((trigger) => {
      const [from, to] = span.start >= trigger.end ? [trigger.end, span.start] : trigger.start >= span.end ? [span.end, trigger.start] : [0, 0];
      const between = text.slice(from, to).replace(NAME_LIST, (list) => list.replace(/,/g, " "));
      const breaks = to > from ? (between.match(/,\s+(?!(?:et|and)\s)|[;:()]|\s[–—-]\s/g)?.length ?? 0) : 0;
      return to - from + breaks * CLAUSE_PENALTY;
    }),
  );
}

function inside(span: { start: number; end: number }, sentence: Span): boolean {
  return span.start >= sentence.start && span.end <= sentence.end;
}

export function isQuoted(context: SentenceContext, position: number): boolean {
  return context.quoted.some(([start, end]) => position > start && position < end);
}
