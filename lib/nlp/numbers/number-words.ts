// Numbers written in words, French and English: "quatre", "vingt-cinq", "four", "twenty-five",
// and the collective nouns news uses for rough counts ("une centaine", "des dizaines", "dozens").
// Written by hand: the few number-to-word libraries go the other way (value → words), and a
// dispatch only needs small numbers plus the scale words.

import type { NumberHedge } from "../types.ts";

const FRENCH: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, "quatre-vingt": 80, "quatre-vingts": 80, cent: 100, cents: 100, mille: 1000,
};
const ENGLISH: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000,
};
/** multiply what comes before ("2,5 millions", "trois milliards", "1.2 billion") */
export const SCALES: Record<string, number> = {
  million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9,
  mille: 1e3, thousand: 1e3, hundred: 100, cent: 100, cents: 100,
};

export interface CollectiveCount {
  value: number;
  hedge: NumberHedge;
}

/**
 * "une centaine" is about a hundred; "des centaines", "hundreds" mean at least two hundred.
 * Keys are the noun; the article before it ("une"/"des", "a"/none) is matched by the caller.
 */
const ROUGH_FRENCH: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000,
};
const ROUGH_ENGLISH: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000 };

export function wordNumbers(language: string | null): Record<string, number> {
  const code = language?.slice(0, 2).toLowerCase();
  if (code === "fr") return FRENCH;
  if (code === "en") return ENGLISH;
  return { ...ENGLISH, ...FRENCH };
}

/** "vingt-cinq" → 25, "deux cents" → 200, "four thousand" → 4000; null when not a number */
export function valueOfWords(words: string[], table: Record<string, number>): number | null {
  let total = 0;
  let current = 0;
  for (const word of words) {
    const value = table[word.toLowerCase()];
    if (value === undefined) {
      if (/^(?:et|and)$/i.test(word)) continue;
      return null;
    }
    if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += value;
  }
  return total + current;
}

/** "une centaine" → about 100; "des dizaines" → at least 20; "dozens" → at least 24 */
export function collectiveCount(article: string, noun: string): CollectiveCount | null {
  const lower = noun.toLowerCase();
  const plural = /s$/.test(lower);
  const singular = plural ? lower.slice(0, -1) : lower;
  const base = ROUGH_FRENCH[singular] ?? ROUGH_ENGLISH[singular];
  if (base === undefined) return null;
  const articleLower = article.toLowerCase();
  if (plural) return { value: base * 2, hedge: "at-least" };
  if (ROUGH_FRENCH[singular] !== undefined) return /^(?:une|un)$/.test(articleLower) ? { value: base, hedge: "about" } : null;
  // "a hundred" is a plain number in English; "a dozen" is rough
  if (articleLower !== "a") return null;
  return { value: base, hedge: singular === "dozen" ? "about" : "exact" };
}

/** the article and noun forms collectiveCount reads, for the scanning pattern */
export const COLLECTIVE_PATTERN = String.raw`(?:(une?|des|a)\s+)?((?:${Object.keys(ROUGH_FRENCH).join("|")})s?|(?:dozen|hundred|thousand)s?)`;
