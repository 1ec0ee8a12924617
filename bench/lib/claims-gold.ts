// Gold for claim slots, in the shape of ../shared/eval/seeds-gold.json (and of our English
// fixtures' data/eval/en-fixtures-gold.json), read into typed expectations. The gold writes
// English descriptions ("Thursday (jeudi)", "about 2,000 (2.000) jihadists", "Maj. Gen. Saad
// Mozher al-Allaq (head of …)"); the readers below turn each into the value it states. A field
// that is absent from a gold event was not annotated and is not scored; a field that is null
// says "the text does not settle it": a value there is a false positive unless flagged inferred.

import { existsSync, readFileSync } from "node:fs";
import countries from "world-countries";
import { z } from "zod";
import { fold } from "./seeds-gold.ts";

const ZGoldEvent = z.object({
  what: z.string(),
  place: z.string().nullable().optional(),
  day: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  chair: z.string().nullable().optional(),
  host: z.string().nullable().optional(),
  participants_countries: z.array(z.string()).nullable().optional(),
  delegation_level: z.string().nullable().optional(),
  people: z.array(z.string()).nullable().optional(),
});
const ZGoldArticle = z.object({
  file: z.string(),
  language: z.string().nullable(),
  cited_sources: z.array(z.string()).default([]),
  events: z.array(ZGoldEvent).default([]),
  quotes: z.array(z.object({ starts: z.string(), speaker: z.string() })).default([]),
  numbers: z.array(z.string()).default([]),
});
const ZGoldFile = z.object({ about: z.string(), articles: z.array(ZGoldArticle) });

export type GoldEvent = z.infer<typeof ZGoldEvent>;
export type GoldArticle = z.infer<typeof ZGoldArticle>;

export function readClaimsGold(file: string): GoldArticle[] {
  if (!existsSync(file)) throw new Error(`Gold file not found: ${file}`);
  return ZGoldFile.parse(JSON.parse(readFileSync(file, "utf8"))).articles;
}

/** "Beijing (Pékin)" → ["beijing", "pekin"]: the name and the article's own spelling */
export function nameVariants(gold: string): string[] {
  const inside = [...gold.matchAll(/\(([^)]*)\)/g)].map((match) => match[1]!);
  return [gold.replace(/\s*\([^)]*\)/g, ""), ...inside].map(fold).filter(Boolean);
}

const TITLES = /^(?:(?:maj|brig|lt|gen|col|adm|dr|mr|mrs|ms|sen|rep|president|prime minister|minister|general|colonel|major general|brigadier general)\.?\s+)+/i;

/** "Maj. Gen. Saad Mozher al-Allaq (head of …)" → "saad mozher al-allaq" */
export function personCore(gold: string): string {
  return fold(gold.replace(/\s*\([^)]*\)/g, "").replace(TITLES, ""));
}

/** equal after folding, or one name's words all inside the other's (two words at least) */
export function sameName(gold: string, extracted: string): boolean {
  const [a, b] = [personCore(gold), fold(extracted)];
  if (a === b) return true;
  const [wordsA, wordsB] = [a.split(/[\s-]+/), b.split(/[\s-]+/)];
  const contains = (outer: string[], inner: string[]) => inner.length >= 2 && inner.every((word) => outer.includes(word));
  return contains(wordsA, wordsB) || contains(wordsB, wordsA);
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

export function goldWeekday(gold: string): number | null {
  const index = WEEKDAYS.findIndex((day) => new RegExp(`\\b${day}\\b`, "i").test(gold));
  return index < 0 ? null : index;
}

/** "2017-10-18" | "11 December, year not stated" → month 12 day 11 | "July (juillet)" → month 7 */
export function goldDate(gold: string): { iso: string | null; month: number | null; day: number | null } {
  const iso = /\b\d{4}-\d{2}(?:-\d{2})?\b/.exec(gold)?.[0] ?? null;
  if (iso) {
    const [, month, day] = iso.split("-").map(Number);
    return { iso, month: month ?? null, day: day ?? null };
  }
  const head = gold.replace(/\s*\(.*$/, "");
  const monthIndex = MONTHS.findIndex((month) => new RegExp(`\\b${month}\\b`, "i").test(head));
  const day = /\b(\d{1,2})\s+[A-Z]/i.exec(head)?.[1];
  return { iso: null, month: monthIndex < 0 ? null : monthIndex + 1, day: day ? Number(day) : null };
}

const COUNTRY_CODES = new Map<string, string>();
for (const country of countries) for (const name of [country.name.common, country.name.official, ...country.altSpellings]) COUNTRY_CODES.set(fold(name), country.cca2);

export function countryCode(name: string): string | null {
  return COUNTRY_CODES.get(fold(name.replace(/\s*\(.*\)$/, ""))) ?? null;
}

/** countries named in an English description: "deputy chiefs of staff of Iran, Russia and Syria" */
export function countriesNamed(description: string): string[] {
  const head = description.replace(/\s*\(.*\)$/, "");
  const codes = head.split(/,\s*|\s+and\s+|\s+of\s+/).map((part) => countryCode(part.trim())).filter((code): code is string => code !== null);
  return [...new Set(codes)];
}

// The gold's English rank words, read here independently of lib/claims/delegation-ranks.ts so
// that a vocabulary mistake there cannot agree with itself.
const GOLD_RANKS: Array<[RegExp, string]> = [
  [/\b(?:deputy|vice) chiefs? of (?:the )?(?:general )?staff\b/i, "deputy-chief-of-staff"],
  [/\bchiefs? of (?:the )?(?:general )?staff\b/i, "chief-of-staff"],
  [/\b(?:deputy|vice) (?:defen[cs]e|foreign) ministers?\b/i, "deputy-minister"],
  [/\bdefen[cs]e ministers?\b/i, "defence-minister"],
  [/\bforeign ministers?\b/i, "foreign-minister"],
  [/\bmilitary attach[ée]s?\b/i, "military-attache"],
  [/\bintelligence (?:chief|head)s?\b|\bheads? of (?:\w+ )?intelligence\b/i, "intelligence-chief"],
];

export function goldRank(description: string): string | null {
  return GOLD_RANKS.find(([pattern]) => pattern.test(description))?.[1] ?? null;
}

export interface GoldNumber {
  /** null for "not a quantity" entries, which are negatives */
  value: number | null;
  hedge: string;
  noun: string | null;
  year: boolean;
  text: string;
}

const HEDGES: Array<[RegExp, string]> = [
  [/^(?:about|around|some|nearly|almost|approximately|roughly)\s+/i, "about"],
  [/^(?:more than|over)\s+/i, "more-than"],
  [/^(?:less than|fewer than|under)\s+/i, "less-than"],
  [/^at least\s+/i, "at-least"],
  [/^(?:up to|as many as)\s+/i, "up-to"],
  [/^at most\s+/i, "at-most"],
];
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, "a hundred": 100, thousand: 1000, "a thousand": 1000, "a dozen": 12,
};
// English nouns the gold uses, to one lemma; the same lemmas lib/claims gives French nouns.
const NOUN_SYNONYMS: Record<string, string> = { killed: "dead", deaths: "dead", death: "dead", fatalities: "dead", injured: "wounded", people: "person", persons: "person" };

/** "about 2,000 (2.000) jihadists" → 2000 about "jihadist"; "Su-35 (… not a quantity)" → a negative */
export function readGoldNumber(gold: string): GoldNumber {
  const note = /\(([^)]*)\)/.exec(gold)?.[1] ?? "";
  if (/not a quantity/i.test(note)) return { value: null, hedge: "exact", noun: null, year: false, text: gold };
  let rest = gold.replace(/\s*\([^)]*\)/g, "").trim();
  let hedge = "exact";
  for (const [pattern, name] of HEDGES) {
    if (!pattern.test(rest)) continue;
    hedge = name;
    rest = rest.replace(pattern, "");
    break;
  }
  const word = Object.keys(WORDS).sort((a, b) => b.length - a.length).find((key) => new RegExp(`^${key}\\b`, "i").test(rest));
  const digits = /^\d[\d,]*(?:\.\d+)?/.exec(rest)?.[0];
  let value = digits ? Number(digits.replace(/,/g, "")) : word ? WORDS[word]! : null;
  let after = rest.slice(digits ? digits.length : word ? word.length : 0).trim();
  const scale = /^(million|billion)\b\s*/i.exec(after);
  if (scale && value !== null) {
    value *= scale[1]!.toLowerCase() === "million" ? 1e6 : 1e9;
    after = after.slice(scale[0].length);
  }
  const noun = after.split(/\s+/)[0] ?? "";
  const year = /^year\b/i.test(note);
  return { value, hedge, noun: noun && !year ? englishLemma(noun) : null, year, text: gold };
}

function englishLemma(word: string): string {
  const folded = fold(word);
  if (NOUN_SYNONYMS[folded]) return NOUN_SYNONYMS[folded]!;
  if (/ies$/.test(folded)) return `${folded.slice(0, -3)}y`;
  if (/(?:ss|us)$/.test(folded)) return folded;
  return folded.replace(/s$/, "");
}
