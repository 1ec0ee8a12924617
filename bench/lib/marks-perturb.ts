// One planted change per copy (npm run eval:marks): a fact of one type is found in an article's
// text by simple means — regular expressions over the text and, for places, the country names and
// capitals of world-countries (the package lib/nlp's gazetteer is built from) — and a copy is made
// with exactly that fact changed. Deliberately independent of lib/nlp: finding the fact with the
// extractor under test would only plant changes where it already looks. The first occurrence in
// the text is taken (news puts the event's own when, where and figures first); the seeded
// generator picks the new value. An article without a fact of a type is skipped for that type.

import countries from "world-countries";
import type { RowKind } from "../../lib/claims/align/types.ts";

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

/** one replacement: `original` at [start, end) of the source text becomes `replacement` */
export interface Edit {
  start: number;
  end: number;
  original: string;
  replacement: string;
}

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

type Random = () => number;
const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

interface Found {
  start: number;
  end: number;
  original: string;
  replacement: string;
  gold?: "conflict" | "partial";
  /** the fact's other mentions, renamed alike */
  also?: Edit[];
  quoteEnd?: number;
}

const WEEKDAYS = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
};
const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};
type Language = "en" | "fr";

const L = "A-Za-zÀ-ÖØ-öø-ÿ";
const UPPER = "A-ZÀ-ÖØ-Þ";
const NAME = `[${UPPER}][${L}'’-]+`;
/** up to five capitalised words, trimmed to a person's name by personName() */
const CAPITALISED_RUN = `${NAME}(?:\\s${NAME}){0,4}`;

/** keeps the first letter's case: "Monday" → "Tuesday", "jeudi" → "mardi" */
function sameCase(model: string, word: string): string {
  return model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word[0]!.toLowerCase() + word.slice(1);
}

function firstMatch(text: string, pattern: RegExp, accept: (match: RegExpExecArray) => Found | null): Found | null {
  // "d": the offsets of every group, for spans that start inside the match
  const flags = [...new Set([...pattern.flags, "g", "d"])].join("");
  for (const match of text.matchAll(new RegExp(pattern.source, flags))) {
    const found = accept(match as RegExpExecArray);
    if (found) return found;
  }
  return null;
}

/** the span of capture group `group` in the text */
function groupSpan(match: RegExpExecArray, group: number): { start: number; end: number } {
  const [start, end] = match.indices![group]!;
  return { start, end };
}

function weekday(text: string, language: Language, random: Random): Found | null {
  const names = WEEKDAYS[language];
  return firstMatch(text, new RegExp(`(?<![${L}])(${names.join("|")})(?![${L}])`, language === "en" ? "" : "i"), (match) => {
    const index = names.findIndex((name) => name.toLowerCase() === match[1]!.toLowerCase());
    const replacement = sameCase(match[1]!, names[(index + 1 + Math.floor(random() * 6)) % 7]!);
    return { ...groupSpan(match, 1), original: match[1]!, replacement };
  });
}

/** "18 octobre", "1er mars", "October 18", "18 October" with the day and the month's group numbers */
function dayMonthPattern(language: Language): { pattern: RegExp; day: number; month: number }[] {
  const months = MONTHS[language].join("|");
  if (language === "fr") return [{ pattern: new RegExp(`(?<![\\d${L}])(\\d{1,2}|1er)\\s(${months})(?![${L}])`, "i"), day: 1, month: 2 }];
  return [
    { pattern: new RegExp(`(?<![${L}])(${months})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?![\\d${L}])`), day: 2, month: 1 },
    { pattern: new RegExp(`(?<![\\d${L}])(\\d{1,2})(?:st|nd|rd|th)?\\s(${months})(?![${L}])`), day: 1, month: 2 },
  ];
}

function earliest(candidates: (Found | null)[]): Found | null {
  return candidates.filter((found): found is Found => found !== null).sort((a, b) => a.start - b.start)[0] ?? null;
}

function date(text: string, language: Language, random: Random): Found | null {
  return earliest(
    dayMonthPattern(language).map(({ pattern, day }) =>
      firstMatch(text, pattern, (match) => {
        const value = match[day] === "1er" ? 1 : Number(match[day]);
        if (value < 1 || value > 31) return null;
        // another day of the same month, 1–28 so every month has it
        let replacement = 1 + Math.floor(random() * 28);
        if (replacement === value) replacement = (replacement % 28) + 1;
        const span = groupSpan(match, day);
        return { ...span, original: match[day]!, replacement: String(replacement) };
      }),
    ),
  );
}

function month(text: string, language: Language, random: Random): Found | null {
  const names = MONTHS[language];
  const months = names.join("|");
  // a month name beside a day or a year only: "May" alone is as often a verb
  const withYear = { pattern: new RegExp(`(?<![${L}])(${months})\\s((?:19|20)\\d\\d)(?!\\d)`, language === "fr" ? "i" : ""), day: 2, month: 1 };
  return earliest(
    [...dayMonthPattern(language), withYear].map(({ pattern, month: group }) =>
      firstMatch(text, pattern, (match) => {
        const index = names.findIndex((name) => name.toLowerCase() === match[group]!.toLowerCase());
        const shifted = names[(index + 1 + Math.floor(random() * 3) + 12) % 12]!;
        return { ...groupSpan(match, group), original: match[group]!, replacement: sameCase(match[group]!, shifted) };
      }),
    ),
  );
}

function year(text: string, _language: Language, random: Random): Found | null {
  return firstMatch(text, /(?<![\d.,$€£])((?:19[5-9]|20[0-2])\d)(?![\d%]|[.,]\d)/, (match) => {
    const value = Number(match[1]);
    const replacement = value + (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 3));
    return { ...groupSpan(match, 1), original: match[1]!, replacement: String(replacement) };
  });
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

// Figures. A number written in digits ("2,000", "15", "2 000") and the word after it.
const DIGITS = String.raw`(?<![\d.,$€£%/:-])(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(?![\d]|[.,]\d|\s?%)`;
const NOT_COUNTED = new RegExp(
  `^(?:${[...MONTHS.en, ...MONTHS.fr].join("|")}|percent|per|pour|million|millions|milliard|milliards|billion|billions|trillion|h|heures?|hours?|a\\.m|p\\.m|am|pm|dollars?|euros?|dinars?|livres?|pounds?|francs?|yuans?|roubles?|rubles?|rials?|yens?|st|nd|rd|th|er|e|ème|et|and|to|à|or|ou|of|de|du|des|in|en|on|au|aux|the|le|la|les|a|an|un|une)$`,
  "i",
);
const ABOUT = String.raw`(?:about|around|some|roughly|approximately|an estimated|environ|quelque|quelques|près de|approximativement|autour de)`;

function parseDigits(written: string): number {
  return Number(written.replace(/[, \u00a0\u202f]/g, ""));
}

/** keeps the thousands separator the text uses: 2,000 → 3,500; 2 000 → 3 500 */
function formatLike(model: string, value: number): string {
  const separator = model.match(/\d([, \u00a0\u202f])\d{3}/)?.[1];
  const plain = String(Math.round(value));
  return separator ? plain.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : plain;
}

/** well outside the ±10% a hedge allows: half, one and a half, twice or three times */
function farFrom(value: number, random: Random): number {
  const factor = pick([0.5, 1.5, 2, 3], random);
  const changed = Math.round(value * factor);
  return changed === value ? value + 2 : changed;
}

function count(text: string, _language: Language, random: Random): Found | null {
  return firstMatch(text, new RegExp(`${DIGITS}\\s([${L}]{2,})`), (match) => {
    const value = parseDigits(match[1]!);
    if (value < 2 || NOT_COUNTED.test(match[2]!) || /^(?:19|20)\d\d$/.test(match[1]!)) return null;
    return { ...groupSpan(match, 1), original: match[1]!, replacement: formatLike(match[1]!, farFrom(value, random)) };
  });
}

/** a hedged count ("about 2,000 fighters") changed by 2–8%: within the hedge, so partial */
function countWithin(text: string, _language: Language, random: Random): Found | null {
  return firstMatch(text, new RegExp(`(?<![${L}])${ABOUT}\\s${DIGITS}\\s([${L}]{2,})`, "i"), (match) => {
    const value = parseDigits(match[1]!);
    if (value < 25 || NOT_COUNTED.test(match[2]!) || /^(?:19|20)\d\d$/.test(match[1]!)) return null;
    const changed = Math.round(value * (1 + (random() < 0.5 ? -1 : 1) * (0.02 + random() * 0.06)));
    const span = groupSpan(match, 1);
    return { ...span, original: match[1]!, replacement: formatLike(match[1]!, changed === value ? value + 1 : changed), gold: "partial" };
  });
}

const CURRENCY_WORDS = "dollars?|euros?|dinars?|livres?|pounds?|francs?|yuans?|roubles?|rubles?|rials?|riyals?|yens?|shekels?|dirhams?";
const SCALE = "(?:million|millions|milliard|milliards|billion|billions|trillion)";

function amount(text: string, _language: Language, random: Random): Found | null {
  const number = String.raw`(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)`;
  const patterns = [
    new RegExp(String.raw`[$€£]\s?${number}(?![\d])`),
    new RegExp(String.raw`(?<![\d.,$€£])${number}(?:\s${SCALE})?\s(?:de\s|d['’])?(?:${CURRENCY_WORDS}|€|\$)(?![${L}])`, "i"),
  ];
  return earliest(
    patterns.map((pattern) =>
      firstMatch(text, pattern, (match) => {
        const written = match[1]!;
        const decimal = /^\d+[.,]\d+$/.test(written) && !/^\d{1,3}[,]\d{3}$/.test(written);
        const value = decimal ? Number(written.replace(",", ".")) : parseDigits(written);
        if (!(value > 0)) return null;
        const changed = decimal ? (value * pick([0.5, 2, 3], random)).toFixed(1).replace(".", written.includes(",") ? "," : ".") : formatLike(written, farFrom(value, random));
        return { ...groupSpan(match, 1), original: written, replacement: changed };
      }),
    ),
  );
}

function percentage(text: string, _language: Language, random: Random): Found | null {
  return firstMatch(text, /(?<![\d.,])(\d{1,2}(?:[.,]\d)?)(?=\s?(?:%|percent\b|per cent\b|pour cent\b|pour-cent\b))/, (match) => {
    const value = Number(match[1]!.replace(",", "."));
    // 5 to 20 points away: far outside any hedge on a percentage
    const step = 5 + Math.floor(random() * 16);
    const changed = value + step <= 99 ? value + step : Math.max(0, value - step);
    return { ...groupSpan(match, 1), original: match[1]!, replacement: String(changed) };
  });
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
