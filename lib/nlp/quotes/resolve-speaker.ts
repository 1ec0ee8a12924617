// Who a speaker phrase names: a person or an organisation written in it (explicit), a role phrase
// without a name ("le ministre chinois de la Défense") matched to the person holding that role, or a
// pronoun ("il", "s'est-il félicité") resolved by position and flagged inferred. Nothing is guessed
// silently: what cannot be resolved says "unresolved".

import type { OrganisationMention, PersonMention, SpeakerRef, Span } from "../types.ts";

export interface SpeakerContext {
  text: string;
  people: PersonMention[];
  organisations: OrganisationMention[];
}

export const UNRESOLVED: SpeakerRef = { id: null, name: "unresolved", span: null, resolution: "unresolved", inferred: false };

const PRONOUN = /^(?:il|elle|ils|elles|he|she|they)$/i;
/** a role phrase is definite ("le ministre", "the general"); "une source irakienne" names nobody */
const DEFINITE = /^(?:le|la|l['’]|les|the)\s*/i;
/** after a name: a comma, then a description in lower case ("president of", "a spokesman", "le porte-parole") */
const APPOSITION = /^\s*,\s*(?:\p{Ll}|(?:The|A|An|Le|La|L['’]|Un|Une)\s)/u;
const STOP_WORDS = new Set("le la les de des du d l et en the of and for a an au aux son sa ses his her".split(" "));
/** demonyms that say which country a role belongs to; hand-written, the few this genre uses most */
const DEMONYMS: Record<string, string> = {
  chinois: "CN", chinoise: "CN", chinese: "CN", iranien: "IR", iranienne: "IR", iranian: "IR", syrien: "SY",
  syrienne: "SY", syrian: "SY", irakien: "IQ", irakienne: "IQ", iraqi: "IQ", russe: "RU", russian: "RU",
  americain: "US", americaine: "US", american: "US", israelien: "IL", israelienne: "IL", israeli: "IL",
  turc: "TR", turque: "TR", turkish: "TR", libanais: "LB", libanaise: "LB", lebanese: "LB", saoudien: "SA",
  saudi: "SA", francais: "FR", francaise: "FR", french: "FR", britannique: "GB", british: "GB",
};

/** the speaker a phrase names, or null when it names nobody the article knows */
export function speakerInPhrase(context: SpeakerContext, start: number, end: number): SpeakerRef | null {
  const inside = <T extends Span>(mentions: T[]) => mentions.filter((mention) => mention.start >= start && mention.end <= end);
  // "Le porte-parole de M. Narychkine, Sergueï Ivanov a commenté": the name nearest the verb speaks
  const described = appositionSpeaker(context, start, end);
  if (described) return described;
  const person = inside(context.people).at(-1);
  if (person) return personRef(context.people, person);
  const organisation = inside(context.organisations).at(-1);
  if (organisation) {
    return { id: organisation.id, name: organisation.name, span: spanOf(organisation), resolution: "explicit", inferred: false };
  }
  const phrase = context.text.slice(start, end).trim();
  return DEFINITE.test(phrase) ? speakerByRole(context, phrase, start) : null;
}

/**
 * "John Smith, a spokesman for Jane Doe, said": a name followed by its description in commas
 * speaks, not a person the description names. Null when the phrase does not open that way.
 */
export function appositionSpeaker(context: SpeakerContext, start: number, end: number): SpeakerRef | null {
  const people = context.people.filter((mention) => mention.start >= start && mention.end <= end);
  const head = people[0];
  if (!head || people.length < 2 || !APPOSITION.test(context.text.slice(head.end, end))) return null;
  return personRef(context.people, head);
}

export function isPronoun(phrase: string): boolean {
  return PRONOUN.test(phrase.trim());
}

/**
 * A pronoun speaks for the last person named in the text since the previous quote (outside
 * quotes); when none was named since, for the previous quote's speaker, as news chains quotes.
 */
export function speakerByPronoun(
  context: SpeakerContext,
  at: number,
  since: number,
  previous: SpeakerRef | null,
  quoted: Array<{ start: number; end: number }>,
): SpeakerRef {
  const outsideQuotes = (mention: Span) => !quoted.some((quote) => mention.start >= quote.start && mention.end <= quote.end);
  const candidates = context.people.filter((person) => person.end <= at && outsideQuotes(person) && !isPronoun(person.text));
  const recent = candidates.filter((person) => person.start >= since).at(-1);
  const chosen = recent ?? (previous?.id ? null : candidates.at(-1));
  if (chosen) return { ...personRef(context.people, chosen), resolution: "pronoun", inferred: true };
  if (previous?.id) return { ...previous, resolution: "pronoun", inferred: true };
  return UNRESOLVED;
}

/** "le ministre chinois de la Défense" → the person whose role shares its words and whose country it names */
function speakerByRole(context: SpeakerContext, phrase: string, at: number): SpeakerRef | null {
  const words = contentWords(phrase);
  const country = words.map((word) => DEMONYMS[word]).find(Boolean) ?? null;
  let best: { person: PersonMention; score: number } | null = null;
  for (const person of context.people) {
    if (person.coreference || (!person.role && !person.country)) continue;
    if (country && person.country && person.country !== country) continue;
    const roleWords = new Set(contentWords(`${person.role ?? ""} ${person.text}`));
    const shared = words.filter((word) => roleWords.has(word) && !DEMONYMS[word]).length;
    const sameCountry = country !== null && person.country === country;
    // "le général syrien" may name a person whose role was written otherwise ("chef d'état-major")
    if (shared === 0 && !sameCountry) continue;
    const score = shared * 2 + (sameCountry ? 2 : 0) + (person.start < at ? 0.5 : 0);
    if (!best || score > best.score) best = { person, score };
  }
  if (!best) return null;
  return { ...personRef(context.people, best.person), span: { start: at, end: at + phrase.length, text: phrase }, resolution: "role" };
}

/** a later mention ("le général Moradian") speaks for the person it corefers to */
function personRef(people: PersonMention[], mention: PersonMention): SpeakerRef {
  const id = mention.coreference?.personId ?? mention.id;
  const canonical = people.find((person) => person.id === id && !person.coreference) ?? mention;
  const inferred = mention.coreference?.inferred ?? false;
  return { id, name: canonical.name, span: spanOf(mention), resolution: inferred ? "pronoun" : "explicit", inferred };
}

function spanOf(span: Span): Span {
  return { start: span.start, end: span.end, text: span.text };
}

function contentWords(phrase: string): string[] {
  return phrase
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}
