// What the words around a number say about it: its hedge ("environ", "more than"), what it counts
// ("2.000 jihadistes", "une centaine d'étrangers"), and whether it is no quantity at all: part of a
// name or designator ("Su-35", "Bavar 373", "Resolution 2254"), of a date ("18 octobre") or a time.

import type { NumberHedge, Span } from "../types.ts";

/** a hedge ends in a space or in the elided "d'" of "plus d'une centaine" */
const hedge = (words: string) => new RegExp(String.raw`(?:${words})(?:\s+|(?<=['’]))$`, "i");
const HEDGES: Array<[RegExp, NumberHedge]> = [
  [hedge("au moins|at least|pas moins d['’]|pas moins de|no fewer than|no less than"), "at-least"],
  [hedge("au plus|at most|au maximum|no more than"), "at-most"],
  [hedge("jusqu['’]à|up to|as many as"), "up-to"],
  [hedge("plus de|plus d['’]|more than|over|upwards of|au-delà de"), "more-than"],
  [hedge("moins de|moins d['’]|less than|fewer than|under|below"), "less-than"],
  // "près de", "nearly": just under, but the contract has no such hedge; "about" says "not exact"
  [
    hedge("environ|quelque|près de|près d['’]|presque|quasiment|autour de|approximativement|about|around|approximately|roughly|nearly|almost|some|an estimated|circa"),
    "about",
  ],
];

const MONTHS = String.raw`janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec`;
const WEEKDAYS = String.raw`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday`;
/** "18 octobre", "1er janvier", "9 au 15 octobre", "18 October" */
const MONTH_AFTER = new RegExp(String.raw`^(?:er|st|nd|rd|th)?(?:\s*(?:au|et|-|–|to|and)\s*\d{1,2}(?:er)?)?\s+(?:${MONTHS})\b`, "iu");
/** "Oct. 18", "March 08, 2019", "mercredi 11", "Oct. 18, 2017" */
const MONTH_BEFORE = new RegExp(String.raw`(?:(?:${MONTHS})\.?|${WEEKDAYS})\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$`, "iu");
/** "22:55", "22h55", "10 h", "4 p.m.", "à 10 heures" */
const TIME_AFTER = /^(?:\s?h\s?\d{0,2}\b|[:h]\d{2}|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC))/i;
const TIME_BEFORE = /(?:^|\s)(?:à|at|vers)\s+$/i;
/** a capitalised word right before a number names a thing ("Bavar 373", "H.R. 1", "Resolution 2254") */
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.]*)\s+$/u;
/** "N°3", "No. 5", "#2", "n. 4" */
const SERIAL_BEFORE = /(?:n[°º]|no\.|#)\s*$/i;
/** capitalised words that do not name a thing: sentence starts and hedges ("Les 250", "About 2,000") */
const NOT_NAMES = new Set(
  (
    "les des ces ses leurs nos vos the these those some about around nearly almost more over plus moins environ quelque " +
    "près selon according with avec in en on dans of de du et and but mais only seulement just au at least up to all tous toutes " +
    "some une un a an after après before avant since depuis until jusqu by par for pour from entre between among parmi"
  ).split(" "),
);

const SKIP_BEFORE_NOUN = /^(?:\s+(?:(?:de|des|of|the)(?=\s)|d['’]))?\s*/iu;
/**
 * "3,100 fighters, 800 of them foreigners", "800 d'entre eux étrangers": the part of a group named
 * before; the noun after the pronoun says what the part counts (French mostly writes "dont 800
 * étrangers", where the noun follows the number anyway)
 */
const PART_OF_GROUP = /^\s+(?:of\s+(?:them|those|these|whom)|d['’]entre\s+(?:eux|elles))\s+/iu;
/** adjectives French and English put before the noun ("quatre dernières années", "four other countries") */
const LEADING_ADJECTIVES = new Set(
  (
    "derniers dernières dernier premiers premières autres nouveaux nouvelles grands grandes petits petites hauts hautes " +
    "last first other more new additional further major large small"
  ).split(" "),
);
const FUNCTION_WORDS = new Set(
  (
    "et ou à a au aux en de du des le la les un une par pour sur dans avec qui que ont sont est était ans " +
    "and or to in on at by for with from the a an who that which were was are is has have had per cent pour-cent percent " +
    // "800 of them": a pronoun counts nothing the comparison could line up
    "them eux elles those these"
  ).split(" "),
);
const WORD = /^[\p{L}][\p{L}’'-]*/u;

export function hedgeBefore(text: string, start: number): { hedge: NumberHedge; start: number } | null {
  const window = text.slice(Math.max(0, start - 30), start);
  for (const [pattern, hedge] of HEDGES) {
    const match = pattern.exec(window);
    if (match && isWordStart(window, match.index)) return { hedge, start: start - match[0].length };
  }
  return null;
}

/** the noun after a number, through "de"/"d'"/"of" and leading adjectives: "d'étrangers" → "étrangers" */
export function countedNoun(text: string, end: number): Span | null {
  const part = PART_OF_GROUP.exec(text.slice(end, end + 24))?.[0].length;
  let position = end + (part ?? SKIP_BEFORE_NOUN.exec(text.slice(end, end + 12))?.[0].length ?? 0);
  for (let steps = 0; steps < 3; steps += 1) {
    const word = WORD.exec(text.slice(position, position + 40))?.[0];
    if (!word) return null;
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) return null;
    if (LEADING_ADJECTIVES.has(lower) || /^\p{Lu}/u.test(word)) {
      // "2,000 Islamic State fighters": names and adjectives before the counted noun are passed over
      position += word.length + (/^\s+/.exec(text.slice(position + word.length))?.[0].length ?? 0);
      continue;
    }
    // "three cooperation agreements", "30 army officers": an English singular noun before a plural
    // one is its modifier, and the plural is what is counted
    const rest = text.slice(position + word.length, position + word.length + 40);
    const next = /^\s+([\p{Ll}][\p{L}’'-]*s)\b/u.exec(rest);
    if (next && !/s$/i.test(word) && !FUNCTION_WORDS.has(next[1]!.toLowerCase()) && /^[a-z]+$/i.test(word)) {
      const nextStart = position + word.length + next[0].length - next[1]!.length;
      return { start: nextStart, end: nextStart + next[1]!.length, text: next[1]! };
    }
    return { start: position, end: position + word.length, text: word };
  }
  return null;
}

/** true when the digits are a designator, part of a date or a time, not a count */
export function isNotQuantity(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 24);
  if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) return true;
  if (TIME_AFTER.test(after)) return true;
  if (TIME_BEFORE.test(before) && /^\s*(?:heures?|hours?|o['’]clock)\b/i.test(after)) return true;
  if (SERIAL_BEFORE.test(before)) return true;
  const name = NAME_BEFORE.exec(before)?.[1];
  return name !== undefined && !NOT_NAMES.has(name.toLowerCase().replace(/\.$/, ""));
}

function isWordStart(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\d]/u.test(text[index - 1]!);
}
