// One planted change per copy (npm run eval:marks): a fact of one type is found in an article's
// text by simple means — regular expressions over the text and, for places, the country names and
// capitals of world-countries (the package lib/nlp's gazetteer is built from) — and a copy is made
// with exactly that fact changed. Deliberately independent of lib/nlp: finding the fact with the
// extractor under test would only plant changes where it already looks. The first occurrence in
// the text is taken (news puts the event's own when, where and figures first); the seeded
// generator picks the new value. An article without a fact of a type is skipped for that type.

import countries from "world-countries";
import type { RowKind } from "../../lib/claims/align/types.ts";
import { date, month, weekday, year } from "./marks-perturb-dates.ts";
import { amount, count, countWithin, percentage } from "./marks-perturb-figures.ts";
import { CAPITALISED_RUN, earliest, firstMatch, groupSpan, L, MONTHS, NAME, pick, sameCase, UPPER, WEEKDAYS, type Edit, type Found, type Language, type Random } from "./marks-perturb-text.ts";

export type { Edit } from "./marks-perturb-text.ts";

export type PerturbationType =
  | "weekday"
  | "date"
  | "month"
  | "year"
  | "place"
  | "count"
  | "count-within"
  | "amount"
  | "percentage"
  | "chair-host"
  | "participant"
  | "rank"
  | "quote-wording"
  | "quote-speaker";

export const PERTURBATION_TYPES: PerturbationType[] = ["weekday", "date", "month", "year", "place", "count", "count-within", "amount", "percentage", "chair-host", "participant", "rank", "quote-wording", "quote-speaker"];

/** the row kinds that may hold a fact of each type (the scorer looks for the changed fact among them) */
export const FACT_ROW_KINDS: Record<PerturbationType, RowKind[]> = {
  weekday: ["date"],
  date: ["date"],
  month: ["date"],
  year: ["date"],
  place: ["place", "countries"],
  count: ["number"],
  "count-within": ["number"],
  amount: ["number"],
  percentage: ["number"],
  "chair-host": ["leadership", "host"],
  participant: ["person", "leadership", "countries"],
  rank: ["leadership", "person"],
  "quote-wording": ["quote"],
  "quote-speaker": ["quote"],
};


export interface Perturbation {
  type: PerturbationType;
  /** the fact's words as found, and what they became */
  original: string;
  replacement: string;
  /**
   * Every replacement made, in text order: one, except for a place or a person taking part, which
   * is renamed at every mention (a copy still naming the original elsewhere would say both, not
   * another place or person).
   */
  edits: Edit[];
  /** the mark the changed fact's row must carry: conflict, or partial for a within-tolerance figure */
  gold: "conflict" | "partial";
  /** a quote's speaker changed: where that quote ends (before the edit, so the same in the copy) */
  quoteEnd?: number;
  /** the copy's text */
  text: string;
}

/** the edited words' ranges in the source text */
export function originalRanges(perturbation: Perturbation): [number, number][] {
  return perturbation.edits.map((edit) => [edit.start, edit.end]);
}

/** the replacements' ranges in the copy */
export function copyRanges(perturbation: Perturbation): [number, number][] {
  let shift = 0;
  return perturbation.edits.map((edit) => {
    const range: [number, number] = [edit.start + shift, edit.start + shift + edit.replacement.length];
    shift += edit.replacement.length - (edit.end - edit.start);
    return range;
  });
}

/** mulberry32 (as lib/events' synthetic fixture uses): small, seedable, the same run every time */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}



// Places: the common names of countries (English, French) and their capitals, as written in the
// text with a capital letter; replaced by another of the same kind and language.
interface PlaceName {
  name: string;
  kind: "country" | "capital";
}
const PLACE_NAMES: Record<Language, PlaceName[]> = { en: [], fr: [] };
for (const country of countries) {
  if (country.independent === false) continue;
  PLACE_NAMES.en.push({ name: country.name.common, kind: "country" });
  const french = (country.translations as Record<string, { common: string } | undefined>).fra?.common;
  if (french) PLACE_NAMES.fr.push({ name: french, kind: "country" });
  for (const capital of country.capital ?? []) {
    if (capital.length < 4) continue;
    PLACE_NAMES.en.push({ name: capital, kind: "capital" });
    PLACE_NAMES.fr.push({ name: capital, kind: "capital" });
  }
}
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// a name followed by a capitalised word is part of a longer one: "France Dumont", "Georgia Tech"
const PLACE_PATTERN: Record<Language, RegExp> = {
  en: new RegExp(`(?<![${L}])(${[...PLACE_NAMES.en].sort((a, b) => b.name.length - a.name.length).map((place) => escape(place.name)).join("|")})(?![${L}'’-]|\\s[${UPPER}])`, "g"),
  fr: new RegExp(`(?<![${L}])(${[...PLACE_NAMES.fr].sort((a, b) => b.name.length - a.name.length).map((place) => escape(place.name)).join("|")})(?![${L}'’-]|\\s[${UPPER}])`, "g"),
};

function place(text: string, language: Language, random: Random): Found | null {
  return firstMatch(text, PLACE_PATTERN[language], (match) => {
    const kind = PLACE_NAMES[language].find((place) => place.name === match[1])!.kind;
    const others = PLACE_NAMES[language].filter((place) => place.kind === kind && place.name !== match[1] && !text.includes(place.name) && !/\s/.test(place.name) === !/\s/.test(match[1]!));
    if (others.length === 0) return null;
    const replacement = pick(others, random).name;
    return { ...groupSpan(match, 1), original: match[1]!, replacement, also: everyMention(text, match[1]!, replacement) };
  });
}

/** every whole-word mention of `words` in the text, each to become `replacement` (not inside a longer name) */
function everyMention(text: string, words: string, replacement: string): Edit[] {
  return [...text.matchAll(new RegExp(`(?<![${L}])${escape(words)}(?![${L}-]|\\s[${UPPER}])`, "g"))].map((match) => ({ start: match.index, end: match.index + words.length, original: words, replacement }));
}

/** capitalised words that title, qualify or place a person, never part of the name itself */
const NOT_NAME_WORDS = new Set(
  [
    ...WEEKDAYS.en, ...MONTHS.en,
    "The", "A", "An", "Le", "La", "Les", "Un", "Une", "This", "That", "He", "She", "They", "It", "We", "I", "Il", "Elle", "Ils", "Elles",
    "President", "Vice", "Prime", "Minister", "Secretary", "Senator", "Governor", "General", "Foreign", "Defense", "Defence", "State", "Council", "House", "Senate", "Congress",
    "Democrats", "Democrat", "Democratic", "Republicans", "Republican", "Party", "Committee", "Court", "Supreme", "Department", "Ministry", "Government", "Chancellor",
    "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Pope", "Chairman", "Chief", "Justice", "Mayor", "Ambassador", "Leader", "Speaker", "White", "Union", "United",
    "Nations", "National", "News", "Times", "Post", "European", "British", "American", "French", "German", "Russian", "Chinese", "Iranian", "Iraqi", "Syrian", "Israeli",
    "Palestinian", "Turkish", "Colombian", "Mexican", "Canadian", "Federal", "Republic", "Army", "Police", "Fox", "CNN", "Today", "Show", "Capt", "Lt", "Sgt", "Col", "Rev", "Monde",
    "Défense", "Fédération", "Affaires", "Étrangères", "Intérieur", "Premier", "Ministre", "Président", "Présidente", "Etat", "État", "Assemblée", "Gouvernement", "Conseil",
  ].map((word) => word.toLowerCase()),
);
const COURTESY_BEFORE = /(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|M|Mme|Mlle)\.?\s$/;

/**
 * The person's name inside a captured run of capitalised words: title and place words dropped at
 * the start, the run cut at the next one ("British Prime Minister Anna Keller" → "Anna Keller",
 * "Tomas Varga Wednesday" → "Tomas Varga"). One word alone is a name only after "Mr."/"M." or when the
 * text also writes it after a first name ("Varga" beside "Tomas Varga").
 */
function personName(text: string, match: RegExpExecArray, group: number): { start: number; end: number; name: string } | null {
  const { start } = groupSpan(match, group);
  const tokens = [...match[group]!.matchAll(/\S+/g)].map((token) => ({ word: token[0], start: start + token.index! }));
  let first = 0;
  while (first < tokens.length && NOT_NAME_WORDS.has(tokens[first]!.word.toLowerCase())) first++;
  let last = first;
  while (last < tokens.length && !NOT_NAME_WORDS.has(tokens[last]!.word.toLowerCase())) last++;
  const words = tokens.slice(first, last);
  if (words.length === 0) return null;
  const nameStart = words[0]!.start;
  const nameEnd = words.at(-1)!.start + words.at(-1)!.word.length;
  const name = text.slice(nameStart, nameEnd);
  if (words.length === 1 && !COURTESY_BEFORE.test(text.slice(Math.max(0, nameStart - 5), nameStart))) {
    const firstNames = [...text.matchAll(new RegExp(`(${NAME})\\s${escape(name)}(?![${L}])`, "g"))].map((each) => each[1]!.toLowerCase());
    if (!firstNames.some((word) => !NOT_NAME_WORDS.has(word))) return null;
  }
  return { start: nameStart, end: nameEnd, name };
}


// People: replacement names made up for this benchmark (none is a person of the sets).
const MADE_UP_NAMES = ["Karim Haddad", "Laura Bennett", "Omar Said Farouk", "Helen Marsh", "Yusuf Demir", "Claire Dubois", "Viktor Lanski", "Amina Toure", "Pedro Salgado", "Nadia Rahimi"];
const SURNAMES = MADE_UP_NAMES.map((name) => name.split(" ").at(-1)!);

function otherName(text: string, original: string, random: Random): string {
  const multi = /\s/.test(original);
  const pool = (multi ? MADE_UP_NAMES : SURNAMES).filter((name) => !text.includes(name.split(" ").at(-1)!));
  return pick(pool, random);
}

/**
 * A person renamed at every mention: the full name ("Roger Stone", or the first "<First> Stone" the
 * text writes when only the surname was found) becomes a made-up full name, the surname alone
 * ("Mr. Stone") its surname.
 */
function renamePerson(text: string, found: { start: number; end: number; name: string }, random: Random): Found | null {
  const surname = found.name.split(/\s+/).at(-1)!;
  const made = pick(MADE_UP_NAMES.filter((name) => !text.includes(name.split(" ").at(-1)!)), random);
  const madeSurname = made.split(" ").at(-1)!;
  const fullForms = [...text.matchAll(new RegExp(`(?<![${L}])((?:${NAME}\\s){1,2})${escape(surname)}(?![${L}-])`, "g"))]
    .map((match) => match[1]!.trim().split(/\s+/).filter((word) => !NOT_NAME_WORDS.has(word.toLowerCase())))
    .filter((first) => first.length > 0)
    .map((first) => `${first.join(" ")} ${surname}`);
  const full = /\s/.test(found.name) ? found.name : fullForms[0];
  const edits = full ? everyMention(text, full, made) : [];
  for (const mention of everyMention(text, surname, madeSurname)) if (!edits.some((edit) => edit.start < mention.end && mention.start < edit.end)) edits.push(mention);
  const own = edits.find((edit) => edit.start <= found.start && found.start < edit.end);
  // the found mention runs on into a longer name ("Tomas Varga Wednesday" was cut): not a clean rename
  if (!own) return null;
  return { start: own.start, end: own.end, original: own.original, replacement: own.replacement, also: edits };
}

const CHAIR_HOST = {
  en: String.raw`(?:chaired by|co-chaired by|hosted by|presided over by|hosting)\s(?:(?:President|Prime Minister|Secretary|Minister|Chairman|Mr\.|Ms\.|Mrs\.)\s)?`,
  fr: String.raw`(?:présidée?s? par|coprésidée?s? par|co-présidée?s? par|accueillie?s? par|sous la présidence d[eu']\s?|à l['’]invitation d[eu']\s?)(?:(?:le|la)\s(?:président|présidente|ministre|premier ministre|roi|chef)[^${UPPER}\n]{0,40}\s)?(?:M\.\s|Mme\s)?`,
};

function chairHost(text: string, language: Language, random: Random): Found | null {
  const placeNames = PLACE_NAMES[language];
  return firstMatch(text, new RegExp(`${CHAIR_HOST[language]}(${CAPITALISED_RUN})`, language === "fr" ? "i" : ""), (match) => {
    if (!new RegExp(`^[${UPPER}]`).test(match[1]!)) return null;
    const country = placeNames.find((place) => match[1] === place.name || match[1]!.startsWith(`${place.name} `));
    if (country) {
      const others = placeNames.filter((place) => place.kind === country.kind && place.name !== country.name && !text.includes(place.name));
      const { start } = groupSpan(match, 1);
      const replacement = pick(others, random).name;
      return { start, end: start + country.name.length, original: country.name, replacement, also: everyMention(text, country.name, replacement) };
    }
    const person = personName(text, match, 1);
    return person && renamePerson(text, person, random);
  });
}

const PARTICIPANT = {
  en: String.raw`(?:met with|met|meets with|meeting with|talks with|held talks with|spoke with|speaks with|phone call with|joined by|alongside)\s(?:(?:President|Prime Minister|Secretary of State|Secretary|Minister|Foreign Minister|Defense Secretary|Chancellor|King|Sen\.|Senator|Rep\.|Gov\.|Governor|Mr\.|Ms\.|Mrs\.)\s)?`,
  fr: String.raw`(?:a rencontré|rencontré|rencontrera|rencontre avec|s['’]est entretenu avec|s['’]entretiendra avec|entretien avec|entretiens avec|a reçu|reçu par|aux côtés d[eu']\s?|en compagnie d[eu']\s?)\s?(?:(?:le|la)\s(?:président|présidente|ministre|premier ministre|secrétaire d['’]État|chancelière|chancelier|roi)[^${UPPER}\n]{0,40}\s)?(?:M\.\s|Mme\s)?`,
};

function participant(text: string, language: Language, random: Random): Found | null {
  return firstMatch(text, new RegExp(`${PARTICIPANT[language]}(${CAPITALISED_RUN})`), (match) => {
    const person = personName(text, match, 1);
    if (!person || PLACE_NAMES[language].some((place) => person.name.startsWith(place.name))) return null;
    return renamePerson(text, person, random);
  });
}

// A rank before a named person, replaced by another rank of the same ladder.
const RANKS = {
  en: [
    ["General", "Colonel", "Major", "Lieutenant", "Admiral", "Brigadier General"],
    ["President", "Vice President", "Prime Minister", "Foreign Minister", "Defense Minister", "Deputy Minister"],
    ["Secretary", "Deputy Secretary", "Under Secretary", "Assistant Secretary"],
    ["Senator", "Representative", "Governor", "Mayor"],
    ["Ambassador", "Envoy", "Consul"],
  ],
  fr: [
    ["général", "colonel", "commandant", "lieutenant", "amiral", "général de brigade"],
    ["président", "vice-président", "Premier ministre", "ministre des Affaires étrangères", "ministre de la Défense", "vice-ministre"],
    ["secrétaire d'État", "secrétaire général", "secrétaire général adjoint"],
    ["sénateur", "député", "gouverneur", "maire"],
    ["ambassadeur", "envoyé spécial", "consul"],
  ],
};

function rank(text: string, language: Language, random: Random): Found | null {
  const ladders = RANKS[language];
  const all = ladders.flat().sort((a, b) => b.length - a.length);
  return firstMatch(text, new RegExp(`(?<![${L}-])(${all.map(escape).join("|")})\\s(?:(?:de|du|des|d['’]\\S+)\\s[^${UPPER}\\n]{0,30})?(${NAME})`, language === "fr" ? "i" : ""), (match) => {
    const written = match[1]!;
    const ladder = ladders.find((each) => each.some((name) => name.toLowerCase() === written.toLowerCase()))!;
    const others = ladder.filter((name) => name.toLowerCase() !== written.toLowerCase());
    return { ...groupSpan(match, 1), original: written, replacement: sameCase(written, pick(others, random)) };
  });
}

const QUOTED = /(?:“([^”\n]{30,600})”|«\s?([^»\n]{30,600}?)\s?»|"([^"\n]{30,600})")/;

function quoteWording(text: string, _language: Language, random: Random): Found | null {
  return firstMatch(text, QUOTED, (match) => {
    const group = match[1] !== undefined ? 1 : match[2] !== undefined ? 2 : 3;
    const quote = match[group]!;
    const quoteStart = groupSpan(match, group).start;
    const quoteWords = [...quote.matchAll(new RegExp(`(?<![${L}'’-])[a-zà-öø-ÿ]{5,}(?![${L}'’-])`, "g"))];
    if (quote.split(/\s+/).length < 6 || quoteWords.length === 0) return null;
    const inQuote = new Set(quoteWords.map((word) => word[0].toLowerCase()));
    const elsewhere = [...new Set([...(text.slice(0, quoteStart) + " " + text.slice(quoteStart + quote.length)).matchAll(new RegExp(`(?<![${L}'’-])[a-zà-öø-ÿ]{5,}(?![${L}'’-])`, "g"))].map((word) => word[0]))].filter((word) => !inQuote.has(word));
    if (elsewhere.length === 0) return null;
    const word = pick(quoteWords, random);
    const start = quoteStart + word.index!;
    return { start, end: start + word[0].length, original: word[0], replacement: pick(elsewhere, random) };
  });
}

const SPEAKER_AFTER = {
  en: String.raw`[”"]\s?,?\s(?:said|says|added|told reporters|wrote)\s(?:(?:Mr\.|Ms\.|Mrs\.|Dr\.|Sen\.|Rep\.|Gov\.|President|Secretary|General|Gen\.)\s)?(${CAPITALISED_RUN})`,
  fr: String.raw`[»"]\s?,?\s(?:a|avait|aurait)\s(?:déclaré|dit|affirmé|indiqué|expliqué|ajouté|souligné|estimé|assuré|précisé|martelé|lancé)\s(?:(?:le|la)\s[^${UPPER}\n]{0,40}\s)?(?:M\.\s|Mme\s)?(${CAPITALISED_RUN})`,
};
const SPEAKER_BEFORE = {
  en: String.raw`[”"]\s?,?\s(?:(?:Mr\.|Ms\.|Mrs\.|Dr\.|Sen\.|Rep\.|Gov\.|President|Secretary|General|Gen\.)\s)?(${CAPITALISED_RUN})\s(?:said|says|added|told)(?![${L}])`,
  fr: String.raw`[»"]\s?,?\s(?:selon|d['’]après)\s(?:(?:le|la)\s[^${UPPER}\n]{0,40}\s)?(?:M\.\s|Mme\s)?(${CAPITALISED_RUN})`,
};

function quoteSpeaker(text: string, language: Language, random: Random): Found | null {
  return earliest(
    [SPEAKER_AFTER[language], SPEAKER_BEFORE[language]].map((source) =>
      firstMatch(text, new RegExp(source), (match) => {
        const person = personName(text, match, 1);
        if (!person || PLACE_NAMES[language].some((place) => place.name === person.name)) return null;
        // every pattern starts at the quote's closing mark: the quote ends just before it
        return { start: person.start, end: person.end, original: person.name, replacement: otherName(text, person.name, random), quoteEnd: match.index };
      }),
    ),
  );
}

const FINDERS: Record<PerturbationType, (text: string, language: Language, random: Random) => Found | null> = {
  weekday,
  date,
  month,
  year,
  place,
  count,
  "count-within": countWithin,
  amount,
  percentage,
  "chair-host": chairHost,
  participant,
  rank,
  "quote-wording": quoteWording,
  "quote-speaker": quoteSpeaker,
};

/** the copy of `text` with one fact of `type` changed, or null when the text has none */
export function perturb(text: string, language: string, type: PerturbationType, random: Random): Perturbation | null {
  const found = FINDERS[type](text, language === "fr" ? "fr" : "en", random);
  if (!found || found.original === found.replacement) return null;
  const edits = [{ start: found.start, end: found.end, original: found.original, replacement: found.replacement }];
  for (const edit of found.also ?? []) if (!edits.some((each) => each.start < edit.end && edit.start < each.end)) edits.push(edit);
  edits.sort((a, b) => a.start - b.start);
  let copy = "";
  let at = 0;
  for (const edit of edits) {
    if (text.slice(edit.start, edit.end) !== edit.original) throw new Error(`${type}: span ${edit.start}–${edit.end} does not hold "${edit.original}"`);
    copy += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return {
    type,
    original: found.original,
    replacement: found.replacement,
    edits,
    gold: found.gold ?? "conflict",
    ...(found.quoteEnd !== undefined ? { quoteEnd: found.quoteEnd } : {}),
    text: copy + text.slice(at),
  };
}
