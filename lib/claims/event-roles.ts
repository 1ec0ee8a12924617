// Who chairs, who hosts and who heads each delegation, from the phrases news uses for them:
// "sous la présidence du major général X", "chaired by X"; "X a reçu", "X hosted"; "des
// délégations emmenées par les adjoints des chefs d'état-major d'Iran…", "X, qui présidait la
// délégation iranienne", "delegations led by deputy chiefs of staff". A delegation head that the
// text gives only by rank keeps the rank and the countries: that level is what outlets disagree on.

import { foldText } from "../ingest/clean/fold-text.ts";
import type { OrganisationMention, PersonMention, PlaceMention, Span } from "../nlp/types.ts";
import { findRank } from "./delegation-ranks.ts";
import type { EventTrigger } from "./event-triggers.ts";
import type { SlotValue } from "./types.ts";

export interface RoleContext {
  text: string;
  people: PersonMention[];
  organisations: OrganisationMention[];
  places: PlaceMention[];
}

const CHAIR_BEFORE_NAME = /(?<![\p{L}])(?:sous la présidence (?:du|de la|de l['’]|de|d['’])|(?:présidée?s?|coprésidée?s?) par|(?:co-)?chaired by|presided over by|under the (?:chairmanship|presidency) of)(?![\p{L}])/giu;
const CHAIR_AFTER_NAME = /(?<![\p{L}])(?:(?:a |qui a |qui )?(?:présidé|présidait|coprésidé)|(?:who )?(?:chaired|presided over|co-chaired)) (?:la |the )?(?:réunion|rencontre|séance|conférence|meeting|talks|session|conference)(?![\p{L}])/giu;
const DELEGATION_HEAD_AFTER = /(?<![\p{L}])(?:délégations? (?:[\p{L}]+ ){0,2}(?:emmenée|conduite|dirigée|menée|présidée)s? par|delegations? (?:[\p{L}]+ ){0,2}(?:led|headed) by|(?:delegations?|délégations?),? (?:led|headed) by)(?![\p{L}])/giu;
const DELEGATION_HEAD_BEFORE = /(?<![\p{L}])(?:(?:qui |who )?(?:présidait|dirigeait|conduisait|menait|emmenait|a conduit|a dirigé|a mené|led|headed|was leading|heading) (?:la |une |the |an? |a )?(?:[\p{L}]+ )?(?:délégation|delegation)|à la tête (?:d['’]une|de la|de sa) délégation|at the head of (?:a|the|his|her)(?: [\p{L}-]+){0,3} delegation)(?![\p{L}])/giu;
/** where the phrase naming a delegation head ends; a comma inside a list of countries does not */
const CLAUSE_END = /[;:.!?«"“]|\s(?:pour|afin|to|in order|qui|which|who)\s|,\s(?!(?:de |d['’]|du |des |et |and |of |from )|\p{Lu})/u;
/** what may separate a host from "a reçu": nothing, "qui", or a verb of saying ("a indiqué avoir reçu") */
const HOST_GAP = /^\s*,?\s*(?:qui\s+|who\s+)?(?:(?:a|ont)\s+(?:[\p{L}]+\s+){0,2}?(?:indiqué|annoncé|déclaré|affirmé|dit|précisé)\s+|(?:said|says|announced|stated)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?|(?:has|have|had)\s+|(?:has\s+|have\s+)?held\s+)?$/iu;

type Actor = { kind: "person"; mention: PersonMention } | { kind: "organisation"; mention: OrganisationMention } | { kind: "country"; mention: PlaceMention };

export function findRoleSlots(context: RoleContext, sentence: Span, triggers: EventTrigger[]): SlotValue[] {
  return [...chairSlots(context, sentence), ...hostSlots(context, sentence, triggers), ...delegationSlots(context, sentence)];
}

function chairSlots(context: RoleContext, sentence: Span): SlotValue[] {
  const slots: SlotValue[] = [];
  for (const cue of matchesIn(CHAIR_BEFORE_NAME, sentence)) {
    if (/d[ée]l[ée]gation\p{L}*\s*,?\s*$/iu.test(context.text.slice(Math.max(sentence.start, cue.start - 30), cue.start))) continue;
    const actor = actorAfter(context, cue.end, Math.min(sentence.end, cue.end + 80));
    if (actor) slots.push(actorSlot("chair", context, actor, sentence));
  }
  for (const cue of matchesIn(CHAIR_AFTER_NAME, sentence)) {
    const actor = actorBefore(context, Math.max(sentence.start, cue.start - 120), cue.start);
    if (actor) slots.push(actorSlot("chair", context, actor, sentence));
  }
  return slots;
}

/** "held talks with visiting Iranian Defense Minister …": the guest is visiting, the subject hosts */
const WITH_VISITING = /^\s+(?:with|avec)\s+(?:(?:the|his|her|their|son|sa|ses|leur)\s+)?(?:visiting|en visite)(?![\p{L}])/iu;

function hostSlots(context: RoleContext, sentence: Span, triggers: EventTrigger[]): SlotValue[] {
  const slots: SlotValue[] = [];
  const hosting = triggers.filter((candidate) => candidate.hosting || (candidate.kind === "meeting" && WITH_VISITING.test(context.text.slice(candidate.end, candidate.end + 40))));
  for (const trigger of hosting) {
    // "Iraq hosted a meeting", "l'Irak a accueilli": a state hosts; a city subject is only the venue
    const countries = context.places.filter((place) => place.placeType === "country" && place.via !== "demonym");
    const actors: Actor[] = [
      ...context.people.filter((person) => person.coreference?.inferred !== true).map((mention) => ({ kind: "person" as const, mention })),
      ...context.organisations.map((mention) => ({ kind: "organisation" as const, mention })),
      ...countries.map((mention) => ({ kind: "country" as const, mention })),
    ];
    const subject = actors
      .filter((actor) => actor.mention.end <= trigger.start && actor.mention.start >= sentence.start)
      .sort((a, b) => b.mention.end - a.mention.end)
      .find((actor) => HOST_GAP.test(context.text.slice(actor.mention.end, trigger.start)));
    if (subject) {
      slots.push(actorSlot("host", context, subject, sentence));
      continue;
    }
    // "le ministre chinois de la Défense qui a reçu": a role whose holder the article names elsewhere
    const byRole = roleHolderBefore(context, sentence.start, trigger.start);
    if (byRole) slots.push({ ...actorSlot("host", context, { kind: "person", mention: byRole.person }, sentence), span: byRole.span, confidence: 0.75 });
  }
  return slots;
}

function delegationSlots(context: RoleContext, sentence: Span): SlotValue[] {
  const slots: SlotValue[] = [];
  for (const cue of matchesIn(DELEGATION_HEAD_AFTER, sentence)) {
    const rest = context.text.slice(cue.end, sentence.end);
    const phraseEnd = cue.end + (CLAUSE_END.exec(rest)?.index ?? rest.length);
    const phrase = spanOf(context.text, cue.end, phraseEnd);
    const heads = context.people.filter((person) => person.start >= phrase.start && person.end <= phrase.end && person.coreference?.inferred !== true);
    const countries = countriesIn(context.places, phrase.start, phrase.end);
    if (heads.length > 0) {
      for (const head of heads) slots.push(delegationHead(context, head, countries, phrase.text));
      continue;
    }
    const rank = findRank(phrase.text);
    if (!rank) continue;
    slots.push({
      type: "delegation-head",
      canonical: `rank:${rank.key}`,
      label: `${phrase.text.trim()} (${rank.label})`,
      span: phrase,
      confidence: 0.8,
      inferred: false,
      detail: { rank: rank.key, rankLabel: rank.label, countries: countries.join(","), person: null },
    });
  }
  for (const cue of matchesIn(DELEGATION_HEAD_BEFORE, sentence)) {
    const countries = countriesIn(context.places, cue.start, cue.end + 20);
    const head = context.people
      .filter((person) => person.end <= cue.start && person.start >= Math.max(sentence.start, cue.start - 160) && person.coreference?.inferred !== true)
      .at(-1);
    const before = context.text.slice(head ? head.start : sentence.start, cue.start);
    if (head) {
      slots.push(delegationHead(context, head, countries.length > 0 ? countries : head.country ? [head.country] : [], before));
      continue;
    }
    const rank = findRank(before);
    if (!rank) continue;
    const subjectCountries = countries.length > 0 ? countries : countriesIn(context.places, sentence.start, cue.start).slice(0, 1);
    slots.push({
      type: "delegation-head",
      canonical: `rank:${rank.key}`,
      label: `${rank.label}${subjectCountries.length ? ` (${subjectCountries.join(", ")})` : ""}`,
      span: spanOf(context.text, cue.start, cue.end),
      confidence: 0.6,
      inferred: true,
      detail: { rank: rank.key, rankLabel: rank.label, countries: subjectCountries.join(","), person: null },
    });
  }
  return slots;
}

function delegationHead(context: RoleContext, head: PersonMention, countries: string[], around: string): SlotValue {
  // "Karimi arrived … at the head of a delegation": the role was given where the name first appeared
  const role = head.role ?? context.people.find((mention) => mention.id === head.id && mention.role)?.role ?? null;
  const rank = findRank(`${around} ${role ?? ""}`);
  return {
    type: "delegation-head",
    canonical: head.id,
    label: `${head.name}${rank ? ` (${rank.label})` : role ? ` (${role})` : ""}`,
    span: spanOf(context.text, head.start, head.end),
    confidence: 0.85,
    inferred: false,
    detail: { rank: rank?.key ?? null, rankLabel: rank?.label ?? null, countries: countries.join(","), person: head.id },
  };
}

function actorSlot(type: "chair" | "host", context: RoleContext, actor: Actor, sentence: Span): SlotValue {
  const { mention } = actor;
  if (actor.kind !== "person") {
    return { type, canonical: mention.id, label: actor.mention.name, span: spanOf(context.text, mention.start, mention.end), confidence: 0.8, inferred: false, detail: { actor: actor.kind, country: actor.mention.country } };
  }
  const person = actor.mention;
  const apposition = /^\s*,\s*([^,;.]{3,120})/u.exec(context.text.slice(person.end, sentence.end))?.[1] ?? "";
  const rank = findRank(`${person.role ?? ""} ${apposition}`);
  const role = person.role ?? (apposition || null);
  return {
    type,
    canonical: person.id,
    label: `${person.name}${role ? ` (${role})` : ""}`,
    span: spanOf(context.text, person.start, person.end),
    confidence: 0.85,
    inferred: false,
    detail: { actor: "person", rank: rank?.key ?? null, country: person.country },
  };
}

function actorAfter(context: RoleContext, from: number, to: number): Actor | null {
  const person = context.people.find((mention) => mention.start >= from && mention.start < to && mention.coreference?.inferred !== true);
  const organisation = context.organisations.find((mention) => mention.start >= from && mention.start < from + 15);
  if (organisation && (!person || organisation.start < person.start)) return { kind: "organisation", mention: organisation };
  return person ? { kind: "person", mention: person } : null;
}

function actorBefore(context: RoleContext, from: number, to: number): Actor | null {
  const person = context.people.filter((mention) => mention.end <= to && mention.start >= from && mention.coreference?.inferred !== true).at(-1);
  return person ? { kind: "person", mention: person } : null;
}

/** the role of a person named elsewhere, written just before the verb ("le ministre chinois de la Défense qui a reçu") */
function roleHolderBefore(context: RoleContext, sentenceStart: number, verbStart: number): { person: PersonMention; span: Span } | null {
  const raw = context.text.slice(sentenceStart, verbStart);
  const before = foldText(`${raw}|`).slice(0, -1).replace(/\s*,?\s*(?:qui|who)?\s*$/u, "");
  for (const person of context.people) {
    if (!person.role || person.role.split(/\s+/).length < 3) continue;
    const role = foldText(person.role);
    if (!before.endsWith(role)) continue;
    const holders = new Set(context.people.filter((other) => other.role && foldText(other.role) === role).map((other) => other.id));
    if (holders.size !== 1) return null;
    // the article spells the role the same way each time: find it in the raw words for the span
    const at = raw.lastIndexOf(person.role);
    const span = at >= 0 ? spanOf(context.text, sentenceStart + at, sentenceStart + at + person.role.length) : spanOf(context.text, sentenceStart, verbStart);
    return { person, span };
  }
  return null;
}

function countriesIn(places: PlaceMention[], start: number, end: number): string[] {
  const codes = places.filter((place) => place.start >= start && place.end <= end && place.country && (place.placeType === "country" || place.via === "demonym")).map((place) => place.country!);
  return [...new Set(codes)];
}

function matchesIn(pattern: RegExp, sentence: Span): Array<{ start: number; end: number }> {
  return [...sentence.text.matchAll(pattern)].map((match) => ({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length }));
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
