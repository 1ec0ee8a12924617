// Claim slots of one article: its event mentions (meetings, visits, calls, attacks…) with where,
// when, who took part, who chaired, hosted and headed delegations, and, on the main event, the
// article's figures, quotes and cited sources. Pure: the analysis and ingest did the reading;
// this decides which mention fills which slot of which event.

import { splitSentences } from "../ingest/clean/split-sentences.ts";
import type { OutletGazetteer } from "../ingest/outlets/gazetteer.ts";
import type { CitedSource } from "../ingest/types.ts";
import { findFilingDateline } from "../nlp/dates/filing-dateline.ts";
import { speechVerbs } from "../nlp/quotes/speech-verbs.ts";
import type { ArticleAnalysis } from "../nlp/types.ts";
import { citedSourceSlots, numberSlots, quoteSlots } from "./article-slots.ts";
import { findRoleSlots } from "./event-roles.ts";
import { countrySlot, distanceTo, isQuoted, participantSlots, whereAndWhen, type SentenceContext } from "./event-slots.ts";
import { findEventTriggers, kindFamily, type EventTrigger } from "./event-triggers.ts";
import { groupEvents, type EventDraft } from "./group-events.ts";
import { speakingOrganisations } from "./speaking-organisations.ts";
import { summariseEvent } from "./summarise-event.ts";
import type { ArticleClaims, EventMention, SlotType, SlotValue } from "./types.ts";

export interface BuildClaimsOptions {
  articleId?: string | null;
  text: string;
  language: string | null;
  published: string | null;
  analysis: ArticleAnalysis;
  citedSources: CitedSource[];
  /** to give cited outlets their gazetteer slug; without it they keep their folded name */
  gazetteer?: OutletGazetteer | null;
  /** the article's own outlet (slug or name): "told Reuters" in a Reuters dispatch cites nobody */
  outlet?: string | null;
}

/** a slot type that holds one value per event; the others hold a list */
const SINGLE: ReadonlySet<SlotType> = new Set(["place", "date"]);

export function buildClaims(options: BuildClaimsOptions): ArticleClaims {
  const { text, analysis } = options;
  const context: SentenceContext = {
    text,
    language: options.language,
    analysis,
    speechVerbEnds: speechVerbs(text).map((verb) => verb.end),
    quoted: analysis.quotes.filter((quote) => quote.direct).map((quote) => [quote.start, quote.end]),
    dateline: findFilingDateline(text, options.language),
  };
  const roleContext = { text, people: analysis.people, organisations: analysis.organisations, places: analysis.places };

  const drafts: EventDraft[] = [];
  for (const sentence of splitSentences(text)) {
    const triggers = findEventTriggers(sentence.text, sentence.start).filter((trigger) => !isQuoted(context, trigger.start));
    if (triggers.length === 0) continue;
    const families = [...new Set(triggers.map((trigger) => kindFamily(trigger.kind)))];
    // who took part and in which role: given to the event whose trigger is nearest
    const attack = triggers.some((trigger) => trigger.kind === "attack");
    const shared = [...participantSlots(context, sentence, attack), ...findRoleSlots(roleContext, sentence, triggers)];
    const nearestFamily = (slot: SlotValue) =>
      kindFamily(triggers.reduce((best, trigger) => (distanceTo(text, slot.span, [trigger]) < distanceTo(text, slot.span, [best]) ? trigger : best)).kind);
    for (const family of families) {
      const own = triggers.filter((trigger) => kindFamily(trigger.kind) === family);
      const others = triggers.filter((trigger) => kindFamily(trigger.kind) !== family);
      const slots = [...whereAndWhen(context, sentence, own, others), ...shared.filter((slot) => families.length === 1 || nearestFamily(slot) === family)];
      drafts.push({ family, kind: own[0]!.kind, triggers: own, slots });
    }
  }

  const triggered = groupEvents(drafts)
    .map((draft) => ({ ...draft, slots: completeParticipants(draft, dedupe(draft.slots)) }))
    .filter((draft) => draft.slots.length > 0);
  // most news is not a meeting or an attack: without a triggered event, the article's own account
  // (its first stated place and date, its figures, quotes and sources) is what outlets are compared on
  const fromArticle = triggered.length === 0 ? reportDraft(context) : null;
  const grouped = fromArticle ? [fromArticle] : triggered;
  const mainIndex = pickMain(grouped);
  const events: EventMention[] = grouped.map((draft, index) => {
    const slots = index === mainIndex ? [...draft.slots, ...articleSlots(options)] : draft.slots;
    if (draft === fromArticle && slots.length === 0) return null;
    const countries = [...new Set(slots.filter((slot) => slot.type === "participant-country").map((slot) => String(slot.detail?.country)))];
    const trigger = draft.triggers.reduce((first, candidate) => (candidate.start < first.start ? candidate : first));
    const mention: EventMention = {
      id: `e${index + 1}`,
      kind: draft.kind,
      trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
      summary: "",
      slots,
      countries,
      main: index === mainIndex,
      ...(draft === fromArticle ? { fromArticle: true } : {}),
    };
    return { ...mention, summary: summariseEvent(mention) };
  }).filter((event): event is EventMention => event !== null);
  return { articleId: options.articleId ?? null, language: options.language, published: options.published, events };
}

/** the sentences an article's own account takes its place and date from */
const REPORT_LEAD_SENTENCES = 2;

/**
 * The article's own account when no sentence announces an event: the first place it says
 * something happened in ("in Denver") and the first date it gives, each found as an event's are
 * (whereAndWhen, with the sentence itself standing in for the trigger), in its lead. Its kind stays "other" and grouping does not read it (build-event-signature.ts).
 */
function reportDraft(context: SentenceContext): EventDraft {
  let place: SlotValue | null = null;
  let date: SlotValue | null = null;
  // the lead only: further down an article names background places and dates, and which of them
  // comes first differs between two versions (a translation reorders, an outlet adds context)
  const lead = splitSentences(context.text).slice(0, REPORT_LEAD_SENTENCES);
  for (const sentence of lead) {
    if (place && date) break;
    const stand: EventTrigger = { kind: "other", start: sentence.start, end: sentence.end, text: sentence.text, hosting: false };
    for (const slot of whereAndWhen(context, sentence, [stand], [])) {
      if (slot.type === "place") place ??= slot;
      if (slot.type === "date") date ??= slot;
    }
  }
  const first = lead[0];
  const trigger: EventTrigger = { kind: "other", start: first?.start ?? 0, end: first?.end ?? 0, text: first?.text ?? "", hosting: false };
  return { family: "other", kind: "other", triggers: [trigger], slots: [...(place ? [place] : []), ...(date ? [date] : [])] };
}

function articleSlots(options: BuildClaimsOptions): SlotValue[] {
  return [
    ...numberSlots(options.text, options.analysis.numbers),
    ...quoteSlots(options.analysis.quotes),
    ...citedSourceSlots([...options.citedSources, ...speakingOrganisations(options.text, options.analysis)], options.analysis, options.gazetteer ?? null, options.outlet ?? null),
  ];
}

/**
 * One place and one date per event; one row per person, country or role holder, the surest kept.
 * A state that hosts ("l'Irak reçoit") is the same host as its ministry or envoy that hosts too
 * ("le ministère de la Défense irakien a reçu"): the more precise one is kept.
 */
function dedupe(slots: SlotValue[]): SlotValue[] {
  const kept = new Map<string, SlotValue>();
  for (const slot of slots) {
    const key = SINGLE.has(slot.type) ? slot.type : `${slot.type}|${slot.canonical}`;
    const previous = kept.get(key);
    if (!previous || (previous.inferred && !slot.inferred && !SINGLE.has(slot.type))) kept.set(key, slot);
  }
  const hosts = [...kept.values()].filter((slot) => slot.type === "host");
  const precise = new Set(hosts.filter((slot) => slot.detail?.actor !== "country").map((slot) => slot.detail?.country));
  return [...kept.values()].filter((slot) => slot.type !== "host" || slot.detail?.actor !== "country" || !precise.has(slot.detail.country));
}

/**
 * The countries that the people, hosts and delegations stand for take part too; a visit's
 * destination country is the host side, a guess from the place, so it stays inferred.
 */
function completeParticipants(draft: EventDraft, slots: SlotValue[]): SlotValue[] {
  const present = new Set(slots.filter((slot) => slot.type === "participant-country").map((slot) => slot.canonical));
  const added: SlotValue[] = [];
  const add = (country: unknown, slot: SlotValue, confidence: number, inferred: boolean) => {
    if (typeof country !== "string" || !country) return;
    for (const code of country.split(",")) {
      const canonical = `country:${code.toLowerCase()}`;
      if (present.has(canonical)) continue;
      present.add(canonical);
      added.push(countrySlot(code, slot.span, confidence, inferred));
    }
  };
  for (const slot of slots) {
    if (slot.type === "participant-person" || slot.type === "chair" || slot.type === "host") add(slot.detail?.country, slot, 0.7, slot.inferred);
    if (slot.type === "delegation-head") add(slot.detail?.countries, slot, 0.8, slot.inferred);
  }
  // the country visited is the host side; the country struck is the target side
  const place = slots.find((slot) => slot.type === "place");
  if ((draft.kind === "visit" || draft.kind === "attack") && place) add(place.detail?.country, place, 0.6, true);
  return [...slots, ...added];
}

/** the event the story is about: the one most filled in, the earliest on a tie */
function pickMain(events: EventDraft[]): number {
  let best = -1;
  let bestScore = -1;
  events.forEach((event, index) => {
    const score = new Set(event.slots.map((slot) => slot.type)).size + event.triggers.length / 100;
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}
