// Subject pronouns next to a verb of saying ("a-t-il insisté", "s'est-il félicité", "il a
// déclaré", "he said") and the person they most likely stand for: the most recent person named
// before them, skipping one whose role or title says the other gender. Always marked inferred.

import { foldText } from "../../ingest/clean/fold-text.ts";
import type { PersonMention, Span } from "../types.ts";
import { FEMININE_MARKERS, MASCULINE_MARKERS } from "./role-vocabulary.ts";

// Stems of French and English verbs of saying, folded; a stem covers every tense we meet in
// wire copy ("declar" -> a déclaré, déclare, déclarait).
const SAYING_STEMS = (
  "declar dit affirm soulign precis insist felicit ajout expliqu indiqu estim assur reiter annonc rappel " +
  "poursui conclu confi comment martel avert previen prevenu repon lanc temoign deplor regrett salu reconn admi " +
  "promi jug observ not ecri racont confirm dement souhait interrog exhort appel plaid " +
  "said say tell told add stress note insist explain declar state warn argu claim affirm emphasi underlin " +
  "reiterat announc assert remark comment conclud recall"
).split(" ");

// French inversion: "a-t-il insisté", "s'est-il félicité", "estime-t-il", "dit-elle"; found from
// the pronoun outwards, which is much cheaper than a pattern starting at every word
const INVERTED = /(?<=\p{L})-(?:t-)?(il|elle)(?!\p{L})/gu;
const WORD_BEFORE = /[\p{L}']+$/u;
const WORD_AFTER = /^\s+(?:(?:également|aussi|encore)\s+)?(\p{L}+)/u;

const PRONOUN_AT_SAYING = [
  // "il a déclaré", "Elle a également souligné", "il estime"
  /\b(?<![-'’])(il|elle|Il|Elle)\s+(?:a\s+|avait\s+|aurait\s+)?(?:également\s+|aussi\s+|encore\s+|ensuite\s+)?([\p{L}]+)/gu,
  // "he said", "She also told", "he has stressed"
  /\b(he|she|He|She)\s+(?:also\s+|later\s+|further\s+)?(?:has\s+|had\s+)?([\p{L}]+)/gu,
  // "…, said he"
  /\b(said|told|added)\s+(he|she)\b/gu,
];

export function findPronounsAtSaying(text: string): Span[] {
  const found = new Map<number, Span>();
  for (const match of text.matchAll(INVERTED)) {
    const pronoun = match[1]!;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[0] ?? "";
    const after = WORD_AFTER.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 40))?.[1] ?? "";
    if (!isSaying(before) && !isSaying(after)) continue;
    const start = match.index + match[0].length - pronoun.length;
    found.set(start, { start, end: start + pronoun.length, text: pronoun });
  }
  for (const pattern of PRONOUN_AT_SAYING) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.slice(1).filter((group): group is string => group !== undefined);
      const pronoun = groups.find((group) => /^(?:il|elle|he|she)$/i.test(group));
      const verbs = groups.filter((group) => group !== pronoun);
      if (!pronoun || !verbs.some(isSaying)) continue;
      const start = match.index + match[0].search(new RegExp(`(?<![\\p{L}])${pronoun}(?![\\p{L}])`, "u"));
      found.set(start, { start, end: start + pronoun.length, text: pronoun });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

function isSaying(word: string): boolean {
  const folded = foldText(word).replace(/^s'/, "");
  return SAYING_STEMS.some((stem) => folded.startsWith(stem));
}

/**
 * The person a pronoun at `offset` stands for: the most recent named mention (full name, surname
 * or role) before it. Give `pronoun` ("elle", "she", "il", "he") to skip people of the other
 * gender when their role or title says it; a pronoun mention already in `people` at `offset`
 * answers for itself.
 */
export function resolvePronounAt(people: PersonMention[], offset: number, pronoun?: string): { personId: string; inferred: true } | null {
  const own = people.find((mention) => mention.start === offset && isPronounMention(mention));
  if (own?.coreference) return { personId: own.coreference.personId, inferred: true };
  const wanted = pronoun ? (/^(?:elle|she)$/i.test(pronoun) ? "feminine" : "masculine") : null;
  const genders = gendersOf(people);
  let best: PersonMention | null = null;
  for (const mention of people) {
    if (mention.end > offset || isPronounMention(mention)) continue;
    const personId = mention.coreference?.personId ?? mention.id;
    const gender = genders.get(personId);
    if (wanted && gender && gender !== wanted) continue;
    if (!best || mention.start > best.start) best = mention;
  }
  return best ? { personId: best.coreference?.personId ?? best.id, inferred: true } : null;
}

export function isPronounMention(mention: PersonMention): boolean {
  return /^(?:il|elle|he|she)$/i.test(mention.text);
}

/** a person's gender when a title or role word says it, from every mention of that person */
function gendersOf(people: PersonMention[]): Map<string, "feminine" | "masculine"> {
  const genders = new Map<string, "feminine" | "masculine">();
  for (const mention of people) {
    if (isPronounMention(mention)) continue;
    const personId = mention.coreference?.personId ?? mention.id;
    const words = foldText(`${mention.role ?? ""} ${mention.text.split(/[\s.]/)[0] ?? ""}`).split(/[^a-z]+/);
    if (words.some((word) => FEMININE_MARKERS.has(word))) genders.set(personId, "feminine");
    else if (!genders.has(personId) && words.some((word) => MASCULINE_MARKERS.has(word))) genders.set(personId, "masculine");
  }
  return genders;
}
