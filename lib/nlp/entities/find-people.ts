// People named in an article, one mention per occurrence: full names with their role and the
// country they represent, later surname mentions ("M. Narychkine", "le général Ayoub"), repeated
// role phrases ("a réaffirmé le ministre chinois de la Défense") and pronouns next to a verb of
// saying, each linked to the person named first.

import { foldText } from "../../ingest/clean/fold-text.ts";
import type { AnalyseOptions, PersonMention, PlaceMention } from "../types.ts";
import { isOrganisationName } from "./named-organisations.ts";
import { findNameRuns, type NameRun } from "./person-names.ts";
import { loadPlaceIndex } from "./place-index.ts";
import { findRole, isRoleHead, titleBefore } from "./person-role.ts";
import { findPronounsAtSaying, resolvePronounAt } from "./resolve-pronoun.ts";
import { NAME_TITLES } from "./role-vocabulary.ts";
import { nameKey, tokenize, type Token } from "./tokenize.ts";

export { resolvePronounAt } from "./resolve-pronoun.ts";

interface Person {
  id: string;
  name: string;
  coreKeys: string[];
  country: string | null;
  role: string | null;
  /** the role's words, to recognise the role repeated without the name */
  roleKeys: string[];
}

export function findPeople(options: AnalyseOptions, places: PlaceMention[]): PersonMention[] {
  const { text } = options;
  const tokens = tokenize(text);
  const people: Person[] = [];
  const mentions: PersonMention[] = [];
  const towns = loadPlaceIndex().multiWordTowns;
  const isOtherName = (key: string): boolean => towns.has(key) || isOrganisationName(key);
  for (const run of findNameRuns(text, tokens, places, isOtherName)) {
    if (run.group) continue;
    const mention = run.coreKeys.length >= 2 ? fullNameMention(text, tokens, run, places, people) : surnameMention(text, tokens, run, places, people);
    if (mention) mentions.push(mention);
  }
  mentions.push(...roleMentions(text, tokens, people, mentions));
  mentions.sort((a, b) => a.start - b.start);
  for (const pronoun of findPronounsAtSaying(text)) {
    const resolved = resolvePronounAt(mentions, pronoun.start, pronoun.text);
    if (!resolved) continue;
    const person = people.find((candidate) => candidate.id === resolved.personId)!;
    mentions.push({ ...pronoun, id: person.id, name: person.name, role: null, roleSpan: null, country: person.country, coreference: resolved });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function fullNameMention(text: string, tokens: Token[], run: NameRun, places: PlaceMention[], people: Person[]): PersonMention {
  const span = spanOf(text, tokens[run.first]!, tokens[run.last]!);
  const found = findRole(text, tokens, run.first, run.last, places);
  const id = personId(span.text);
  // "Javad Zarif" after "Mohammad Javad Zarif": a shorter form of a name already met
  const longer = people.find((person) => person.id !== id && run.coreKeys.every((key) => person.coreKeys.includes(key)));
  if (longer) {
    return { ...span, id: longer.id, name: longer.name, role: found.role, roleSpan: found.roleSpan, country: found.country ?? longer.country, coreference: { personId: longer.id, inferred: false } };
  }
  let person = people.find((candidate) => candidate.id === id);
  if (!person) {
    person = { id, name: span.text, coreKeys: run.coreKeys, country: found.country, role: found.role, roleKeys: roleKeys(found.role) };
    people.push(person);
  }
  person.country ??= found.country;
  return { ...span, id, name: person.name, role: found.role, roleSpan: found.roleSpan, country: found.country ?? person.country, coreference: null };
}

/** "Narychkine", "M. Narychkine", "le général Ayoub", "Mr. Steele": one capitalised word */
function surnameMention(text: string, tokens: Token[], run: NameRun, places: PlaceMention[], people: Person[]): PersonMention | null {
  const key = run.coreKeys[0]!;
  const known = people.filter((person) => person.coreKeys[person.coreKeys.length - 1] === key);
  const honorific = honorificBefore(text, tokens, run.first);
  const title = titleBefore(text, tokens, run.first);
  if (known.length === 0 && honorific === null && title === null) return null;
  const first = honorific ?? run.first;
  const span = spanOf(text, tokens[first]!, tokens[run.last]!);
  const roleSpan = title === null ? null : spanOf(text, tokens[title]!, tokens[title]!);
  const role = roleSpan?.text ?? null;
  if (known.length === 0) {
    // the first mention of someone only ever called by title and surname
    const name = text.slice(tokens[run.first]!.start, tokens[run.last]!.end);
    const found = findRole(text, tokens, first, run.last, places);
    const person: Person = { id: personId(name), name, coreKeys: run.coreKeys, country: found.country, role: found.role, roleKeys: roleKeys(found.role) };
    people.push(person);
    return { ...span, id: person.id, name, role: found.role ?? role, roleSpan: found.roleSpan ?? roleSpan, country: found.country, coreference: null };
  }
  const person = known[known.length - 1]!;
  return { ...span, id: person.id, name: person.name, role, roleSpan, country: person.country, coreference: { personId: person.id, inferred: known.length > 1 } };
}

/** "M." / "Mr" / "Mme" right before the name: kept in the mention, it tells the gender */
function honorificBefore(text: string, tokens: Token[], first: number): number | null {
  const previous = tokens[first - 1];
  if (!previous || !NAME_TITLES.has(previous.key) || !previous.capitalised) return null;
  return /^\.?\s{1,2}$/u.test(text.slice(previous.end, tokens[first]!.start)) && !isRoleHead(tokens, first - 1) ? first - 1 : null;
}

/** a role of three words or more written again without the name refers to the same person */
function roleMentions(text: string, tokens: Token[], people: Person[], named: PersonMention[]): PersonMention[] {
  const mentions: PersonMention[] = [];
  const firstSeen = new Map(people.map((person) => [person.id, named.find((mention) => mention.id === person.id)?.start ?? 0]));
  const covered = named.flatMap((mention) => (mention.roleSpan ? [mention.roleSpan] : []));
  for (const person of people) {
    if (person.roleKeys.length < 3) continue;
    const holders = people.filter((other) => other.roleKeys.join(" ") === person.roleKeys.join(" "));
    if (holders.length > 1) continue;
    for (let index = 0; index + person.roleKeys.length <= tokens.length; index += 1) {
      if (!person.roleKeys.every((key, offset) => tokens[index + offset]!.key === key)) continue;
      const span = spanOf(text, tokens[index]!, tokens[index + person.roleKeys.length - 1]!);
      if (span.start < firstSeen.get(person.id)! || covered.some((role) => role.start <= span.start && span.end <= role.end)) continue;
      mentions.push({ ...span, id: person.id, name: person.name, role: span.text, roleSpan: span, country: person.country, coreference: { personId: person.id, inferred: false } });
    }
  }
  return mentions;
}

function roleKeys(role: string | null): string[] {
  return role ? nameKey(role).split(" ") : [];
}

function personId(name: string): string {
  return foldText(name).replace(/\s*-\s*/g, "-");
}

function spanOf(text: string, first: Token, last: Token): { start: number; end: number; text: string } {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}
